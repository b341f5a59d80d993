package render

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// run is a piece of inline content in one look: text in a style and
// size, a task list check box, or a hard line break.
type run struct {
	text   string
	st     style
	size   float64 // points
	under  bool    // links
	strike bool
	box    int // 1 an empty check box, 2 a ticked one
	brk    bool
}

// same reports whether two runs look the same, so that their text can be
// drawn as one string.
func (r run) same(o run) bool {
	return r.st == o.st && r.size == o.size && r.under == o.under && r.strike == o.strike && r.box == 0 && o.box == 0
}

// inliner collects the runs of a block's inline content.
type inliner struct {
	d    *doc
	runs []run
}

// inlines returns the runs of the inline children of n, set in style st at
// size points (headings pass bold, table headers bold, and so on).
func (d *doc) inlines(n ast.Node, st style, size float64) []run {
	in := inliner{d: d}
	in.children(n, run{st: st, size: size})
	return in.runs
}

func (in *inliner) children(n ast.Node, look run) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		in.node(c, look)
	}
}

// node adds the runs of one inline node. Text is unescaped; code spans and
// raw HTML are printed as written, never interpreted.
func (in *inliner) node(n ast.Node, look run) {
	src := in.d.src
	switch n := n.(type) {
	case *ast.Text:
		s := string(n.Segment.Value(src))
		if !n.IsRaw() {
			s = unescape(s)
		}
		in.text(s, n.Segment.Start, look)
		switch {
		case n.HardLineBreak():
			in.runs = append(in.runs, run{brk: true})
		case n.SoftLineBreak():
			in.text(" ", n.Segment.Start, look)
		}
	case *ast.String:
		s := string(n.Value)
		if !n.IsCode() && !n.IsRaw() {
			s = unescape(s)
		}
		in.text(s, n.Pos(), look)
	case *ast.CodeSpan:
		var b bytes.Buffer
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				b.Write(c.Segment.Value(src))
			case *ast.String:
				b.Write(c.Value)
			}
		}
		code := look
		code.st = regular
		code.size = look.size * 0.92
		in.text(strings.ReplaceAll(b.String(), "\n", " "), n.Pos(), code)
	case *ast.Emphasis:
		em := look
		em.st = look.st.with(n.Level >= 2, n.Level == 1 || n.Level >= 3)
		in.children(n, em)
	case *east.Strikethrough:
		s := look
		s.strike = true
		in.children(n, s)
	case *ast.Link:
		in.link(n, look, string(n.Destination))
	case *ast.AutoLink:
		l := look
		l.under = true
		in.text(string(n.Label(src)), n.Pos(), l)
	case *ast.Image:
		in.children(n, look) // the alt text: a PDF of a case shows no pictures
	case *ast.RawHTML:
		for i := 0; i < n.Segments.Len(); i++ {
			seg := n.Segments.At(i)
			in.text(string(seg.Value(src)), seg.Start, look)
		}
	case *east.TaskCheckBox:
		box := look
		box.box = 1
		if n.IsChecked {
			box.box = 2
		}
		in.runs = append(in.runs, box)
		in.text(" ", n.Pos(), look)
	default:
		in.children(n, look)
	}
}

// link adds a link's text, underlined, followed by its address in
// brackets when the text does not already say it: on paper nobody can
// click.
func (in *inliner) link(n ast.Node, look run, dest string) {
	l := look
	l.under = true
	start := len(in.runs)
	in.children(n, l)
	var label strings.Builder
	for _, r := range in.runs[start:] {
		label.WriteString(r.text)
	}
	shown := strings.TrimPrefix(strings.TrimPrefix(dest, "mailto:"), "tel:")
	if dest != "" && !strings.Contains(label.String(), shown) {
		in.text(" ("+unescape(dest)+")", n.Pos(), look)
	}
}

// text adds cleaned text in a look, merging it into the previous run
// when that looks the same.
func (in *inliner) text(s string, off int, look run) {
	s = clean(s)
	if s == "" {
		return
	}
	if k := len(in.runs) - 1; k >= 0 && !in.runs[k].brk && in.runs[k].same(look) {
		in.runs[k].text += s
		return
	}
	look.text = s
	in.runs = append(in.runs, look)
}

// plain returns the text of runs without their looks, for bookmarks.
func plain(runs []run) string {
	var b strings.Builder
	for _, r := range runs {
		if r.brk {
			b.WriteByte(' ')
		}
		b.WriteString(r.text)
	}
	return strings.TrimSpace(b.String())
}
