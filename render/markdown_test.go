package render

import (
	"errors"
	"reflect"
	"testing"

	"github.com/yuin/goldmark/ast"
)

func TestParseMakesANodeOfEachNamedBlock(t *testing.T) {
	md := "```scale\nscore: 3\n```\n\n```chart\n| m | Mum |\n| 1 | 2 |\n```\n\n```boxes\nlabel: A\nlines: 2\n```\n\n" +
		"- item\n\n  ```signature\n  Signed\n  ```\n\n```pagebreak\n```\n\n```go\ncode\n```\n"
	root, err := Parse([]byte(md))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	code := 0
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n := n.(type) {
		case NamedBlock:
			if entering {
				names = append(names, n.BlockName())
			}
		case *ast.FencedCodeBlock:
			if entering {
				code++
			}
		}
		return ast.WalkContinue, nil
	})
	if want := []string{"scale", "chart", "boxes", "signature", "pagebreak"}; !reflect.DeepEqual(names, want) || code != 1 {
		t.Errorf("named blocks %v and %d code blocks, want %v and 1", names, code, want)
	}
}

func TestParseReportsEveryMalformedBlock(t *testing.T) {
	md := "# Title\n\n```scale\nscore: 11\n```\n\n```boxes\nlabel: A\nlines: many\n```\n"
	root, err := Parse([]byte(md))
	var got []BlockError
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var be *BlockError
		if !errors.As(e, &be) {
			t.Fatalf("%v is not a *BlockError", e)
		}
		got = append(got, *be)
	}
	want := []BlockError{
		{Line: 4, Block: "scale", Text: "11", Msg: `score "11" is not a whole number from 0 to 10`},
		{Line: 9, Block: "boxes", Text: "many", Msg: `lines "many" is not a whole number from 1 to 100`},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if _, ok := root.FirstChild().NextSibling().(*ast.FencedCodeBlock); !ok {
		t.Error("a malformed block is not left as the fenced block it was")
	}
}
