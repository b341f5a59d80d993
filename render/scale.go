package render

import (
	"strconv"
	"strings"

	"codeberg.org/go-pdf/fpdf"
	"github.com/yuin/goldmark/ast"
)

// A scale block is a 0-10 safety scale, the picture a child or parent
// marks to say how safe things feel:
//
//	```scale
//	label: How safe do you feel at home?
//	score: 6
//	low: Not safe at all
//	high: Really safe
//	```
//
// score is a whole number from 0 to 10, or empty for a blank scale to mark
// by hand. low is printed under 0 and high under 10. label, a line above
// the scale, is optional. In plain Markdown the block reads as what it
// says.
type scale struct {
	ast.BaseBlock
	label, low, high string
	score            int // -1 for a blank scale
}

var kindScale = ast.NewNodeKind("Scale")

func (s *scale) Kind() ast.NodeKind         { return kindScale }
func (s *scale) Dump(src []byte, level int) { ast.DumpHelper(s, src, level, nil, nil) }
func (s *scale) BlockName() string          { return "scale" }

// parseScale makes a scale's node from its lines.
func parseScale(b fence) (picture, error) {
	s := &scale{score: -1}
	for _, l := range b.lines {
		k, v, ok := keyValue(l.text)
		switch {
		case !ok && l.text == "":
			continue
		case !ok:
			return nil, b.errorf(l.off, l.text, "want \"key: value\", got %q", l.text)
		}
		switch k {
		case "score":
			if v == "" {
				continue
			}
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 || n > 10 {
				return nil, b.errorf(l.off, v, "score %q is not a whole number from 0 to 10", v)
			}
			s.score = n
		case "low":
			s.low = v
		case "high":
			s.high = v
		case "label":
			s.label = v
		default:
			return nil, b.errorf(l.off, k, "unknown key %q (want score, low, high or label)", k)
		}
	}
	return s, nil
}

// scaleGeometry holds the sizes of a scale on the page, in mm and points.
type scaleGeometry struct {
	cell, gap, boxH, pointer float64
	numSize, textSize        float64
	labelLines, lowLines     []line
	highLines                []line
	textLH, labelLH          float64
}

func (s *scale) geometry(d *doc) scaleGeometry {
	w := d.right - d.left
	g := scaleGeometry{gap: 1.6, boxH: 12, pointer: 5.5, numSize: 16, textSize: d.th.body + 1}
	if d.th == &largeTheme {
		g.boxH, g.numSize = 13.5, 19
	}
	g.cell = min((w-10*g.gap)/11, 16)
	g.textLH = d.th.lineHeight(g.textSize)
	g.labelLH = d.th.lineHeight(d.th.body + 2)
	side := w * 0.46
	g.lowLines = wrap([]run{{text: clean(s.low), st: regular, size: g.textSize}}, side)
	g.highLines = wrap([]run{{text: clean(s.high), st: regular, size: g.textSize}}, side)
	g.labelLines = wrap([]run{{text: clean(s.label), st: bold, size: d.th.body + 2}}, w)
	return g
}

func (s *scale) height(d *doc) float64 {
	g := s.geometry(d)
	return float64(len(g.labelLines))*g.labelLH + 2 + g.pointer + g.boxH + 4.5 +
		float64(max(len(g.lowLines), len(g.highLines)))*g.textLH
}

// draw draws the scale: eleven numbered boxes from 0 to 10, the score's
// box filled black with its number in white and a pointer above it, and
// an arrow under the boxes from the low words to the high ones.
func (s *scale) draw(d *doc) {
	pdf := d.pdf
	g := s.geometry(d)
	d.space(d.th.paraGap)
	d.need(s.height(d))
	for _, l := range g.labelLines {
		d.drawLine(l, d.left, d.y, g.labelLH, d.th.body+2)
		d.y += g.labelLH
	}
	d.y += 2
	total := 11*g.cell + 10*g.gap
	x0 := d.left + (d.right-d.left-total)/2
	top := d.y + g.pointer
	for i := 0; i <= 10; i++ {
		x := x0 + float64(i)*(g.cell+g.gap)
		pdf.SetLineWidth(0.45)
		pdf.SetDrawColor(0, 0, 0)
		num := strconv.Itoa(i)
		st := regular
		if i == s.score {
			pdf.SetFillColor(0, 0, 0)
			pdf.RoundedRect(x, top, g.cell, g.boxH, 2.2, "1234", "FD")
			pdf.SetTextColor(255, 255, 255)
			st = bold
			cx := x + g.cell/2
			pdf.Polygon([]fpdf.PointType{
				{X: cx - 3, Y: d.y}, {X: cx + 3, Y: d.y}, {X: cx, Y: top - 0.8},
			}, "F")
		} else {
			pdf.SetFillColor(255, 255, 255)
			pdf.RoundedRect(x, top, g.cell, g.boxH, 2.2, "1234", "D")
			pdf.SetTextColor(0, 0, 0)
		}
		d.setFont(st, g.numSize)
		pdf.Text(x+(g.cell-width(st, g.numSize, num))/2, baseline(top, g.boxH, g.numSize), num)
	}
	pdf.SetTextColor(0, 0, 0)
	d.y = top + g.boxH + 2.2
	// The arrow from 0 to 10.
	ax0, ax1 := x0+g.cell/2, x0+total-g.cell/2
	pdf.SetLineWidth(0.4)
	pdf.SetFillColor(0, 0, 0)
	pdf.Line(ax0, d.y, ax1-1.5, d.y)
	pdf.Polygon([]fpdf.PointType{{X: ax1, Y: d.y}, {X: ax1 - 2.6, Y: d.y - 1.2}, {X: ax1 - 2.6, Y: d.y + 1.2}}, "F")
	pdf.Circle(ax0, d.y, 0.8, "F")
	d.y += 2.3
	for i, l := range g.lowLines {
		d.drawLine(l, x0, d.y+float64(i)*g.textLH, g.textLH, g.textSize)
	}
	for i, l := range g.highLines {
		d.drawLine(l, x0+total-l.w, d.y+float64(i)*g.textLH, g.textLH, g.textSize)
	}
	d.y += float64(max(len(g.lowLines), len(g.highLines))) * g.textLH
	d.space(d.th.paraGap * 1.5)
}

// markdown is the scale as a line of numbers from 0 to 10, each end with
// its words and the score in bold: "0 (Not safe) · 1 · … · **6** · … · 10
// (Really safe)".
func (s *scale) markdown() string {
	var b strings.Builder
	if s.label != "" {
		b.WriteString("**" + mdEscape(s.label) + "**\n\n")
	}
	for i := 0; i <= 10; i++ {
		if i > 0 {
			b.WriteString(" · ")
		}
		n := strconv.Itoa(i)
		if i == s.score {
			n = "**" + n + "**"
		}
		b.WriteString(n)
		switch {
		case i == 0 && s.low != "":
			b.WriteString(" (" + mdEscape(s.low) + ")")
		case i == 10 && s.high != "":
			b.WriteString(" (" + mdEscape(s.high) + ")")
		}
	}
	return b.String()
}

// html is the scale as a list of the numbers 0 to 10, the score's marked
// as the current one (which a screen reader says) and drawn filled, with
// the words of each end under it.
func (s *scale) html(*Meta) string {
	var b strings.Builder
	b.WriteString("<div class=\"scale\">\n")
	if s.label != "" {
		b.WriteString("<p><strong>" + attr(s.label) + "</strong></p>\n")
	}
	b.WriteString("<ol>")
	for i := 0; i <= 10; i++ {
		if i == s.score {
			b.WriteString("<li aria-current=\"true\">" + strconv.Itoa(i) + "</li>")
		} else {
			b.WriteString("<li>" + strconv.Itoa(i) + "</li>")
		}
	}
	b.WriteString("</ol>\n")
	if s.low != "" || s.high != "" {
		b.WriteString("<p class=\"ends\"><span>0: " + attr(s.low) + "</span> <span>10: " + attr(s.high) + "</span></p>\n")
	}
	b.WriteString("</div>\n")
	return b.String()
}
