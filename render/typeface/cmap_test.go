package typeface

import (
	"encoding/binary"
	"slices"
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

// fontWithSegments makes the smallest TrueType file MappedRunes reads: a
// table directory holding one cmap, whose format 4 subtable (3, 1) has
// the segments given, each [start, end].
func fontWithSegments(segs [][2]uint16) []byte {
	be := binary.BigEndian
	n := len(segs)
	sub := make([]byte, 14+8*n+2)
	be.PutUint16(sub[0:], 4)
	be.PutUint16(sub[2:], uint16(len(sub)))
	be.PutUint16(sub[6:], uint16(2*n))
	for i, s := range segs {
		be.PutUint16(sub[14+2*i:], s[1])       // endCode
		be.PutUint16(sub[14+2*n+2+2*i:], s[0]) // startCode
	}
	cmap := make([]byte, 4+8, 4+8+len(sub))
	be.PutUint16(cmap[2:], 1)
	be.PutUint16(cmap[4:], 3)
	be.PutUint16(cmap[6:], 1)
	be.PutUint32(cmap[8:], 12)
	cmap = append(cmap, sub...)
	ttf := make([]byte, 12+16, 28+len(cmap))
	be.PutUint32(ttf[0:], 0x00010000)
	be.PutUint16(ttf[4:], 1)
	copy(ttf[12:], "cmap")
	be.PutUint32(ttf[20:], 28)
	be.PutUint32(ttf[24:], uint32(len(cmap)))
	return append(ttf, cmap...)
}

// TestMappedRunesReadsSegmentsInOrder: the runes of well-ordered segments,
// the last (0xFFFF) left out; segments out of order or overlapping, which
// could ask for billions of runes, are an error.
func TestMappedRunesReadsSegmentsInOrder(t *testing.T) {
	got, err := MappedRunes(fontWithSegments([][2]uint16{{0x41, 0x43}, {0x0175, 0x0175}, {0xffff, 0xffff}}))
	if err != nil {
		t.Fatal(err)
	}
	if want := []rune{'A', 'B', 'C', 'ŵ'}; !slices.Equal(got, want) {
		t.Errorf("runes %q, want %q", got, want)
	}
	for _, segs := range [][][2]uint16{
		{{0x50, 0x40}},
		{{0x41, 0x60}, {0x50, 0x70}},
		{{0, 0xfffe}, {0, 0xfffe}, {0, 0xfffe}},
	} {
		if runes, err := MappedRunes(fontWithSegments(segs)); err == nil {
			t.Errorf("segments %v: %d runes, no error", segs, len(runes))
		}
	}
}

// TestCoversIsEveryStyleHavingAGlyph: Covers, worked out from the styles'
// widths, answers what asking every style for every BMP code point does.
func TestCoversIsEveryStyleHavingAGlyph(t *testing.T) {
	var fonts []*sfnt.Font
	for _, ttf := range [][]byte{Regular, Bold, Italic, BoldItalic} {
		f, err := sfnt.Parse(ttf)
		if err != nil {
			t.Fatal(err)
		}
		fonts = append(fonts, f)
	}
	var buf sfnt.Buffer
	for r := rune(0); r < 0x10000; r++ {
		want := r >= 0x20 && (r < 0x7f || r >= 0xa0)
		for _, f := range fonts {
			if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 {
				want = false
			}
		}
		if Covers(r) != want {
			t.Errorf("Covers(%U) = %v, the fonts say %v", r, !want, want)
		}
	}
}
