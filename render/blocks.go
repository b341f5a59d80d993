package render

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// blocks draws the block children of n in order.
func (d *doc) blocks(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		d.block(c)
	}
}

// block draws one block node: one case per kind of node, the way
// goldmark's renderers register one function per kind.
func (d *doc) block(n ast.Node) {
	switch n := n.(type) {
	case *ast.Heading:
		d.heading(n)
	case *ast.Paragraph:
		d.paragraph(n, d.th.paraGap)
	case *ast.TextBlock: // an item of a tight list
		d.paragraph(n, d.th.itemGap)
	case *ast.List:
		d.list(n)
	case *ast.Blockquote:
		d.quote(n)
	case *ast.ThematicBreak:
		d.rule()
	case picture:
		if sig := d.signatureAfter(n); sig > 0 {
			d.space(d.th.paraGap)
			d.need(min(d.pictureHeight(n)+sig, bodyHeight))
		}
		n.draw(d)
	case *ast.FencedCodeBlock:
		d.code(blockLines(n, d.src))
	case *ast.CodeBlock:
		d.code(blockLines(n, d.src))
	case *ast.HTMLBlock:
		d.html(n)
	case *east.Table:
		d.table(n)
	default:
		d.blocks(n)
	}
}

// headingLevel returns 1, 2 or 3: levels 4 to 6 look like level 3.
func headingLevel(n *ast.Heading) int { return min(max(n.Level, 1), 3) }

// heading draws a heading in bold, with the start of what follows it on
// the same page: a heading is never left alone at the foot of a page.
func (d *doc) heading(n *ast.Heading) {
	lvl := headingLevel(n)
	size := d.th.heading[lvl-1]
	runs := d.inlines(n, bold, size)
	lines := wrap(runs, d.right-d.left)
	lh := d.headingLineHeight(size)
	d.space(d.th.headSpace[lvl-1])
	after := d.th.paraGap * 0.7
	d.need(min(float64(len(lines))*lh+after+d.lead(n.NextSibling()), bodyHeight))
	d.bookmark(plain(runs), n.Level)
	for _, l := range lines {
		d.need(lh)
		d.drawMarker(lh, size) // a heading can start a list item
		d.drawLine(l, d.left, d.y, lh, size)
		d.y += lh
	}
	if lvl == 1 {
		d.pdf.SetDrawColor(0, 0, 0)
		d.pdf.SetLineWidth(0.5)
		d.pdf.Line(d.left, d.y+0.6, d.right, d.y+0.6)
		d.y += 1.2
	}
	d.space(after)
}

func (d *doc) headingLineHeight(size float64) float64 { return size * 1.22 * ptToMM }

// bookmark adds an outline entry for a heading of level (1-6). An entry
// is never more than one level below the one before it, as PDF outlines
// need.
func (d *doc) bookmark(s string, level int) {
	if s == "" {
		return
	}
	lvl := min(level-1, d.outline+1)
	d.outline = lvl
	if lvl == 0 {
		d.topBookmarks++
	}
	d.setFont(regular, d.th.body) // fpdf encodes bookmarks by the font set
	d.pdf.Bookmark(s, lvl, d.y)
}

// lead returns the height of the start of block n that must stay with a
// heading before it: about three lines of text, a table's header and
// first row, or the whole of a picture.
func (d *doc) lead(n ast.Node) float64 {
	lh := d.th.lineHeight(d.th.body)
	switch n := n.(type) {
	case nil:
		return 0
	case *ast.Paragraph:
		return float64(paragraphLead(len(wrap(d.inlines(n, regular, d.th.body), d.right-d.left)))) * lh
	case *ast.Heading:
		lvl := headingLevel(n)
		return d.th.headSpace[lvl-1] + d.headingLineHeight(d.th.heading[lvl-1]) + 3*lh
	case *east.Table:
		return d.tableLead(n)
	case *ast.List:
		if h := d.keptList(n); h > 0 {
			return h
		}
	case picture:
		return d.pictureHeight(n)
	}
	return 3 * lh
}

// paragraphLead returns how many of a paragraph's n lines must stay with
// a heading before it: three, or all n when three would leave the last
// line alone, which flow never does.
func paragraphLead(n int) int {
	if n == 4 {
		return n
	}
	return min(n, 3)
}

// pictureHeight returns the height a named block needs on the page it
// starts on.
func (d *doc) pictureHeight(p picture) float64 {
	return min(p.height(d), bodyHeight)
}

// paragraph draws a paragraph, then asks for gap before what follows. A
// short paragraph that introduces what follows (it ends in a colon, or is
// all bold, like a form's field label) stays on the same page as it.
func (d *doc) paragraph(n ast.Node, gap float64) {
	size := d.th.body
	runs := d.inlines(n, regular, size)
	lines := wrap(runs, d.right-d.left)
	if len(lines) <= 3 && n.NextSibling() != nil && introduces(runs) {
		lh := d.th.lineHeight(size)
		d.need(min(float64(len(lines))*lh+gap+d.lead(n.NextSibling()), bodyHeight))
	}
	d.keepAfter = d.signatureAfter(n)
	d.flow(lines, size, alignLeft)
	d.keepAfter = 0
	d.space(gap)
}

// signatureAfter returns, when a signature block follows block n, the
// height it needs after n's end: what is signed for is never on one page
// and its signature alone on the next. It is 0 for a block followed by
// anything else.
func (d *doc) signatureAfter(n ast.Node) float64 {
	sig, ok := n.NextSibling().(*signature)
	if !ok {
		return 0
	}
	return d.th.paraGap + d.pictureHeight(sig)
}

// introduces reports whether a paragraph reads as the lead-in to what
// follows it: it ends in a colon, or all its text is bold.
func introduces(runs []run) bool {
	if strings.HasSuffix(plain(runs), ":") {
		return true
	}
	for _, r := range runs {
		if strings.TrimSpace(r.text) != "" && r.st != bold && r.st != boldItalic {
			return false
		}
	}
	return plain(runs) != ""
}

// rule draws a thematic break: a thin line across the column.
func (d *doc) rule() {
	d.space(d.th.paraGap)
	d.need(2)
	d.pdf.SetDrawColor(140, 140, 140)
	d.pdf.SetLineWidth(0.35)
	d.pdf.Line(d.left, d.y+1, d.right, d.y+1)
	d.y += 2
	d.space(d.th.paraGap * 1.5)
}
