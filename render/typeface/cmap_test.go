package typeface

import (
	"testing"

	"golang.org/x/image/font/sfnt"
)

// TestMappedRunesHoldEveryGlyph asks each embedded style for the glyph of
// every BMP code point, as the fonts were read before MappedRunes: every
// character with a glyph must be among MappedRunes, or the documents would
// lose it.
func TestMappedRunesHoldEveryGlyph(t *testing.T) {
	for name, ttf := range map[string][]byte{"Regular": Regular, "Bold": Bold, "Italic": Italic, "BoldItalic": BoldItalic} {
		f, err := sfnt.Parse(ttf)
		if err != nil {
			t.Fatal(err)
		}
		runes, err := MappedRunes(ttf)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		mapped := make(map[rune]bool, len(runes))
		for _, r := range runes {
			mapped[r] = true
		}
		if len(runes) > 10000 {
			t.Errorf("%s: %d mapped runes; the subsets hold a few thousand", name, len(runes))
		}
		var buf sfnt.Buffer
		glyphs := 0
		for r := rune(0); r < 0x10000; r++ {
			g, err := f.GlyphIndex(&buf, r)
			if err != nil || g == 0 {
				continue
			}
			glyphs++
			if !mapped[r] {
				t.Errorf("%s: U+%04X has a glyph but is not among MappedRunes", name, r)
			}
		}
		if glyphs < 1000 {
			t.Errorf("%s: %d glyphs found; the subsets hold well over a thousand", name, glyphs)
		}
	}
}

// TestMappedRunesRefuseWhatIsNoFont gives MappedRunes bytes that are not a
// TrueType font, or one cut short: an error, never a panic.
func TestMappedRunesRefuseWhatIsNoFont(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("not a font at all"), Regular[:12], Regular[:300], Regular[:len(Regular)/2]} {
		if _, err := MappedRunes(b); err == nil && len(b) < 300 {
			t.Errorf("MappedRunes of %d bytes: no error", len(b))
		}
	}
}
