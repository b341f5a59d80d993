package render

import (
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// watermark draws Meta.Draft large, light and diagonal across the page,
// under the page's content. It is drawn as the outlines of its letters,
// not as text: diagonal text comes out of text extraction as letters
// scattered through the page's lines ("DR", "AF"), in the way of anyone
// who copies or searches the page. The header says the same in words.
func (d *doc) watermark() {
	pdf := d.pdf
	size := 110.0
	// Fit the text along the diagonal, with room to spare at the corners.
	if w := width(bold, size, d.m.Draft); w > 230 {
		size *= 230 / w
	}
	w := width(bold, size, d.m.Draft)
	cx, cy := pageW/2, pageH/2
	pdf.TransformBegin()
	pdf.TransformRotate(54.7, cx, cy) // the angle of the diagonal of A4
	pdf.SetFillColor(222, 222, 222)
	d.glyphs(bold, size, cx-w/2, cy+size*ptToMM*0.35, d.m.Draft)
	pdf.TransformEnd()
}

// glyphs fills the outlines of the letters of s in style st at size pt,
// with the baseline starting at (x, y). Letters advance by the widths
// layout uses.
func (d *doc) glyphs(st style, size, x, y float64, s string) {
	pdf := d.pdf
	f := faces[st].Font
	var buf sfnt.Buffer
	upem := float64(f.UnitsPerEm())
	scale := size * ptToMM / upem / 64 // mm per 26.6 font unit
	ppem := fixed.Int26_6(f.UnitsPerEm()) << 6
	drawn := false
	for _, r := range s {
		g, err := f.GlyphIndex(&buf, r)
		if err != nil || g == 0 {
			continue // clean has already refused the character
		}
		segs, err := f.LoadGlyph(&buf, g, ppem, nil)
		if err != nil {
			continue
		}
		// sfnt's y axis points down, as the page's does.
		pt := func(p fixed.Point26_6) (float64, float64) {
			return x + float64(p.X)*scale, y + float64(p.Y)*scale
		}
		var px, py float64 // the current point
		open := false
		for _, seg := range segs {
			switch seg.Op {
			case sfnt.SegmentOpMoveTo:
				if open {
					pdf.ClosePath()
				}
				px, py = pt(seg.Args[0])
				pdf.MoveTo(px, py)
				open = true
			case sfnt.SegmentOpLineTo:
				px, py = pt(seg.Args[0])
				pdf.LineTo(px, py)
			case sfnt.SegmentOpQuadTo:
				// A quadratic Bézier as the cubic it equals.
				qx, qy := pt(seg.Args[0])
				ex, ey := pt(seg.Args[1])
				pdf.CurveBezierCubicTo(px+2*(qx-px)/3, py+2*(qy-py)/3, ex+2*(qx-ex)/3, ey+2*(qy-ey)/3, ex, ey)
				px, py = ex, ey
			case sfnt.SegmentOpCubeTo:
				c1x, c1y := pt(seg.Args[0])
				c2x, c2y := pt(seg.Args[1])
				px, py = pt(seg.Args[2])
				pdf.CurveBezierCubicTo(c1x, c1y, c2x, c2y, px, py)
			}
		}
		if open {
			pdf.ClosePath()
			drawn = true
		}
		x += width(st, size, string(r))
	}
	if drawn {
		pdf.DrawPath("F") // non-zero winding, as TrueType outlines need
	}
}
