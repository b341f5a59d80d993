package render

import (
	"math"
	"sort"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// grid is a GFM table laid out for the text column: column widths, and
// each cell's lines.
type grid struct {
	cols   []float64
	aligns []align
	head   gridRow
	noHead bool // the header row is empty: a table of labels and values
	rows   []gridRow
	size   float64 // text size
	lh     float64 // line height
	padX   float64
	padY   float64
}

// gridRow is a laid-out table row: each cell's lines.
type gridRow struct {
	cells [][]line
	n     int // lines in the row's tallest cell
}

func (g *grid) height(r gridRow) float64 { return float64(max(r.n, 1))*g.lh + 2*g.padY }

// headHeight returns the height of the header row as drawn: none when it
// is empty.
func (g *grid) headHeight() float64 {
	if g.noHead {
		return 0
	}
	return g.height(g.head)
}

// Column widths: no column is narrower than minColumn (unless the columns
// do not fit) or, when there are several, wider than maxShare of the
// table.
const (
	minColumn = 14.0
	maxShare  = 0.6
)

// layoutTable lays out a table to fill the text column. Each column gets
// the width of its longest cell when everything fits; otherwise columns
// shrink towards the width of their longest word, in proportion to what
// they can give, and words are broken only when even that is too wide.
func (d *doc) layoutTable(n *east.Table) *grid {
	g := &grid{size: d.th.table, padX: d.th.cellPadX, padY: d.th.cellPadY}
	g.lh = d.th.lineHeight(g.size) * 0.95
	ncol := len(n.Alignments)
	var heads []ast.Node
	var body [][]ast.Node
	for r := n.FirstChild(); r != nil; r = r.NextSibling() {
		var cells []ast.Node
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, c)
		}
		ncol = max(ncol, len(cells))
		if _, ok := r.(*east.TableHeader); ok {
			heads = cells
		} else {
			body = append(body, cells)
		}
	}
	if ncol == 0 {
		return nil
	}
	g.aligns = make([]align, ncol)
	for i, a := range n.Alignments {
		switch a {
		case east.AlignCenter:
			g.aligns[i] = alignCentre
		case east.AlignRight:
			g.aligns[i] = alignRight
		}
	}
	runs := func(cells []ast.Node, st style) [][]run {
		out := make([][]run, ncol)
		for i, c := range cells {
			out[i] = d.inlines(c, st, g.size)
		}
		return out
	}
	headRuns := runs(heads, bold)
	bodyRuns := make([][][]run, len(body))
	for i, cells := range body {
		bodyRuns[i] = runs(cells, regular)
	}

	natural := make([]float64, ncol)
	longest := make([]float64, ncol)
	for _, row := range append([][][]run{headRuns}, bodyRuns...) {
		for i, rs := range row {
			for _, l := range wrap(rs, math.Inf(1)) {
				natural[i] = max(natural[i], l.w)
			}
			longest[i] = max(longest[i], longestWord(rs))
		}
	}
	cols, floor := columnWidths(natural, longest, d.right-d.left, 2*g.padX)
	g.cols = cols
	cellW := make([][]float64, 0, len(bodyRuns)+1)
	for _, row := range append([][][]run{headRuns}, bodyRuns...) {
		ws := make([]float64, ncol)
		for i, rs := range row {
			for _, l := range wrap(rs, math.Inf(1)) {
				ws[i] += l.w
			}
		}
		cellW = append(cellW, ws)
	}
	balance(g.cols, floor, cellW, max(maxShare, 1/float64(ncol))*(d.right-d.left), 2*g.padX)

	layout := func(row [][]run) gridRow {
		r := gridRow{cells: make([][]line, ncol)}
		for i, rs := range row {
			r.cells[i] = wrap(rs, g.cols[i]-2*g.padX)
			r.n = max(r.n, len(r.cells[i]))
		}
		return r
	}
	g.head = layout(headRuns)
	g.noHead = true
	for _, rs := range headRuns {
		if plain(rs) != "" {
			g.noHead = false
		}
	}
	for _, row := range bodyRuns {
		g.rows = append(g.rows, layout(row))
	}
	return g
}

// columnWidths shares avail between columns whose content is natural mm
// wide on one line and whose longest word is longest mm; pad is a cell's
// padding. When everything fits on one line, each column gets its content
// and the rest is shared out. Otherwise narrow columns (dates, names,
// scores) get their whole content first, as long as it is no more than a
// fair share of what is left; the wide columns then share the rest in
// proportion to their content, each at least as wide as its longest word
// and, when there are several columns, at most maxShare of the table.
// Only when even the longest words do not fit are words broken.
//
// It returns the widths and, for balance, how narrow each column may
// become: a narrow column that got its whole content keeps it.
func columnWidths(natural, longest []float64, avail, pad float64) (w, floor []float64) {
	n := len(natural)
	minW := min(minColumn, avail/float64(n))
	capW := avail
	if n > 1 {
		capW = max(avail*maxShare, avail/float64(n))
	}
	want := make([]float64, n)
	floor = make([]float64, n)
	sumWant, sumFloor := 0.0, 0.0
	for i := range n {
		floor[i] = min(max(longest[i]+pad, minW), capW)
		want[i] = max(natural[i]+pad, floor[i])
		sumWant += want[i]
		sumFloor += floor[i]
	}
	w = make([]float64, n)
	switch {
	case sumWant <= avail:
		for i := range w {
			w[i] = want[i] * avail / sumWant
		}
		return w, w
	case sumFloor >= avail:
		for i := range w {
			w[i] = floor[i] * avail / sumFloor
		}
		return w, w
	}
	// Narrow columns first, narrowest first.
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return want[order[a]] < want[order[b]] })
	left, open, floors := avail, n, sumFloor
	fixed := make([]bool, n)
	for _, i := range order {
		// A column takes its content only when that leaves the others
		// room for their longest words.
		if want[i] > left/float64(open) || left-want[i] < floors-floor[i] {
			break
		}
		w[i], fixed[i] = want[i], true
		left -= want[i]
		floors -= floor[i]
		floor[i] = want[i]
		open--
	}
	// The rest in proportion to content, within floor and cap.
	for changed := true; changed; {
		changed = false
		total := 0.0
		for i := range n {
			if !fixed[i] {
				total += want[i]
			}
		}
		for i := range n {
			if fixed[i] {
				continue
			}
			w[i] = left * want[i] / total
			var bound float64
			switch {
			case w[i] < floor[i]:
				bound = floor[i]
			case w[i] > capW:
				bound = capW
			default:
				continue
			}
			w[i], fixed[i] = bound, true
			left -= bound
			changed = true
			break
		}
	}
	return w, floor
}

// balance moves width between columns while that makes the table
// shorter. The height of a row is estimated as the text of its fullest
// cell over the cell's width; cells holds each row's text widths on one
// line. Every line a cell wraps onto costs a little too, so that short
// cells stay whole when that costs no height. No column becomes narrower
// than floor or wider than capW, and the widths keep their sum.
func balance(w, floor []float64, cells [][]float64, capW, pad float64) {
	n := len(w)
	if n < 2 {
		return
	}
	cost := func() float64 {
		total := 0.0
		for _, row := range cells {
			m := 1.0
			for i, c := range row {
				lines := c / (w[i] - pad)
				m = max(m, lines)
				total += 0.15 * math.Ceil(lines-1e-9)
			}
			total += m
		}
		return total
	}
	best := cost()
	for _, step := range []float64{8, 4, 2, 1} {
		for improved, rounds := true, 0; improved && rounds < 50; rounds++ {
			improved = false
			for i := range n {
				for j := range n {
					if i == j || w[j]-step < floor[j] || w[i]+step > capW {
						continue
					}
					w[i] += step
					w[j] -= step
					if c := cost(); c < best-1e-9 {
						best, improved = c, true
					} else {
						w[i] -= step
						w[j] += step
					}
				}
			}
		}
	}
}

// longestWord returns the width of the widest run of text between spaces.
func longestWord(runs []run) float64 {
	best, cur := 0.0, 0.0
	for _, r := range runs {
		if r.brk {
			cur = 0
			continue
		}
		if r.box != 0 {
			cur += runWidth(r, "")
			best = max(best, cur)
			continue
		}
		start := 0
		for i := 0; i <= len(r.text); i++ {
			if i == len(r.text) || r.text[i] == ' ' {
				cur += runWidth(r, r.text[start:i])
				best = max(best, cur)
				if i < len(r.text) {
					cur = 0
				}
				start = i + 1
			}
		}
	}
	return best
}

// tableLead returns the height of a table's header and first row, which
// are never parted from each other or from a heading above.
func (d *doc) tableLead(n *east.Table) float64 {
	g := d.layoutTable(n)
	if g == nil {
		return 0
	}
	h := g.headHeight()
	if len(g.rows) > 0 {
		h += g.height(g.rows[0])
	}
	return min(h, bodyHeight)
}

// table draws a GFM table across the text column. A table that does not
// fit goes on over the page with its header row repeated; a row that does
// not fit moves to the next page whole, unless it is taller than a page,
// when its lines are split between pages.
func (d *doc) table(n *east.Table) {
	g := d.layoutTable(n)
	if g == nil {
		return
	}
	headH := g.headHeight()
	// A header taller than a third of a page is not repeated: repeating
	// it would leave too little room for the rows.
	repeat := headH > 0 && headH <= bodyHeight/3
	first := headH
	if len(g.rows) > 0 {
		first += g.height(g.rows[0])
	}
	d.need(min(first, bodyHeight))
	if !g.noHead {
		d.drawRow(g, g.head, 0, g.head.n, true, false)
	}
	breakPage := func() {
		d.newPage()
		d.need(0)
		if repeat {
			d.drawRow(g, g.head, 0, g.head.n, true, false)
		}
	}
	for i, r := range g.rows {
		shade := i%2 == 1
		for start := 0; ; {
			rest := r.n - start
			h := float64(max(rest, 1))*g.lh + 2*g.padY
			if h <= d.room()+0.01 {
				d.drawRow(g, r, start, rest, false, shade)
				break
			}
			afterHead := bodyHeight
			if repeat {
				afterHead -= headH
			}
			if start == 0 && h <= afterHead {
				breakPage()
				continue
			}
			k := int((d.room() - 2*g.padY) / g.lh)
			if k < 2 && d.y > bodyTop+headH+0.01 {
				breakPage()
				continue
			}
			k = max(k, 1)
			d.drawRow(g, r, start, k, false, shade)
			start += k
			breakPage()
		}
	}
	d.space(d.th.paraGap * 1.4)
}

// drawRow draws lines [start, start+k) of every cell of a row at d.y and
// moves d.y below it.
func (d *doc) drawRow(g *grid, r gridRow, start, k int, head, shade bool) {
	pdf := d.pdf
	h := float64(max(k, 1))*g.lh + 2*g.padY
	x := d.left
	pdf.SetLineWidth(0.25)
	pdf.SetDrawColor(150, 150, 150)
	switch {
	case head:
		pdf.SetFillColor(225, 225, 225)
	case shade:
		pdf.SetFillColor(246, 246, 246)
	}
	for i, w := range g.cols {
		mode := "D"
		if head || shade {
			mode = "FD"
		}
		pdf.Rect(x, d.y, w, h, mode)
		lines := r.cells[i]
		for j := start; j < start+k && j < len(lines); j++ {
			l := lines[j]
			lx := x + g.padX
			switch g.aligns[i] {
			case alignCentre:
				lx += (w - 2*g.padX - l.w) / 2
			case alignRight:
				lx = x + w - g.padX - l.w
			}
			pdf.SetTextColor(0, 0, 0)
			d.drawLine(l, lx, d.y+g.padY+float64(j-start)*g.lh, g.lh, g.size)
		}
		x += w
	}
	d.y += h
}
