package render

import (
	"fmt"
	"math"
	"sync"

	"coregroup/render/typeface"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
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

// face is one parsed font: its bytes for fpdf, the fpdf family and style
// it is registered under, and its advance widths.
type face struct {
	family, fpdfStyle string
	ttf               []byte
	font              *sfnt.Font // for glyph outlines; safe for concurrent use
	// widths holds each BMP character's advance in thousandths of an em,
	// rounded as fpdf rounds them, so that a width measured here is the
	// width fpdf draws; 0 means the font has no glyph, zeroWidth a glyph
	// that does not advance.
	widths []uint16
}

var (
	facesOnce sync.Once
	faces     [numStyles]face
	facesErr  error
)

// loadFaces parses the fonts once per process. fpdf parses the bytes
// again for each document it embeds them in: it keeps no fonts between
// documents.
func loadFaces() error {
	facesOnce.Do(func() {
		src := [numStyles]struct {
			family, style string
			ttf           []byte
		}{
			regular:    {family, "", typeface.Regular},
			bold:       {family, "B", typeface.Bold},
			italic:     {family, "I", typeface.Italic},
			boldItalic: {family, "BI", typeface.BoldItalic},
		}
		for s, f := range src {
			font, err := sfnt.Parse(f.ttf)
			if err != nil {
				facesErr = fmt.Errorf("font %d: %w", s, err)
				return
			}
			w, err := advanceWidths(font, f.ttf)
			if err != nil {
				facesErr = fmt.Errorf("font %d: %w", s, err)
				return
			}
			faces[s] = face{family: f.family, fpdfStyle: f.style, ttf: f.ttf, font: font, widths: w}
		}
	})
	return facesErr
}

// advanceWidths returns the advance of every BMP character the font (f,
// parsed from ttf) has a glyph for, in thousandths of an em. Control
// characters count as having none, whatever the font's cmap says.
func advanceWidths(f *sfnt.Font, ttf []byte) ([]uint16, error) {
	runes, err := typeface.MappedRunes(ttf)
	if err != nil {
		return nil, err
	}
	var buf sfnt.Buffer
	upem := f.UnitsPerEm()
	ppem := fixed.Int26_6(upem) << 6 // one unit per font unit
	widths := make([]uint16, 0x10000)
	for _, r := range runes {
		if r < 0x20 || r >= 0x7f && r < 0xa0 {
			continue
		}
		g, err := f.GlyphIndex(&buf, r)
		if err != nil || g == 0 {
			continue
		}
		adv, err := f.GlyphAdvance(&buf, g, ppem, font.HintingNone)
		if err != nil {
			return nil, err
		}
		w := int(math.Round(1000 * float64(adv>>6) / float64(upem))) // as fpdf rounds
		if w == 0 {
			w = zeroWidth // the glyph exists but does not advance
		}
		widths[r] = uint16(w)
	}
	return widths, nil
}

// zeroWidth marks a glyph with no advance, as fpdf marks it.
const zeroWidth = 0xffff

// hasGlyph reports whether every style has a glyph for r.
func hasGlyph(r rune) bool { return typeface.Covers(r) }

// family is the name the fonts are embedded under, which PDF readers and
// pdffonts show.
const family = typeface.Name

// width returns the width in mm of s in style st at size pt. Every
// character of s must have a glyph (clean makes sure of that).
func width(st style, size float64, s string) float64 {
	w := faces[st].widths
	n := 0
	for _, r := range s {
		if r < 0x10000 && w[r] != zeroWidth {
			n += int(w[r])
		}
	}
	return float64(n) * (size / scaleMM) / 1000 // as fpdf computes it
}

// scaleMM is fpdf's scale factor for mm: points per mm.
const scaleMM = 72.0 / 25.4

// ptToMM converts points to millimetres.
const ptToMM = 25.4 / 72
