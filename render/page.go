package render

import (
	"strconv"
	"strings"
)

// The A4 page, in mm. Body text runs from bodyTop to bodyBottom between
// the margins; the header and the footer sit outside that band.
const (
	pageW      = 210.0
	pageH      = 297.0
	marginX    = 20.0
	bodyTop    = 28.0
	bodyBottom = 272.0
	bodyHeight = bodyBottom - bodyTop
)

// Furniture sizes in points.
const (
	markingSize = 9.0
	headerSize  = 8.5
)

// pagesAlias stands for the number of pages until fpdf knows it. It is
// made of control characters that clean never lets through, so no text of
// a document can contain it, and fpdf finds it in the page both as UTF-8
// and as the UTF-16 its UTF-8 fonts write.
const pagesAlias = "\x01np\x01"

// header draws the page's top: the draft watermark first, so that text
// lies over it, then the marking, the case reference and title, and a
// rule.
func (d *doc) header() {
	pdf := d.pdf
	if d.next != nil {
		d.m, d.next = *d.next, nil
	}
	if d.m.Draft != "" {
		d.watermark()
	}
	pdf.SetTextColor(0, 0, 0)
	// A draft says so in words too, top right: the watermark is a
	// picture, which text search and screen readers do not see.
	room := pageW - 2*marginX
	if d.m.Draft != "" {
		draft := d.fit(d.m.Draft, bold, markingSize, room/3)
		w := width(bold, markingSize, draft)
		d.setFont(bold, markingSize)
		pdf.Text(pageW-marginX-w, 12, draft)
		room -= 2 * (w + 4)
	}
	if d.m.Marking != "" {
		s := d.fit(d.m.Marking, bold, markingSize, room)
		d.setFont(bold, markingSize)
		pdf.Text((pageW-width(bold, markingSize, s))/2, 12, s)
	}
	pdf.SetTextColor(60, 60, 60)
	ref := d.fit(d.m.CaseRef, regular, headerSize, pageW-2*marginX)
	refW := width(regular, headerSize, ref)
	if ref != "" {
		d.setFont(regular, headerSize)
		pdf.Text(marginX, 19, ref)
	}
	if title := d.fit(d.m.Title, regular, headerSize, pageW-2*marginX-refW-8); title != "" {
		d.setFont(regular, headerSize)
		pdf.Text(pageW-marginX-width(regular, headerSize, title), 19, title)
	}
	pdf.SetDrawColor(150, 150, 150)
	pdf.SetLineWidth(0.3)
	pdf.Line(marginX, 21.5, pageW-marginX, 21.5)
	d.fontSet = false
}

// footer draws the page's foot: a rule, the banner, and on the last line
// the page number on the left and the marking in the middle. The page
// number is left-aligned because the number of pages is filled in after
// the page is drawn, and its width is not known yet. On the last page
// the number of pages is known and printed as it is, which also puts its
// digits into the embedded font subset.
func (d *doc) footer(last bool) {
	pdf := d.pdf
	d.closeSpan()
	pdf.SetDrawColor(150, 150, 150)
	pdf.SetLineWidth(0.3)
	pdf.Line(marginX, 276, pageW-marginX, 276)
	pdf.SetTextColor(0, 0, 0)
	if d.m.Banner != "" {
		d.centred(280.5, bold, headerSize, d.m.Banner)
	}
	if d.m.Marking != "" {
		d.centred(288, bold, markingSize, d.m.Marking)
	}
	if d.m.PageOf != "" {
		pages := pagesAlias
		if last {
			pages = strconv.Itoa(pdf.PageNo())
		}
		s := strings.NewReplacer("{page}", strconv.Itoa(pdf.PageNo()), "{pages}", pages).Replace(d.m.PageOf)
		pdf.SetTextColor(60, 60, 60)
		d.setFont(regular, headerSize)
		pdf.Text(marginX, 288, s)
	}
	d.fontSet = false
}

// centred draws one line of text centred on the page at baseline y,
// shortened to fit between the margins.
func (d *doc) centred(y float64, st style, size float64, s string) {
	s = d.fit(s, st, size, pageW-2*marginX)
	d.setFont(st, size)
	d.pdf.Text((pageW-width(st, size, s))/2, y, s)
}

// fit returns s, or as much of it as fits in w followed by an ellipsis.
func (d *doc) fit(s string, st style, size, w float64) string {
	if width(st, size, s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && width(st, size, string(r)+"…") > w {
		r = r[:len(r)-1]
	}
	if len(r) == 0 {
		return ""
	}
	return string(r) + "…"
}

// newPage ends the page and starts the next: quote bars are drawn down to
// the foot of the old page and start again at the top of the new one.
func (d *doc) newPage() {
	for _, q := range d.quotes {
		q.draw(d, d.y)
	}
	d.pdf.AddPage()
	d.openSpan()
	d.fontSet = false
	d.y, d.gap, d.fresh = bodyTop, 0, true
	for _, q := range d.quotes {
		q.top = bodyTop
	}
}

// need makes room for h mm of content: it adds the pending space, or
// starts a new page when h would not fit. On a fresh page there is no
// space to add, and content taller than a page is drawn anyway (the
// callers split what can be split).
func (d *doc) need(h float64) {
	if !d.fresh && d.y+d.gap+h > bodyBottom+0.01 {
		d.newPage()
	}
	if !d.fresh {
		d.y += d.gap
	}
	d.gap, d.fresh = 0, false
}

// space asks for at least h mm of space before whatever comes next.
// Spaces do not add up (the larger wins), and a new page drops them.
func (d *doc) space(h float64) { d.gap = max(d.gap, h) }

// room returns the height left on the page below the pending space.
func (d *doc) room() float64 {
	if d.fresh {
		return bodyBottom - d.y
	}
	return bodyBottom - d.y - d.gap
}
