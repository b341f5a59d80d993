package render

import (
	"github.com/yuin/goldmark/ast"
)

// quoteBar is the grey bar beside a block quote, drawn once its height on
// the page is known.
type quoteBar struct {
	x, top float64
}

func (q *quoteBar) draw(d *doc, bottom float64) {
	if bottom <= q.top {
		return
	}
	d.pdf.SetDrawColor(170, 170, 170)
	d.pdf.SetLineWidth(1.2)
	d.pdf.Line(q.x, q.top, q.x, bottom)
}

// quote draws a block quote indented, with a bar down its left side.
func (d *doc) quote(n *ast.Blockquote) {
	d.need(d.th.lineHeight(d.th.body))
	q := &quoteBar{x: d.left + 1.5, top: d.y}
	d.quotes = append(d.quotes, q)
	in := d.indent(6)
	d.blocks(n)
	d.left -= in
	q.draw(d, d.y)
	d.quotes = d.quotes[:len(d.quotes)-1]
	d.space(d.th.paraGap)
}
