package render

// align is how lines sit between the edges of their column.
type align int

const (
	alignLeft align = iota
	alignCentre
	alignRight
)

// baseline returns the baseline of a line of text of size pt in a line box
// of height lh starting at top: the text's ascent and descent centred.
func baseline(top, lh, size float64) float64 {
	return top + lh/2 + 0.36*size*ptToMM
}

// drawLine draws a laid-out line with its left edge at x in a line box of
// height lh at top; size is the size the line's baseline is set for.
func (d *doc) drawLine(l line, x, top, lh, size float64) {
	pdf := d.pdf
	base := baseline(top, lh, size)
	for _, f := range l.frags {
		fx := x + f.x
		if f.box != 0 {
			d.checkBox(fx, base, f.size, f.box == 2)
			continue
		}
		d.setFont(f.st, f.size)
		pdf.Text(fx, base, f.text)
		mm := f.size * ptToMM
		if f.under || f.strike {
			pdf.SetDrawColor(0, 0, 0)
			pdf.SetLineWidth(0.06 * mm)
		}
		if f.under {
			pdf.Line(fx, base+0.12*mm, fx+f.w, base+0.12*mm)
		}
		if f.strike {
			pdf.Line(fx, base-0.28*mm, fx+f.w, base-0.28*mm)
		}
	}
}

// checkBox draws a task list box on the baseline at x, ticked or not.
func (d *doc) checkBox(x, base, size float64, ticked bool) {
	pdf := d.pdf
	s := 0.62 * size * ptToMM
	pdf.SetDrawColor(0, 0, 0)
	pdf.SetLineWidth(0.3)
	pdf.Rect(x, base-s, s, s, "D")
	if ticked {
		pdf.SetLineWidth(0.5)
		pdf.Line(x+0.2*s, base-0.5*s, x+0.42*s, base-0.18*s)
		pdf.Line(x+0.42*s, base-0.18*s, x+0.85*s, base-0.85*s)
	}
}

// flow draws lines of text of size pt down the text column, starting new
// pages as needed. It keeps the first two lines together, and the last
// two, so that no page starts or ends with a lone line of a paragraph.
func (d *doc) flow(lines []line, size float64, al align) {
	lh := d.th.lineHeight(size)
	n := len(lines)
	for i, l := range lines {
		h := lh
		switch {
		case i == 0:
			h = float64(min(n, 2)) * lh
		case n-i == 2 && i >= 2:
			h = 2 * lh
		}
		if d.keepAfter > 0 && i == max(n-2, 0) {
			h = float64(n-i)*lh + d.keepAfter
		}
		d.need(h)
		d.drawMarker(lh, size)
		x := d.left
		switch al {
		case alignCentre:
			x += (d.right - d.left - l.w) / 2
		case alignRight:
			x = d.right - l.w
		}
		d.drawLine(l, x, d.y, lh, size)
		d.y += lh
	}
}

// marker is a list item's bullet or number, waiting to be drawn beside
// the item's first line.
type marker struct {
	text  string
	right float64 // where the marker ends
}

// drawMarker draws the pending list marker, if any, beside the line about
// to be drawn at d.y.
func (d *doc) drawMarker(lh, size float64) {
	m := d.marker
	d.marker = nil
	if m == nil || m.text == "" {
		return
	}
	st := regular
	d.setFont(st, size)
	d.pdf.SetTextColor(0, 0, 0)
	d.pdf.Text(m.right-width(st, size, m.text), baseline(d.y, lh, size), m.text)
}
