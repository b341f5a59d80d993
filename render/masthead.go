package render

import (
	"bytes"

	"codeberg.org/go-pdf/fpdf"
)

// logoName is the name the logo is registered under: no image block's
// file name, which is a path.
const logoName = ":logo"

// The logo's largest size on the first page, in mm.
const (
	logoMaxW = 50.0
	logoMaxH = 16.0
)

// masthead draws the top of the first page: the authority's name on the
// left and its logo on the right, when the document has them. A logo fpdf
// cannot read is left out; the caller checks the file.
func (d *doc) masthead() {
	if d.m.Authority == "" && len(d.m.Logo) == 0 {
		return
	}
	h := 0.0
	if info := d.logo(); info != nil && info.Width() > 0 && info.Height() > 0 {
		w, lh := logoMaxH*info.Width()/info.Height(), logoMaxH
		if w > logoMaxW {
			w, lh = logoMaxW, logoMaxW*info.Height()/info.Width()
		}
		d.pdf.ImageOptions(logoName, d.right-w, d.y, w, lh, false, fpdf.ImageOptions{}, 0, "")
		h = lh
	}
	if d.m.Authority != "" {
		size := d.th.body
		lines := wrap([]run{{text: d.m.Authority, st: bold, size: size}}, (d.right-d.left)*0.6)
		lh := d.th.lineHeight(size)
		for i, l := range lines {
			d.drawLine(l, d.left, d.y+float64(i)*lh, lh, size)
		}
		h = max(h, float64(len(lines))*lh)
	}
	d.y += h
	d.fresh = false
	d.space(d.th.paraGap * 1.5)
}

// logo registers the logo once and returns it, or nil.
func (d *doc) logo() *fpdf.ImageInfoType {
	if len(d.m.Logo) == 0 {
		return nil
	}
	info := d.pdf.RegisterImageOptionsReader(logoName, fpdf.ImageOptions{ImageType: imageType(d.m.Logo)}, bytes.NewReader(d.m.Logo))
	if d.pdf.Err() {
		d.pdf.ClearError()
		return nil
	}
	return info
}
