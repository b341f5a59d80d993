package render

import (
	"errors"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

func TestMissingGlyphIsAnError(t *testing.T) {
	tests := []struct {
		name  string
		md    string
		meta  func(*Meta)
		want  []GlyphError
		wants string
	}{
		{"cjk", "# Plan\n\nThe cat is called 猫.", nil,
			[]GlyphError{{Rune: '猫', Line: 3}}, "line 3: no glyph for U+732B '猫' in the Go fonts"},
		{"emoji", "Happy 🙂 face\n\n| a |\n|---|\n| 🙂 ✓ |", nil,
			[]GlyphError{{Rune: '🙂', Line: 1}, {Rune: '✓', Line: 5}}, "U+1F642"},
		{"in a named block", "```scale\nscore: 3\nlow: 😟\n```", nil,
			[]GlyphError{{Rune: '😟', Line: 3}}, "line 3"},
		{"in code", "```\nfine\n\t猫\n```", nil, []GlyphError{{Rune: '猫', Line: 3}}, "line 3"},
		{"in the title", "x", func(m *Meta) { m.Title = "Plan 🙂" },
			[]GlyphError{{Rune: '🙂', Field: "title"}}, "title: no glyph for U+1F642"},
		{"a control character", "bell\x07", nil, []GlyphError{{Rune: 7, Line: 1}}, "U+0007"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := testMeta()
			if tc.meta != nil {
				tc.meta(&m)
			}
			_, err := PDF([]byte(tc.md), m)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tc.wants) {
				t.Errorf("error %q lacks %q", err, tc.wants)
			}
			var got []GlyphError
			for _, e := range unwrapAll(err) {
				var g *GlyphError
				if errors.As(e, &g) {
					got = append(got, *g)
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("got %+v, want %+v", got[i], tc.want[i])
				}
			}
		})
	}
}

// unwrapAll returns the errors joined in err, or err itself.
func unwrapAll(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func TestCleanText(t *testing.T) {
	if err := loadFaces(); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"w\u0302 y\u0302 a\u0302", "ŵ ŷ â"},         // NFC
		{"soft\u00adhyphen", "softhyphen"},           // invisible, dropped
		{"zero\u200bwidth\u200d\ufeff", "zerowidth"}, // invisible, dropped
		{"non\u2011breaking", "non-breaking"},        // the fonts lack U+2011
		{"10\u202f000", "10\u00a0000"},               // narrow no-break space
		{"tab\there", "tab here"},
		{"nul\x00", "nul\ufffd"},
		{"keep\u00a0nbsp – “quotes” …", "keep\u00a0nbsp – “quotes” …"},
	}
	for _, tc := range tests {
		var c cleaner
		if got := c.clean(tc.in, 1, ""); got != tc.want || c.errs != nil {
			t.Errorf("clean(%q) = %q, %v; want %q", tc.in, got, c.errs, tc.want)
		}
	}
}

// TestWidthsAreFpdfWidths checks that the widths layout measures are the
// widths fpdf draws, for every character of every font.
func TestWidthsAreFpdfWidths(t *testing.T) {
	if err := loadFaces(); err != nil {
		t.Fatal(err)
	}
	pdf := fpdf.New("P", "mm", "A4", "")
	for st := range numStyles {
		f := faces[st]
		pdf.AddUTF8FontFromBytes(f.family, f.fpdfStyle, f.ttf)
		pdf.SetFont(f.family, f.fpdfStyle, 10)
		n := 0
		for r := rune(0); r < 0x10000; r++ {
			if f.widths[r] == 0 {
				continue
			}
			n++
			s := string(r)
			if got, want := width(st, 10, s), pdf.GetStringWidth(s); got != want {
				t.Errorf("style %d: %U is %v mm wide, fpdf says %v", st, r, got, want)
			}
		}
		if n < 600 {
			t.Errorf("style %d covers only %d characters", st, n)
		}
	}
	if err := pdf.Error(); err != nil {
		t.Fatal(err)
	}
}
