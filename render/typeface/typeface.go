// Package typeface holds the typeface coregroup's documents are set in:
// SIL's Andika, a sans serif designed for beginning readers, with plain
// letter shapes (a single-storey a, a zero without a slash, an l with a
// tail) and wide Latin coverage. The four styles are subsets made once,
// at development time, by subset.sh, and embedded here with their licence
// (OFL.txt, the SIL Open Font License 1.1).
//
// Covers and StandIn say what the documents can print; render draws with
// the fonts, and the checker warns of the texts a document cannot print
// as written.
package typeface

import (
	_ "embed"
	"fmt"
	"sync"

	"golang.org/x/image/font/sfnt"
)

// The four styles, as subset.sh makes them.
var (
	//go:embed Reading-Regular.ttf
	Regular []byte
	//go:embed Reading-Bold.ttf
	Bold []byte
	//go:embed Reading-Italic.ttf
	Italic []byte
	//go:embed Reading-BoldItalic.ttf
	BoldItalic []byte
	// Licence is the SIL Open Font License of the fonts.
	//go:embed OFL.txt
	Licence string
)

// Name is the typeface's name, as documents give it.
const Name = "Andika"

var (
	coverOnce sync.Once
	cover     []bool // cover[r]: every style has a glyph for BMP rune r
)

// Covers reports whether every style has a glyph for r. Control
// characters have none, whatever a font's cmap says.
func Covers(r rune) bool {
	coverOnce.Do(loadCover)
	return r >= 0 && int(r) < len(cover) && cover[r]
}

func loadCover() {
	c := make([]bool, 0x10000)
	fonts := [][]byte{Regular, Bold, Italic, BoldItalic}
	runes, err := MappedRunes(fonts[0])
	if err != nil {
		panic(fmt.Sprintf("typeface: embedded font: %v", err)) // the embedded bytes are fixed
	}
	for _, r := range runes {
		c[r] = r >= 0x20 && (r < 0x7f || r >= 0xa0)
	}
	for _, ttf := range fonts {
		f, err := sfnt.Parse(ttf)
		if err != nil {
			panic(fmt.Sprintf("typeface: embedded font: %v", err))
		}
		var buf sfnt.Buffer
		for _, r := range runes {
			if c[r] {
				g, err := f.GlyphIndex(&buf, r)
				c[r] = err == nil && g != 0
			}
		}
	}
	cover = c
}
