package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coregroup/render"
	"coregroup/samples"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// TestMarkdownFilesStandAlone writes every sample's documents and the
// blank forms as Markdown and parses each file back as CommonMark with
// GFM tables: nothing in it is code (no named block is left as a fenced
// block), no line ends in a backslash break, no table cell runs past 300
// characters, and what the forms ask for is there as a table or as lines
// to write on.
func TestMarkdownFilesStandAlone(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	cases, _ := filepath.Glob("../../samples/*.yaml")
	runs := [][]string{
		append([]string{"render", "--as-of", samples.Date, "--format", "md", "-o", dir}, cases...),
		{"render", "--blank", "--format", "md", "-o", dir},
		{"render", "--blank", "--lang", "cy+en", "--format", "md", "-o", dir},
	}
	for _, args := range runs {
		if code, _, stderr := run(t, args...); code != ExitOK {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	if len(files) < 20 {
		t.Fatalf("%d Markdown files", len(files))
	}
	for _, f := range files {
		src, _ := os.ReadFile(f)
		name := filepath.Base(f)
		for i, l := range strings.Split(string(src), "\n") {
			if strings.HasSuffix(l, `\`) {
				t.Errorf("%s:%d: a backslash line break", name, i+1)
			}
		}
		doc := render.Markdown().Parser().Parse(text.NewReader(src))
		_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
				return ast.WalkContinue, nil
			}
			switch n := n.(type) {
			case *ast.FencedCodeBlock, *ast.CodeBlock, render.NamedBlock:
				t.Errorf("%s: a block of code: %.80q", name, n.Lines().Value(src))
			case *extast.TableCell:
				if c := len(textOf(n, src)); c > 300 {
					t.Errorf("%s: a table cell of %d characters", name, c)
				}
			}
			return ast.WalkContinue, nil
		})
	}
	blank, _ := os.ReadFile(filepath.Join(dir, "blank-resolution-record-en.md"))
	for _, want := range []string{"| Name | Agency or involvement |\n|---|---|\n|  |  |", `\_\_\_\_\_\_`, "| Tier | Date | Time | Venue | Chair |"} {
		if !strings.Contains(string(blank), want) {
			t.Errorf("the blank record's Markdown lacks %q:\n%s", want, blank)
		}
	}
}

// textOf is the text of a node's inline children.
func textOf(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			b.Write(t.Segment.Value(src))
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}
