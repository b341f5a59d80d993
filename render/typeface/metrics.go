package typeface

import (
	"fmt"
	"math"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Metrics is one style of the typeface, read once per process: its bytes,
// the parsed font (for glyph outlines; safe for concurrent use) and the
// advance width of each BMP character.
type Metrics struct {
	TTF  []byte
	Font *sfnt.Font
	// Widths holds each BMP character's advance in thousandths of an em,
	// rounded as fpdf rounds them, so that a width measured with it is the
	// width fpdf draws; 0 means the font has no glyph, ZeroWidth a glyph
	// that does not advance. Control characters have none, whatever the
	// font's cmap says.
	Widths []uint16
}

// ZeroWidth marks a glyph with no advance, as fpdf marks it.
const ZeroWidth = 0xffff

// Styles returns the four styles, Regular, Bold, Italic and BoldItalic in
// that order, read the first time they are asked for.
var Styles = sync.OnceValues(func() ([4]Metrics, error) {
	var out [4]Metrics
	for i, ttf := range [4][]byte{Regular, Bold, Italic, BoldItalic} {
		m, err := readMetrics(ttf)
		if err != nil {
			return out, fmt.Errorf("typeface: style %d: %w", i, err)
		}
		out[i] = m
	}
	return out, nil
})

// readMetrics parses a font and measures the characters its cmap maps.
func readMetrics(ttf []byte) (Metrics, error) {
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return Metrics{}, err
	}
	runes, err := MappedRunes(ttf)
	if err != nil {
		return Metrics{}, err
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
			return Metrics{}, err
		}
		w := int(math.Round(1000 * float64(adv>>6) / float64(upem))) // as fpdf rounds
		if w == 0 {
			w = ZeroWidth // the glyph exists but does not advance
		}
		widths[r] = uint16(w)
	}
	return Metrics{TTF: ttf, Font: f, Widths: widths}, nil
}
