package render

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// blockLines returns the lines of a code or HTML block as written, each
// with its offset in the Markdown.
func blockLines(n ast.Node, src []byte) []fenceLine {
	l := n.Lines()
	out := make([]fenceLine, 0, l.Len())
	for i := 0; i < l.Len(); i++ {
		s := l.At(i)
		out = append(out, fenceLine{text: strings.TrimRight(string(s.Value(src)), "\r\n"), off: s.Start})
	}
	return out
}

// code draws preformatted lines on a light grey ground,
// keeping their spaces and wrapping only lines too long for the column.
func (d *doc) code(lines []fenceLine) {
	size := d.th.code
	lh := d.th.lineHeight(size) * 0.92
	pad := 1.6
	var rows []string
	for _, l := range lines {
		t := clean(expandTabs(l.text))
		rows = append(rows, wrapChars(t, regular, size, d.right-d.left-2*pad)...)
	}
	pdf := d.pdf
	pdf.SetFillColor(242, 242, 242)
	for i, r := range rows {
		h := lh
		if i == 0 {
			h += pad
		}
		if i == len(rows)-1 {
			h += pad
		}
		page := pdf.PageNo()
		d.need(h)
		if i == 0 || pdf.PageNo() != page {
			pdf.Rect(d.left, d.y, d.right-d.left, pad, "F")
			d.y += pad
		}
		pdf.Rect(d.left, d.y, d.right-d.left, lh, "F")
		d.setFont(regular, size)
		pdf.SetTextColor(0, 0, 0)
		if r != "" {
			pdf.Text(d.left+pad, baseline(d.y, lh, size), r)
		}
		d.y += lh
		if i == len(rows)-1 {
			pdf.Rect(d.left, d.y, d.right-d.left, pad, "F")
			d.y += pad
		}
	}
	d.space(d.th.paraGap)
}

// expandTabs replaces tabs by spaces up to the next multiple of four.
func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		if r == '\t' {
			n := 4 - col%4
			b.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		b.WriteRune(r)
		col++
	}
	return b.String()
}

// html draws a block of raw HTML as the literal text it is: the
// Markdown coregroup writes escapes every value, so HTML here is a
// mistake to show, never markup to obey.
func (d *doc) html(n *ast.HTMLBlock) {
	var runs []run
	l := n.Lines()
	for i := 0; i < l.Len(); i++ {
		s := l.At(i)
		if i > 0 {
			runs = append(runs, run{brk: true})
		}
		t := clean(strings.TrimRight(string(s.Value(d.src)), "\r\n"))
		runs = append(runs, run{text: t, st: regular, size: d.th.body})
	}
	if n.HasClosure() {
		s := n.ClosureLine
		t := clean(strings.TrimRight(string(s.Value(d.src)), "\r\n"))
		runs = append(runs, run{brk: true}, run{text: t, st: regular, size: d.th.body})
	}
	d.flow(wrap(runs, d.right-d.left), d.th.body, alignLeft)
	d.space(d.th.paraGap)
}
