package render

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// A boxes block is a blank form's places to write: for each pair of
// lines, a label and a box with that many ruled lines to write on.
//
//	```boxes
//	label: What is working well?
//	lines: 5
//	label: What are we worried about?
//	lines: 6
//	```
//
// lines is a whole number from 1 to 100. An empty label (label: with
// nothing after it) gives a box with no label, for a box under a heading
// that already says what goes in it. A box is never split across
// pages; a box taller than a page goes on over several, each part a whole
// box under the label.
type boxes struct {
	ast.BaseBlock
	items []boxItem
}

type boxItem struct {
	label string
	lines int
}

var kindBoxes = ast.NewNodeKind("Boxes")

func (b *boxes) Kind() ast.NodeKind         { return kindBoxes }
func (b *boxes) Dump(src []byte, level int) { ast.DumpHelper(b, src, level, nil, nil) }
func (b *boxes) BlockName() string          { return "boxes" }

// maxBoxLines bounds a box: a form with more lines than this is a mistake.
const maxBoxLines = 100

// parseBoxes makes the node of a boxes block from its lines.
func parseBoxes(b fence) (picture, error) {
	bx := &boxes{}
	var last int // offset of the last label, for errors
	for _, l := range b.lines {
		k, v, ok := keyValue(l.text)
		switch {
		case !ok && l.text == "":
			continue
		case !ok:
			return nil, b.errorf(l.off, l.text, "want \"label: text\" or \"lines: N\", got %q", l.text)
		}
		switch k {
		case "label":
			if n := len(bx.items); n > 0 && bx.items[n-1].lines == 0 {
				return nil, b.errorf(last, bx.items[n-1].label, "label %q has no \"lines: N\" after it", bx.items[n-1].label)
			}
			bx.items = append(bx.items, boxItem{label: v})
			last = l.off
		case "lines":
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 || n > maxBoxLines {
				return nil, b.errorf(l.off, v, "lines %q is not a whole number from 1 to %d", v, maxBoxLines)
			}
			if len(bx.items) == 0 || bx.items[len(bx.items)-1].lines != 0 {
				return nil, b.errorf(l.off, v, "\"lines: %s\" has no \"label: text\" before it", v)
			}
			bx.items[len(bx.items)-1].lines = n
		default:
			return nil, b.errorf(l.off, k, "unknown key %q (want label or lines)", k)
		}
	}
	if n := len(bx.items); n > 0 && bx.items[n-1].lines == 0 {
		return nil, b.errorf(last, bx.items[n-1].label, "label %q has no \"lines: N\" after it", bx.items[n-1].label)
	}
	return bx, nil
}

// ruleGap is the height of a line to write on, in mm.
const ruleGap = 8.0

func (b *boxes) labelLines(d *doc, it boxItem) []line {
	if strings.TrimSpace(it.label) == "" {
		return nil
	}
	return wrap([]run{{text: clean(it.label), st: bold, size: d.th.body}}, d.right-d.left)
}

// boxHeight returns the height of a label and a box of n lines.
func (b *boxes) boxHeight(d *doc, label []line, n int) float64 {
	return float64(len(label))*d.th.lineHeight(d.th.body) + 1.5 + float64(n)*ruleGap + 2
}

func (b *boxes) height(d *doc) float64 {
	if len(b.items) == 0 {
		return 0
	}
	it := b.items[0]
	return b.boxHeight(d, b.labelLines(d, it), min(it.lines, b.fit(d, b.labelLines(d, it))))
}

// fit returns how many lines a box under label can have on one page.
func (b *boxes) fit(d *doc, label []line) int {
	return max(int((bodyHeight-b.boxHeight(d, label, 0))/ruleGap), 1)
}

// draw draws each label and its box.
func (b *boxes) draw(d *doc) {
	pdf := d.pdf
	lh := d.th.lineHeight(d.th.body)
	for _, it := range b.items {
		label := b.labelLines(d, it)
		for left := it.lines; left > 0; {
			n := min(left, b.fit(d, label))
			left -= n
			d.space(d.th.paraGap)
			d.need(b.boxHeight(d, label, n))
			pdf.SetTextColor(0, 0, 0)
			for _, l := range label {
				d.drawLine(l, d.left, d.y, lh, d.th.body)
				d.y += lh
			}
			d.y += 1.5
			h := float64(n)*ruleGap + 2
			pdf.SetDrawColor(0, 0, 0)
			pdf.SetLineWidth(0.4)
			pdf.RoundedRect(d.left, d.y, d.right-d.left, h, 1.5, "1234", "D")
			pdf.SetDrawColor(175, 175, 175)
			pdf.SetLineWidth(0.25)
			// n lines to write on: n-1 rules, and the box's own edge.
			for i := 1; i < n; i++ {
				y := d.y + 2 + float64(i)*ruleGap - 1.5
				pdf.Line(d.left+3, y, d.right-3, y)
			}
			d.y += h
		}
	}
	d.space(d.th.paraGap * 1.5)
}

// markdown is each box as its label in bold and its lines to write on.
func (b *boxes) markdown() string {
	var parts []string
	for _, it := range b.items {
		if l := strings.TrimSpace(it.label); l != "" {
			parts = append(parts, "**"+mdEscape(l)+"**")
		}
		for range it.lines {
			parts = append(parts, writeLine)
		}
	}
	return strings.Join(parts, "\n\n")
}

// html is each box as its label in bold above a ruled box of its lines.
func (b *boxes) html(*Meta) string {
	var s strings.Builder
	for _, it := range b.items {
		s.WriteString("<div class=\"box\">")
		if l := strings.TrimSpace(it.label); l != "" {
			s.WriteString("<p><strong>" + attr(l) + "</strong></p>")
		}
		fmt.Fprintf(&s, "<div class=\"lines\" style=\"height: %dem\"></div></div>\n", 2*it.lines)
	}
	return s.String()
}
