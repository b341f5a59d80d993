package render

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"codeberg.org/go-pdf/fpdf"
	"github.com/yuin/goldmark/ast"
)

// A chart block is a line chart of 0-10 scaling scores across meetings,
// one line per person, written as a table in pipe form:
//
//	```chart
//	| meeting    | Mum | Health visitor |
//	| 2026-09-18 | 6   | 5              |
//	| 2026-10-09 |     | 6              |
//	```
//
// The first line is the header: the first cell names the x axis, each
// other cell a series. Each further line is a meeting: its label, then a
// score from 0 to 10 for each series, or nothing when there is none. A
// delimiter line (| --- |) may follow the header, as in a GFM table, and
// `\|` is a | inside a cell. Lines and markers differ in dash and shape,
// not colour, as case records are printed in black and white.
type chart struct {
	ast.BaseBlock
	axis   string
	series []string
	labels []string
	scores [][]float64 // [meeting][series]; NaN for none
}

var kindChart = ast.NewNodeKind("Chart")

func (c *chart) Kind() ast.NodeKind         { return kindChart }
func (c *chart) Dump(src []byte, level int) { ast.DumpHelper(c, src, level, nil, nil) }
func (c *chart) BlockName() string          { return "chart" }

// parseChart makes a chart's node from its lines.
func parseChart(b fence) (picture, error) {
	c := &chart{}
	header := true
	for _, l := range b.lines {
		t := strings.TrimSpace(l.text)
		if t == "" || isDelimiterRow(t) {
			continue
		}
		cells := pipeCells(t)
		if header {
			header = false
			if len(cells) < 2 {
				return nil, b.errorf(l.off, t, "the header needs the axis name and at least one series: | meeting | Mum |")
			}
			c.axis = cells[0]
			for _, s := range cells[1:] {
				c.series = append(c.series, s)
			}
			continue
		}
		if len(cells) > len(c.series)+1 {
			return nil, b.errorf(l.off, t, "%d cells, but the header has %d", len(cells), len(c.series)+1)
		}
		row := make([]float64, len(c.series))
		for i := range row {
			row[i] = math.NaN()
			if i+1 >= len(cells) || cells[i+1] == "" {
				continue
			}
			v, err := strconv.ParseFloat(cells[i+1], 64)
			if err != nil || v < 0 || v > 10 {
				return nil, b.errorf(l.off, cells[i+1], "score %q is not a number from 0 to 10", cells[i+1])
			}
			row[i] = v
		}
		c.labels = append(c.labels, cells[0])
		c.scores = append(c.scores, row)
	}
	if header {
		return nil, b.errorf(b.firstOff(), "", "no header line: | meeting | Mum |")
	}
	return c, nil
}

// pipeCells splits "| a | b \| c |" into ["a", "b | c"].
func pipeCells(s string) []string {
	s = strings.TrimPrefix(s, "|")
	if strings.HasSuffix(s, "|") && !strings.HasSuffix(s, `\|`) {
		s = s[:len(s)-1]
	}
	var cells []string
	var cur strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s) && s[i+1] == '|':
			cur.WriteByte('|')
			i++
		case s[i] == '|':
			cells = append(cells, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(s[i])
		}
	}
	return append(cells, strings.TrimSpace(cur.String()))
}

// isDelimiterRow reports whether s is a GFM delimiter row like | --- | :-: |.
func isDelimiterRow(s string) bool {
	return strings.Trim(s, "|-: \t") == "" && strings.Contains(s, "-")
}

// chartGeometry holds the sizes of a chart, in mm and points.
type chartGeometry struct {
	plotH, axisW, labelSize float64
	labels                  [][]line // x labels, wrapped; nil for none
	every                   int      // every how many meetings is labelled
	labelLines              int
	legend                  []legendItem
	legendH, legendLH       float64
	direct                  []string // each series' direct label, at the end of its line
	directW                 float64  // the width kept right of the plot for them
}

type legendItem struct {
	lines []line
	x, y  float64 // relative to the legend's top left
}

// legendSample is the width of a legend's line sample.
const legendSample = 11.0

func (c *chart) geometry(d *doc) chartGeometry {
	w := d.right - d.left
	g := chartGeometry{plotH: 58, axisW: 9, labelSize: 8}
	if d.th == &largeTheme {
		g.plotH, g.labelSize = 66, 10
	}
	g.legendLH = d.th.lineHeight(d.th.body)
	// Each line is named where it ends, beside the plot, so that no one
	// has to match shapes with the legend: the full name when it fits,
	// else the first word.
	for _, s := range c.series {
		name := clean(s)
		if width(regular, g.labelSize, name) > maxDirect {
			name, _, _ = strings.Cut(name, " ")
			if width(regular, g.labelSize, name) > maxDirect {
				for width(regular, g.labelSize, name+"…") > maxDirect && len([]rune(name)) > 1 {
					r := []rune(name)
					name = string(r[:len(r)-1])
				}
				name += "…"
			}
		}
		g.direct = append(g.direct, name)
		g.directW = max(g.directW, directMarker+width(regular, g.labelSize, name)+1)
	}
	// With many meetings, only every so many is labelled, so that no
	// label runs into the next (or wraps onto more than a few lines).
	step := c.step(d, g)
	need := 0.0
	labels := make([]string, len(c.labels))
	for i, s := range c.labels {
		labels[i] = clean(s)
	}
	for _, s := range labels {
		rs := []run{{text: s, st: regular, size: g.labelSize}}
		need = max(need, min(longestWord(rs), width(regular, g.labelSize, s)/2))
	}
	g.every = 1
	for float64(g.every)*step-1.5 < need && g.every < len(c.labels) {
		g.every++
	}
	for i, s := range labels {
		var ls []line
		if i%g.every == 0 {
			ls = wrap([]run{{text: s, st: regular, size: g.labelSize}}, min(max(float64(g.every)*step-1.5, 8), w))
		}
		g.labels = append(g.labels, ls)
		g.labelLines = max(g.labelLines, len(ls))
	}
	// The legend flows in rows across the width.
	x, y := 0.0, 0.0
	for _, s := range c.series {
		ls := wrap([]run{{text: clean(s), st: regular, size: d.th.body}}, w-legendSample-3)
		if len(ls) == 0 {
			ls = []line{{}}
		}
		iw := legendSample + 2.5 + 7
		for _, l := range ls {
			iw = max(iw, legendSample+2.5+l.w+7)
		}
		if x > 0 && x+iw > w {
			x, y = 0, g.legendH
		}
		g.legend = append(g.legend, legendItem{lines: ls, x: x, y: y})
		x += iw
		g.legendH = max(g.legendH, y+float64(len(ls))*g.legendLH)
	}
	return g
}

// plot returns the left and right ends of the plot area, which leaves
// room on the right for the direct labels.
func (c *chart) plot(d *doc, g chartGeometry) (float64, float64) {
	return d.left + g.axisW, d.right - 2 - g.directW
}

// maxDirect is the widest a direct label may be, in mm; directMarker is
// the room for the series' marker before it.
const (
	maxDirect    = 34.0
	directMarker = 5.0
)

// step returns the distance between meetings on the x axis.
func (c *chart) step(d *doc, g chartGeometry) float64 {
	x0, x1 := c.plot(d, g)
	if len(c.labels) < 2 {
		return x1 - x0
	}
	return (x1 - x0 - 2*chartInset) / float64(len(c.labels)-1)
}

// chartInset keeps the first and last meetings off the plot's edges.
const chartInset = 7.0

func (c *chart) height(d *doc) float64 {
	g := c.geometry(d)
	return 3 + g.plotH + 2 + float64(g.labelLines)*g.labelSize*1.25*ptToMM + 1.5 +
		g.labelSize*1.4*ptToMM + 3 + g.legendH
}

// The looks of the series, in turn: dash patterns (mm, nil for solid) and
// marker shapes. Series s has marker s mod 8 and dash (s + s/8) mod 4, so
// no two of the first 32 series look the same even in black and white.
var (
	chartDashes  = [][]float64{nil, {2.4, 1.3}, {0.5, 1.1}, {3, 1, 0.5, 1}}
	chartMarkers = []string{"disc", "square", "triangle", "diamond", "cross", "circle", "box", "del"}
)

// draw draws the chart: a grid from 0 to 10, a line and markers for each
// series, the meetings along the bottom and a legend underneath.
func (c *chart) draw(d *doc) {
	pdf := d.pdf
	g := c.geometry(d)
	d.space(d.th.paraGap)
	d.need(c.height(d))
	x0, x1 := c.plot(d, g)
	top := d.y + 3
	bottom := top + g.plotH
	yOf := func(v float64) float64 { return bottom - v/10*g.plotH }
	xOf := func(i int) float64 {
		if len(c.labels) < 2 {
			return (x0 + x1) / 2
		}
		return x0 + chartInset + float64(i)*c.step(d, g)
	}

	// Grid and y axis.
	pdf.SetTextColor(0, 0, 0)
	for v := 0; v <= 10; v++ {
		y := yOf(float64(v))
		switch {
		case v == 0:
			pdf.SetDrawColor(0, 0, 0)
			pdf.SetLineWidth(0.35)
		case v%5 == 0:
			pdf.SetDrawColor(170, 170, 170)
			pdf.SetLineWidth(0.25)
		default:
			pdf.SetDrawColor(215, 215, 215)
			pdf.SetLineWidth(0.2)
		}
		pdf.Line(x0, y, x1, y)
		if v%2 == 0 {
			s := strconv.Itoa(v)
			d.setFont(regular, g.labelSize)
			pdf.Text(x0-2-width(regular, g.labelSize, s), y+g.labelSize*0.35*ptToMM, s)
		}
	}
	pdf.SetDrawColor(0, 0, 0)
	pdf.SetLineWidth(0.35)
	pdf.Line(x0, top, x0, bottom)

	// Meetings along the bottom.
	lh := g.labelSize * 1.25 * ptToMM
	for i, ls := range g.labels {
		pdf.SetDrawColor(0, 0, 0)
		pdf.Line(xOf(i), bottom, xOf(i), bottom+1.2)
		for j, l := range ls {
			lx := min(max(xOf(i)-l.w/2, d.left), d.right-l.w)
			d.drawLine(l, lx, bottom+2+float64(j)*lh, lh, g.labelSize)
		}
	}
	y := bottom + 2 + float64(g.labelLines)*lh + 1.5
	if axis := clean(c.axis); axis != "" {
		d.setFont(italic, g.labelSize)
		pdf.Text((x0+x1-width(italic, g.labelSize, axis))/2, y+g.labelSize*1.0*ptToMM, axis)
	}
	y += g.labelSize*1.4*ptToMM + 3

	// Series: lines between neighbouring scores, markers on every score.
	// Each series is nudged sideways a little so equal scores stay visible.
	n := len(c.series)
	for s := range c.series {
		nudge := (float64(s) - float64(n-1)/2) * 0.9
		setDash(pdf, s)
		pdf.SetLineWidth(0.5)
		pdf.SetDrawColor(0, 0, 0)
		for i := 1; i < len(c.scores); i++ {
			a, b := c.scores[i-1][s], c.scores[i][s]
			if !math.IsNaN(a) && !math.IsNaN(b) {
				pdf.Line(xOf(i-1)+nudge, yOf(a), xOf(i)+nudge, yOf(b))
			}
		}
		pdf.SetDashPattern(nil, 0)
		for i := range c.scores {
			if v := c.scores[i][s]; !math.IsNaN(v) {
				drawMarker(pdf, s, xOf(i)+nudge, yOf(v), 1.5)
			}
		}
	}

	c.drawDirectLabels(d, g, x1, top, bottom, yOf)

	// Legend.
	for s, it := range g.legend {
		lx, ly := d.left+it.x, y+it.y
		mid := ly + g.legendLH/2
		setDash(pdf, s)
		pdf.SetLineWidth(0.5)
		pdf.SetDrawColor(0, 0, 0)
		pdf.Line(lx, mid, lx+legendSample, mid)
		pdf.SetDashPattern(nil, 0)
		drawMarker(pdf, s, lx+legendSample/2, mid, 1.5)
		for j, l := range it.lines {
			d.drawLine(l, lx+legendSample+2.5, ly+float64(j)*g.legendLH, g.legendLH, d.th.body)
		}
	}
	d.y = y + g.legendH
	d.space(d.th.paraGap * 1.5)
}

// setDash sets the dash pattern of series s.
func setDash(pdf *fpdf.Fpdf, s int) {
	pdf.SetDashPattern(chartDashes[dashOf(s)], 0)
}

// dashOf is the index in chartDashes of series s's dash pattern: it
// moves on by one each time the markers start again.
func dashOf(s int) int { return (s + s/len(chartMarkers)) % len(chartDashes) }

// drawMarker draws the marker of series s centred on (x, y), r mm from
// the centre to its edge.
func drawMarker(pdf *fpdf.Fpdf, s int, x, y, r float64) {
	pdf.SetLineWidth(0.35)
	pdf.SetDrawColor(0, 0, 0)
	pdf.SetFillColor(0, 0, 0)
	open := func() { pdf.SetFillColor(255, 255, 255) }
	pts := func(p ...float64) []fpdf.PointType {
		out := make([]fpdf.PointType, 0, len(p)/2)
		for i := 0; i+1 < len(p); i += 2 {
			out = append(out, fpdf.PointType{X: x + p[i]*r, Y: y + p[i+1]*r})
		}
		return out
	}
	switch chartMarkers[s%len(chartMarkers)] {
	case "disc":
		pdf.Circle(x, y, r, "FD")
	case "square":
		open()
		pdf.Rect(x-r*0.9, y-r*0.9, 1.8*r, 1.8*r, "FD")
	case "triangle":
		pdf.Polygon(pts(0, -1.2, 1.1, 0.8, -1.1, 0.8), "FD")
	case "diamond":
		open()
		pdf.Polygon(pts(0, -1.25, 1.1, 0, 0, 1.25, -1.1, 0), "FD")
	case "cross":
		pdf.SetLineWidth(0.6)
		pdf.Line(x-r, y-r, x+r, y+r)
		pdf.Line(x-r, y+r, x+r, y-r)
	case "circle":
		open()
		pdf.Circle(x, y, r, "FD")
	case "box":
		pdf.Rect(x-r*0.9, y-r*0.9, 1.8*r, 1.8*r, "FD")
	case "del":
		open()
		pdf.Polygon(pts(0, 1.2, 1.1, -0.8, -1.1, -0.8), "FD")
	}
	pdf.SetFillColor(0, 0, 0)
}

// drawDirectLabels names each series right of the plot, level with its
// last score, with its marker: labels that would touch are moved apart,
// keeping their order, and kept between the plot's top and bottom.
func (c *chart) drawDirectLabels(d *doc, g chartGeometry, x1, top, bottom float64, yOf func(float64) float64) {
	type label struct {
		s int
		y float64
	}
	var ls []label
	for s := range c.series {
		for i := len(c.scores) - 1; i >= 0; i-- {
			if v := c.scores[i][s]; !math.IsNaN(v) {
				ls = append(ls, label{s, yOf(v)})
				break
			}
		}
	}
	sort.SliceStable(ls, func(a, b int) bool { return ls[a].y < ls[b].y })
	gap := g.labelSize * 1.2 * ptToMM
	for i := range ls {
		ls[i].y = max(ls[i].y, top+gap/2)
		if i > 0 {
			ls[i].y = max(ls[i].y, ls[i-1].y+gap)
		}
	}
	for i := len(ls) - 1; i >= 0; i-- {
		limit := bottom - gap/2
		if i < len(ls)-1 {
			limit = ls[i+1].y - gap
		}
		ls[i].y = min(ls[i].y, limit)
	}
	d.setFont(regular, g.labelSize)
	for _, l := range ls {
		x := x1 + 2
		drawMarker(d.pdf, l.s, x+directMarker/2-0.5, l.y, 1.1)
		d.pdf.SetTextColor(0, 0, 0)
		d.pdf.Text(x+directMarker, l.y+g.labelSize*0.35*ptToMM, g.direct[l.s])
	}
}

// markdown is the chart's table: a GFM table of the scores by meeting.
func (c *chart) markdown() string {
	header := append([]string{c.axis}, c.series...)
	var rows [][]string
	for i, l := range c.labels {
		row := []string{l}
		for _, v := range c.scores[i] {
			cell := ""
			if !math.IsNaN(v) {
				cell = strconv.FormatFloat(v, 'f', -1, 64)
			}
			row = append(row, cell)
		}
		rows = append(rows, row)
	}
	return mdTable(header, rows)
}

// Dashes and marker shapes of the HTML chart's series, which differ in
// shape, not colour, as the PDF's do.
var (
	svgDashes  = []string{"", "8 4", "2 3", "10 3 2 3", "4 4", "14 4"}
	svgMarkers = []string{"circle", "square", "triangle", "diamond"}
)

// html is the chart as its table of scores by meeting, which is what a
// screen reader reads, and above it the line chart as an SVG picture,
// hidden from screen readers since the table says all it shows.
func (c *chart) html(*Meta) string {
	var b strings.Builder
	b.WriteString("<div class=\"chart\">\n")
	b.WriteString(c.svg())
	b.WriteString("<table>\n<thead><tr><th scope=\"col\">" + attr(c.axis) + "</th>")
	for _, s := range c.series {
		b.WriteString("<th scope=\"col\">" + attr(s) + "</th>")
	}
	b.WriteString("</tr></thead>\n<tbody>\n")
	for i, l := range c.labels {
		b.WriteString("<tr><th scope=\"row\">" + attr(l) + "</th>")
		for _, v := range c.scores[i] {
			cell := ""
			if !math.IsNaN(v) {
				cell = strconv.FormatFloat(v, 'f', -1, 64)
			}
			b.WriteString("<td>" + cell + "</td>")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody>\n</table>\n</div>\n")
	return b.String()
}

// svg draws the chart: scores 0 to 10 up, meetings along, each series a
// line with its own dash and marker, named where it ends.
func (c *chart) svg() string {
	const left, right, top, bottom, width, height = 40.0, 430.0, 15.0, 215.0, 600.0, 250.0
	var b strings.Builder
	fmt.Fprintf(&b, "<svg aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 %g %g\" font-family=\"Andika, sans-serif\" font-size=\"12\">\n", width, height)
	yOf := func(v float64) float64 { return bottom - v*(bottom-top)/10 }
	xOf := func(i int) float64 {
		if len(c.labels) < 2 {
			return (left + right) / 2
		}
		return left + 10 + float64(i)*(right-left-20)/float64(len(c.labels)-1)
	}
	for v := 0; v <= 10; v += 2 {
		y := yOf(float64(v))
		fmt.Fprintf(&b, "<line x1=\"%g\" y1=\"%g\" x2=\"%g\" y2=\"%g\" stroke=\"#bbb\"/><text x=\"%g\" y=\"%g\" text-anchor=\"end\">%d</text>\n", left, y, right, y, left-6, y+4, v)
	}
	fmt.Fprintf(&b, "<polyline points=\"%g,%g %g,%g %g,%g\" fill=\"none\" stroke=\"#000\"/>\n", left, top, left, bottom, right, bottom)
	for i, l := range c.labels {
		fmt.Fprintf(&b, "<text x=\"%g\" y=\"%g\" text-anchor=\"middle\">%s</text>\n", xOf(i), bottom+18, attr(l))
	}
	for s, name := range c.series {
		var pts []string
		lastX, lastY := 0.0, 0.0
		for i := range c.labels {
			v := c.scores[i][s]
			if math.IsNaN(v) {
				continue
			}
			lastX, lastY = xOf(i), yOf(v)
			pts = append(pts, fmt.Sprintf("%g,%g", lastX, lastY))
			b.WriteString(svgMarker(svgMarkers[s%len(svgMarkers)], lastX, lastY))
		}
		if len(pts) == 0 {
			continue
		}
		dash := svgDashes[(s+s/len(svgMarkers))%len(svgDashes)]
		if dash != "" {
			dash = " stroke-dasharray=\"" + dash + "\""
		}
		fmt.Fprintf(&b, "<polyline points=\"%s\" fill=\"none\" stroke=\"#000\" stroke-width=\"2\"%s/>\n", strings.Join(pts, " "), dash)
		fmt.Fprintf(&b, "<text x=\"%g\" y=\"%g\">%s</text>\n", lastX+10, lastY+4+float64(s%3-1)*4, attr(name))
	}
	b.WriteString("</svg>\n")
	return b.String()
}

// svgMarker is a series' marker at x, y.
func svgMarker(shape string, x, y float64) string {
	switch shape {
	case "square":
		return fmt.Sprintf("<rect x=\"%g\" y=\"%g\" width=\"8\" height=\"8\"/>\n", x-4, y-4)
	case "triangle":
		return fmt.Sprintf("<polygon points=\"%g,%g %g,%g %g,%g\"/>\n", x, y-5, x-5, y+4, x+5, y+4)
	case "diamond":
		return fmt.Sprintf("<polygon points=\"%g,%g %g,%g %g,%g %g,%g\"/>\n", x, y-5, x+5, y, x, y+5, x-5, y)
	}
	return fmt.Sprintf("<circle cx=\"%g\" cy=\"%g\" r=\"4\"/>\n", x, y)
}
