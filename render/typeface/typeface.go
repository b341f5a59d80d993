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

// loadCover works out Covers from the styles' widths, in which 0 means no
// glyph.
func loadCover() {
	styles, err := Styles()
	if err != nil {
		panic(fmt.Sprintf("typeface: embedded font: %v", err)) // the embedded bytes are fixed
	}
	c := make([]bool, 0x10000)
	for r := range c {
		c[r] = true
		for _, st := range styles {
			c[r] = c[r] && st.Widths[r] != 0
		}
	}
	cover = c
}
