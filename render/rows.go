package render

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// A rows block is a table to fill in by hand: a header, any rows already
// filled, and empty rows to write in, each column as wide as what is
// written in it needs.
//
//	```rows
//	widths: 45 60 25 *
//	| Name | Address | Date of birth | Relationship to the child |
//	| Leo Example | 1 Example Row | | |
//	rows: 6
//	```
//
// widths gives each column's width in mm, or * for a share of what the
// others leave (at least 25 mm each); when the columns are wider than the
// page they are narrowed in proportion. The first pipe line is the header;
// each further one a row printed as given (an empty cell is left to write
// in; \| is a | in a cell). rows is how many empty rows follow, from 0 to
// 100. The block is kept on one page when it takes at most half of one; a
// longer one goes on over pages with its header repeated.
type rows struct {
	ast.BaseBlock
	widths []float64 // mm; 0 for a share of the rest
	header []string
	filled [][]string
	empty  int
}

var kindRows = ast.NewNodeKind("Rows")

func (r *rows) Kind() ast.NodeKind         { return kindRows }
func (r *rows) Dump(src []byte, level int) { ast.DumpHelper(r, src, level, nil, nil) }
func (r *rows) BlockName() string          { return "rows" }

// Sizes of a rows block, in mm: the height of an empty row (room for a
// line of handwriting), the narrowest a * column gets, and the cell
// padding.
const (
	rowsEmptyH = 9.0
	rowsMinCol = 25.0
	rowsPad    = 1.6
)

// parseRows makes a rows block's node from its lines.
func parseRows(b fence) (picture, error) {
	r := &rows{}
	widthsOff := -1
	for _, l := range b.lines {
		t := strings.TrimSpace(l.text)
		if t == "" || isDelimiterRow(t) {
			continue
		}
		if strings.HasPrefix(t, "|") {
			var cells []string
			for _, c := range pipeCells(t) {
				cells = append(cells, c)
			}
			if r.header == nil {
				r.header = cells
				continue
			}
			if len(cells) > len(r.header) {
				return nil, b.errorf(l.off, t, "%d cells, but the header has %d", len(cells), len(r.header))
			}
			for len(cells) < len(r.header) {
				cells = append(cells, "")
			}
			r.filled = append(r.filled, cells)
			continue
		}
		k, v, ok := keyValue(t)
		if !ok {
			return nil, b.errorf(l.off, t, "want \"widths: ...\", \"rows: N\" or a row | a | b |, got %q", t)
		}
		switch k {
		case "widths":
			widthsOff = l.off
			for _, f := range strings.Fields(v) {
				if f == "*" {
					r.widths = append(r.widths, 0)
					continue
				}
				w, err := strconv.ParseFloat(f, 64)
				if err != nil || w < 5 || w > 400 {
					return nil, b.errorf(l.off, f, "width %q is not a number of mm from 5 to 400, or *", f)
				}
				r.widths = append(r.widths, w)
			}
		case "rows":
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 || n > maxBoxLines {
				return nil, b.errorf(l.off, v, "rows %q is not a whole number from 0 to %d", v, maxBoxLines)
			}
			r.empty = n
		default:
			return nil, b.errorf(l.off, k, "unknown key %q (want widths or rows)", k)
		}
	}
	if r.header == nil {
		return nil, b.errorf(b.firstOff(), "", "no header line: | Name | Address |")
	}
	if r.widths != nil && len(r.widths) != len(r.header) {
		return nil, b.errorf(widthsOff, "", "%d widths, but the header has %d columns", len(r.widths), len(r.header))
	}
	return r, nil
}

// columns returns the columns' widths on the page.
func (r *rows) columns(d *doc) []float64 {
	w := d.right - d.left
	n := len(r.header)
	cols := make([]float64, n)
	fixed, shares := 0.0, 0
	for i := range cols {
		if i < len(r.widths) && r.widths[i] > 0 {
			cols[i] = r.widths[i]
			fixed += cols[i]
		} else {
			shares++
		}
	}
	if shares > 0 {
		share := max((w-fixed)/float64(shares), rowsMinCol)
		for i := range cols {
			if cols[i] == 0 {
				cols[i] = share
			}
		}
	}
	total := 0.0
	for _, c := range cols {
		total += c
	}
	// Narrowed or widened in proportion, so the table fills the column.
	for i := range cols {
		cols[i] *= w / total
	}
	return cols
}

// cells wraps a row's cells to their columns.
func (r *rows) cells(d *doc, cols []float64, row []string, st style) [][]line {
	out := make([][]line, len(row))
	for i, c := range row {
		out[i] = wrap([]run{{text: clean(c), st: st, size: d.th.table}}, cols[i]-2*rowsPad)
	}
	return out
}

// rowHeight is the height of a row of wrapped cells, at least that of an
// empty row when it is one to write in.
func (r *rows) rowHeight(d *doc, cells [][]line, head bool) float64 {
	n := 1
	for _, c := range cells {
		n = max(n, len(c))
	}
	h := float64(n)*d.th.lineHeight(d.th.table) + 2*rowsPad
	if head {
		return h
	}
	return max(h, rowsEmptyH)
}

func (r *rows) height(d *doc) float64 {
	cols := r.columns(d)
	h := r.rowHeight(d, r.cells(d, cols, r.header, bold), true)
	for _, row := range r.filled {
		h += r.rowHeight(d, r.cells(d, cols, row, regular), false)
	}
	h += float64(r.empty) * rowsEmptyH
	// Kept whole when it takes at most half a page; else it may break
	// after its header and four rows.
	if h > bodyHeight/2 {
		return r.rowHeight(d, r.cells(d, cols, r.header, bold), true) + 4*rowsEmptyH
	}
	return h
}

// draw draws the header and the rows, starting a page with the header
// again when a row does not fit.
func (r *rows) draw(d *doc) {
	cols := r.columns(d)
	head := r.cells(d, cols, r.header, bold)
	headH := r.rowHeight(d, head, true)
	d.space(d.th.paraGap)
	d.need(r.height(d))
	r.drawRow(d, cols, head, headH, true)
	all := make([][][]line, 0, len(r.filled)+r.empty)
	for _, row := range r.filled {
		all = append(all, r.cells(d, cols, row, regular))
	}
	for range r.empty {
		all = append(all, make([][]line, len(cols)))
	}
	for _, cells := range all {
		h := r.rowHeight(d, cells, false)
		if d.y+h > bodyBottom+0.01 {
			d.newPage()
			d.need(headH + h)
			r.drawRow(d, cols, head, headH, true)
		}
		r.drawRow(d, cols, cells, h, false)
	}
	d.space(d.th.paraGap * 1.4)
}

// drawRow draws one row of cells at d.y and moves d.y below it.
func (r *rows) drawRow(d *doc, cols []float64, cells [][]line, h float64, head bool) {
	pdf := d.pdf
	lh := d.th.lineHeight(d.th.table)
	pdf.SetLineWidth(0.3)
	pdf.SetDrawColor(90, 90, 90)
	pdf.SetFillColor(230, 230, 230)
	x := d.left
	for i, w := range cols {
		mode := "D"
		if head {
			mode = "FD"
		}
		pdf.Rect(x, d.y, w, h, mode)
		pdf.SetTextColor(0, 0, 0)
		for j, l := range cells[i] {
			d.drawLine(l, x+rowsPad, d.y+rowsPad+float64(j)*lh, lh, d.th.table)
		}
		x += w
	}
	d.y += h
}

// markdown is the rows as a GFM table, its empty rows empty.
func (r *rows) markdown() string {
	body := append([][]string{}, r.filled...)
	for range r.empty {
		body = append(body, make([]string, len(r.header)))
	}
	return mdTable(r.header, body)
}

// html is the rows as a table with header cells, its empty rows empty
// and tall enough to write in.
func (r *rows) html(*Meta) string {
	var b strings.Builder
	b.WriteString("<table class=\"rows\">\n<thead><tr>")
	for _, h := range r.header {
		b.WriteString("<th scope=\"col\">" + attr(h) + "</th>")
	}
	b.WriteString("</tr></thead>\n<tbody>\n")
	for _, row := range r.filled {
		b.WriteString("<tr>")
		for i := range r.header {
			cell := ""
			if i < len(row) {
				cell = row[i]
			}
			b.WriteString("<td>" + attr(cell) + "</td>")
		}
		b.WriteString("</tr>\n")
	}
	for range r.empty {
		b.WriteString("<tr>" + strings.Repeat("<td></td>", len(r.header)) + "</tr>\n")
	}
	b.WriteString("</tbody>\n</table>\n")
	return b.String()
}
