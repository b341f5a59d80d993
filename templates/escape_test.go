package templates

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"coregroup/casefile"
	"coregroup/render"
	"coregroup/samples"
)

// hostile is a value that would break a document if it were not escaped.
const hostile = "Smith | *Jones* <script>alert(1)</script> [link](http://example.org) `code` ~~gone~~ &amp; \\ _x_ ![i](j)\n" +
	"# Heading\n- item\n1. one\n> quote\n```\n| a | b |\n---\n<!-- c -->\r# Heading\r- item\r\n> quote"

// setStrings sets every free-text value of a case that has one to s: plain
// strings that are not ids, enums or language tags, and localised texts.
func setStrings(v reflect.Value, s string) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			setStrings(v.Elem(), s)
		}
	case reflect.Slice:
		for i := range v.Len() {
			setStrings(v.Index(i), s)
		}
	case reflect.Struct:
		switch t := v.Addr().Interface().(type) {
		case *casefile.Text:
			if t.Plain != "" {
				t.Plain = s
			}
			for k, old := range t.ByLang {
				if old != "" {
					t.ByLang[k] = s
				}
			}
			return
		case *casefile.Date, *casefile.Clock, *casefile.Ref:
			return
		}
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if f.Type.Kind() == reflect.String {
				if v.Field(i).String() != "" && f.Tag.Get("id") == "" && f.Tag.Get("enum") == "" && f.Tag.Get("lang") == "" && f.Tag.Get("yaml") != "policy" {
					v.Field(i).SetString(s)
				}
				continue
			}
			setStrings(v.Field(i), s)
		}
	}
}

// shape describes a Markdown document's structure: every node but text,
// with the info and line count of fenced and named blocks, and a run of
// paragraphs as one.
func shape(src []byte) (string, bool) {
	doc := render.Markdown().Parser().Parse(text.NewReader(src))
	var b strings.Builder
	html := false
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text, *ast.String:
		case *ast.RawHTML, *ast.HTMLBlock:
			html = true
		case *ast.FencedCodeBlock:
			fmt.Fprintf(&b, "fence(%s,%d) ", n.Info.Segment.Value(src), n.Lines().Len())
		case render.NamedBlock:
			fmt.Fprintf(&b, "%s(%d) ", n.BlockName(), n.Lines().Len())
		case *extast.Table:
			fmt.Fprintf(&b, "table(%d) ", len(n.Alignments))
		case *ast.Paragraph:
			// A text of several lines is as many paragraphs (Value.Block):
			// paragraphs one after another count as one.
			if !strings.HasSuffix(b.String(), "Paragraph ") {
				b.WriteString("Paragraph ")
			}
		default:
			b.WriteString(n.Kind().String() + " ")
		}
		return ast.WalkContinue, nil
	})
	return b.String(), html
}

// TestNoCaseValueChangesADocumentsStructure writes every document twice,
// once with every free text of a sample case set to a plain word and once
// to a hostile value full of Markdown, and requires the same structure.
func TestNoCaseValueChangesADocumentsStructure(t *testing.T) {
	set, _ := Load("")
	paths, _ := filepath.Glob("../samples/*.yaml")
	for _, path := range paths {
		plain, evil := loadSample(t, path), loadSample(t, path)
		setStrings(reflect.ValueOf(plain).Elem(), "Plain")
		setStrings(reflect.ValueOf(evil).Elem(), hostile)
		for _, kind := range Kinds.Names() {
			want, err1 := set.Write(plain, kind, Options{Lang: "en", AsOf: samples.Day})
			got, err2 := set.Write(evil, kind, Options{Lang: "en", AsOf: samples.Day})
			if err1 != nil || err2 != nil {
				t.Fatalf("%s %s: %v %v", path, kind, err1, err2)
			}
			for i := range want {
				ws, _ := shape(want[i].Markdown)
				gs, html := shape(got[i].Markdown)
				if ws != gs {
					t.Errorf("%s %s: a hostile value changed the structure\nplain:   %s\nhostile: %s", filepath.Base(path), kind, ws, gs)
				}
				if html {
					t.Errorf("%s %s: raw HTML got through", filepath.Base(path), kind)
				}
			}
		}
	}
}

// TestTemplatesNeverPrintRawValues: Raw is for PDF metadata only.
func TestTemplatesNeverPrintRawValues(t *testing.T) {
	files, _ := filepath.Glob("*.md.tmpl")
	for _, f := range files {
		src, _ := os.ReadFile(f)
		if strings.Contains(string(src), ".Raw") {
			t.Errorf("%s uses .Raw, which is not escaped", f)
		}
	}
}

func TestEscapeInline(t *testing.T) {
	tests := map[string]string{
		"Smith | *Jones*": `Smith \| \*Jones\*`,
		"- item":          `\- item`,
		"1. one":          `1\. one`,
		"10) ten":         `10\) ten`,
		"a - b":           `a - b`,
		"Ella's plan":     `Ella's plan`,
		"<b>":             `\<b\>`,
		"# h":             `\# h`,
		"Dŵr":             `Dŵr`,
	}
	for in, want := range tests {
		if got := escapeInline(in); got != want {
			t.Errorf("escapeInline(%q) = %q, want %q", in, got, want)
		}
	}
	if got := V("a\n\nb  c").String(); got != "a b c" {
		t.Errorf("String() = %q", got)
	}
	if got := V("a\n\n- b").Block(); got != "a\n\n\\- b" {
		t.Errorf("Block() = %q", got)
	}
	// A carriage return ends a line for CommonMark readers, so it is one.
	for _, in := range []string{"a\r- b", "a\r\n- b", "a\u2028- b"} {
		if got := V(in).Block(); got != "a\n\n\\- b" {
			t.Errorf("Block(%q) = %q", in, got)
		}
	}
	if got := V("x\n```\ny").Fence(); got != "x ''' y" {
		t.Errorf("Fence() = %q", got)
	}
}
