package render

import (
	"strconv"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// list draws a bullet or numbered list. Items are indented one step per
// level of nesting; the marker sits in the indent, beside the item's
// first line.
func (d *doc) list(n *ast.List) {
	depth := 0
	for p := n.Parent(); p != nil; p = p.Parent() {
		if _, ok := p.(*ast.List); ok {
			depth++
		}
	}
	num := n.Start
	gap := d.th.itemGap
	if !n.IsTight {
		gap = d.th.paraGap
	}
	if h := d.keptList(n); h > 0 {
		d.need(h)
	}
	for item := n.FirstChild(); item != nil; item = item.NextSibling() {
		text := "•"
		switch {
		case n.IsOrdered():
			text = strconv.Itoa(num) + string(n.Marker)
			num++
		case isTask(item):
			text = "" // the check box is the marker
		case depth > 0:
			text = "–"
		}
		in := d.indent(d.th.indent)
		d.marker = &marker{text: text, right: d.left - 2}
		if !startsWithText(item) {
			d.need(d.th.lineHeight(d.th.body))
			d.drawMarker(d.th.lineHeight(d.th.body), d.th.body)
		}
		d.blocks(item)
		d.marker = nil
		d.left -= in
		d.space(gap)
	}
	d.space(d.th.paraGap)
}

// keptList returns the height of a list that is kept on one page: a
// short list of plain items (an agenda, a list of invitees) that fits in
// half a page; 0 for any other, which may break between items.
func (d *doc) keptList(n *ast.List) float64 {
	if _, nested := n.Parent().(*ast.ListItem); nested {
		return 0
	}
	gap := d.th.itemGap
	if !n.IsTight {
		gap = d.th.paraGap
	}
	lh := d.th.lineHeight(d.th.body)
	w := d.right - d.left - min(d.th.indent, d.right-d.left-minColumnWidth)
	h := 0.0
	for item := n.FirstChild(); item != nil; item = item.NextSibling() {
		c := item.FirstChild()
		if c == nil || c.NextSibling() != nil || isTask(item) {
			return 0
		}
		switch c.(type) {
		case *ast.Paragraph, *ast.TextBlock:
		default:
			return 0
		}
		if h > 0 {
			h += gap
		}
		h += float64(len(wrap(d.inlines(c, regular, d.th.body), w))) * lh
	}
	if h > bodyHeight/2 {
		return 0
	}
	return h
}

// minColumnWidth is the narrowest the text column gets by indenting.
const minColumnWidth = 60.0

// indent moves the left edge of the column right by up to by mm, keeping
// the column at least minColumnWidth wide however deep lists and quotes
// nest, and returns how far it moved.
func (d *doc) indent(by float64) float64 {
	by = max(min(by, d.right-d.left-minColumnWidth), 0)
	d.left += by
	return by
}

// isTask reports whether a list item starts with a task list check box.
func isTask(item ast.Node) bool {
	if c := item.FirstChild(); c != nil {
		_, ok := c.FirstChild().(*east.TaskCheckBox)
		return ok
	}
	return false
}

// startsWithText reports whether a list item's first block is text, which
// draws the item's marker beside its first line.
func startsWithText(item ast.Node) bool {
	switch item.FirstChild().(type) {
	case *ast.Paragraph, *ast.TextBlock, *ast.Heading:
		return true
	}
	return false
}
