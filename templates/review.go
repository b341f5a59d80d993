package templates

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"

	"coregroup/render"
)

// piece is one string a document prints, with the heading it is under.
type piece struct{ where, text string }

// pieces returns, in order, every heading, paragraph, list item, table cell
// and line of a named block of a document.
func pieces(md []byte) []piece {
	// A malformed named block stays a fenced block, whose lines are
	// listed all the same.
	doc, _ := render.Parse(md)
	var out []piece
	where := ""
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			where = plain(n, md)
			out = append(out, piece{where, where})
			return ast.WalkSkipChildren, nil
		case *ast.Paragraph, *ast.TextBlock, *extast.TableCell:
			if s := plain(n, md); s != "" {
				out = append(out, piece{where, s})
			}
			return ast.WalkSkipChildren, nil
		case *ast.FencedCodeBlock, render.NamedBlock:
			for i := range n.Lines().Len() {
				seg := n.Lines().At(i)
				if s := strings.TrimSpace(string(seg.Value(md))); s != "" {
					out = append(out, piece{where, s})
				}
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}

var (
	escaped  = regexp.MustCompile(`\\([!-/:-@\[-` + "`" + `{-~])`)
	emphasis = regexp.MustCompile(`\*\*|__`)
)

// plain is a block's text as a reader sees it: escapes and emphasis marks
// removed, lines joined. A block with source lines (a heading, a paragraph)
// is read from them; a table cell from its inline text.
func plain(n ast.Node, md []byte) string {
	var b strings.Builder
	if lines := n.Lines(); lines.Len() > 0 {
		for i := range lines.Len() {
			seg := lines.At(i)
			b.WriteString(strings.TrimSuffix(strings.TrimSpace(string(seg.Value(md))), "\\") + " ")
		}
	} else {
		_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
			if t, ok := c.(*ast.Text); ok && entering {
				b.Write(t.Segment.Value(md))
				b.WriteByte(' ')
			}
			return ast.WalkContinue, nil
		})
	}
	s := emphasis.ReplaceAllString(b.String(), "")
	s = escaped.ReplaceAllString(s, "$1")
	return strings.Join(strings.Fields(s), " ")
}

// Review returns a side-by-side review sheet for a translator: every string
// each document prints, in order, in the first language and the second,
// with the document and the heading it appears under (the column headed
// where). The documents must
// be the same kinds, written in the two languages from the same case.
func Review(title, where, firstLang, secondLang string, first, second []Document) ([]byte, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", V(title))
	for i := range first {
		if i >= len(second) {
			break
		}
		a, z := pieces(first[i].Markdown), pieces(second[i].Markdown)
		if len(a) != len(z) {
			return nil, fmt.Errorf("%s: the %s and %s versions differ in structure (%d and %d pieces)", first[i].Kind, firstLang, secondLang, len(a), len(z))
		}
		fmt.Fprintf(&b, "## %s\n\n| # | %s | %s | %s |\n|---|---|---|---|\n", V(first[i].Title), V(where), V(firstLang), V(secondLang))
		for j := range a {
			fmt.Fprintf(&b, "| %d | %s | %s | %s |\n", j+1, V(a[j].where), V(a[j].text), V(z[j].text))
		}
		b.WriteString("\n")
	}
	return []byte(b.String()), nil
}
