package render

import (
	"bytes"
	"encoding/base64"
	"strings"

	"codeberg.org/go-pdf/fpdf"
	"github.com/yuin/goldmark/ast"
)

// An image block is a picture from a file the document is given with
// (Meta.Images), such as a photo of a helper, a picture-board symbol or a
// child's drawing, with the words that say what it shows:
//
//	```image
//	file: leo-football.png
//	alt: Leo at football training
//	```
//
// It is drawn at most imageMaxW wide and imageMaxH high, keeping its shape,
// with the alt text under it; a file the document is not given prints
// only the alt text, in brackets. In Markdown it reads as the two lines.
type image struct {
	ast.BaseBlock
	file, alt string
}

var kindImage = ast.NewNodeKind("Image")

func (p *image) Kind() ast.NodeKind         { return kindImage }
func (p *image) Dump(src []byte, level int) { ast.DumpHelper(p, src, level, nil, nil) }
func (p *image) BlockName() string          { return "image" }

// The largest an image is drawn, in mm.
const (
	imageMaxW = 70.0
	imageMaxH = 55.0
)

// parseImage makes an image block's node from its file: and alt: lines.
func parseImage(b fence) (picture, error) {
	p := &image{}
	for _, l := range b.lines {
		if strings.TrimSpace(l.text) == "" {
			continue
		}
		k, v, ok := keyValue(l.text)
		switch {
		case !ok:
			return nil, b.errorf(l.off, l.text, "want \"key: value\", got %q", l.text)
		case k == "file":
			p.file = v
		case k == "alt":
			p.alt = v
		default:
			return nil, b.errorf(l.off, k, "unknown key %q (want file or alt)", k)
		}
	}
	if p.file == "" {
		return nil, b.errorf(b.firstOff(), "image", "an image block needs file:")
	}
	return p, nil
}

// info registers the image with the document once and returns it, or nil
// when the document has no such file or fpdf cannot read it.
func (p *image) info(d *doc) *fpdf.ImageInfoType {
	data, ok := d.m.Images[p.file]
	if !ok {
		return nil
	}
	if info := d.pdf.GetImageInfo(p.file); info != nil {
		return info
	}
	info := d.pdf.RegisterImageOptionsReader(p.file, fpdf.ImageOptions{ImageType: imageType(data)}, bytes.NewReader(data))
	if d.pdf.Err() {
		d.pdf.ClearError()
		return nil
	}
	return info
}

// size returns the drawn width and height of the image, 0 when there is
// none.
func (p *image) size(d *doc) (w, h float64) {
	info := p.info(d)
	if info == nil || info.Width() <= 0 || info.Height() <= 0 {
		return 0, 0
	}
	w, h = imageMaxW, imageMaxW*info.Height()/info.Width()
	if h > imageMaxH {
		w, h = imageMaxH*info.Width()/info.Height(), imageMaxH
	}
	return w, h
}

func (p *image) caption(d *doc, missing bool) []line {
	alt := clean(p.alt)
	if missing {
		alt = "[" + alt + "]"
	}
	return wrap([]run{{text: alt, st: italic, size: d.th.body}}, d.right-d.left)
}

func (p *image) height(d *doc) float64 {
	_, h := p.size(d)
	return h + 2 + float64(len(p.caption(d, h == 0)))*d.th.lineHeight(d.th.body)
}

func (p *image) draw(d *doc) {
	w, h := p.size(d)
	d.space(d.th.paraGap)
	d.need(p.height(d))
	if h > 0 {
		d.pdf.ImageOptions(p.file, d.left, d.y, w, h, false, fpdf.ImageOptions{}, 0, "")
		d.y += h + 2
	}
	d.flow(p.caption(d, h == 0), d.th.body, alignLeft)
	d.space(d.th.paraGap)
}

// imageType is fpdf's name for the type of an image file: JPG for JPEG,
// PNG otherwise.
func imageType(data []byte) string {
	if bytes.HasPrefix(data, []byte{0xff, 0xd8}) {
		return "JPG"
	}
	return "PNG"
}

// markdown is the picture as a Markdown image: its alt text and file.
func (p *image) markdown() string {
	return "![" + mdEscape(p.alt) + "](<" + strings.ReplaceAll(p.file, ">", "%3E") + ">)"
}

// html is the picture as an img whose source is the file's bytes (a data
// URI: the page fetches nothing), with its alt text, and the alt text
// under it as the PDF prints it; a file the document is not given is the
// alt text in brackets.
func (p *image) html(m *Meta) string {
	data, ok := m.Images[p.file]
	if !ok {
		return "<p>[" + attr(p.alt) + "]</p>\n"
	}
	mime := "image/png"
	if imageType(data) == "JPG" {
		mime = "image/jpeg"
	}
	return "<figure class=\"image\"><img src=\"data:" + mime + ";base64," + base64.StdEncoding.EncodeToString(data) + "\" alt=\"" + attr(p.alt) + "\"><figcaption aria-hidden=\"true\">" + attr(p.alt) + "</figcaption></figure>\n"
}
