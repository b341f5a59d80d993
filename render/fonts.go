package render

import (
	"sync"

	"coregroup/render/typeface"
)

// style is one of the four styles of the typeface (Andika, see package
// typeface) a document is drawn with. Code is set in the regular style on
// a grey ground: a typeface for programmers has no place in a family's
// plan.
type style uint8

const (
	regular style = iota
	bold
	italic
	boldItalic
	numStyles
)

// with returns the style with bold and italic added as asked.
func (s style) with(b, i bool) style {
	b = b || s == bold || s == boldItalic
	i = i || s == italic || s == boldItalic
	switch {
	case b && i:
		return boldItalic
	case b:
		return bold
	case i:
		return italic
	}
	return regular
}

// face is one style of the typeface as a document draws with it: the
// fpdf family and style it is registered under, and its font bytes,
// outlines and advance widths (typeface.Metrics).
type face struct {
	family, fpdfStyle string
	typeface.Metrics
}

var (
	facesOnce sync.Once
	faces     [numStyles]face
	facesErr  error
)

// loadFaces gives each style its fpdf name, once per process; typeface
// reads the fonts, and the fpdf patch keeps what it parses of them
// between documents.
func loadFaces() error {
	facesOnce.Do(func() {
		styles, err := typeface.Styles()
		if err != nil {
			facesErr = err
			return
		}
		names := [numStyles]string{regular: "", bold: "B", italic: "I", boldItalic: "BI"}
		for s := range numStyles {
			faces[s] = face{family: family, fpdfStyle: names[s], Metrics: styles[s]}
		}
	})
	return facesErr
}

// hasGlyph reports whether every style has a glyph for r.
func hasGlyph(r rune) bool { return typeface.Covers(r) }

// family is the name the fonts are embedded under, which PDF readers and
// pdffonts show.
const family = typeface.Name

// width returns the width in mm of s in style st at size pt. Every
// character of s must have a glyph (clean makes sure of that).
func width(st style, size float64, s string) float64 {
	w := faces[st].Widths
	n := 0
	for _, r := range s {
		if r < 0x10000 && w[r] != typeface.ZeroWidth {
			n += int(w[r])
		}
	}
	return float64(n) * (size / scaleMM) / 1000 // as fpdf computes it
}

// scaleMM is fpdf's scale factor for mm: points per mm.
const scaleMM = 72.0 / 25.4

// ptToMM converts points to millimetres.
const ptToMM = 25.4 / 72
