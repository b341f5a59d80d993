package render

import (
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

// TestNoDocumentIsRefusedForACharacter draws characters the typeface
// lacks and invisible ones, and reads back what the page shows instead.
func TestNoDocumentIsRefusedForACharacter(t *testing.T) {
	tests := []struct {
		name      string
		md        string
		meta      func(*Meta)
		want, not []string
	}{
		{"cjk", "# Plan\n\nThe cat is called 猫.", nil, []string{"called [Han]."}, []string{"猫"}},
		{"emoji and a check mark", "Happy 🙂 face\n\n| a |\n|---|\n| 🙂 ✓ |", nil,
			[]string{"Happy [slightly smiling face] face", "✓"}, []string{"🙂"}},
		{"in a named block", "```scale\nscore: 3\nlow: 😟\n```", nil, []string{"[worried face]"}, nil},
		{"in code", "```\nfine\n\t猫\n```", nil, []string{"[Han]"}, nil},
		{"an Arabic name and an override", "Amira (أميرة) sees Sam\u202e Jones.", nil,
			[]string{"Amira ([Arabic]) sees Sam Jones."}, []string{"\u202e"}},
		{"in the title", "x", func(m *Meta) { m.Title = "Plan 🙂" }, []string{"Plan [slightly smiling face]"}, nil},
		{"a control character", "bell\x07", nil, []string{"bell\ufffd"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := testMeta()
			if tc.meta != nil {
				tc.meta(&m)
			}
			text := pageText(t, save(t, mustPDF(t, tc.md, m)), 0)
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("the page lacks %q:\n%s", w, text)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(text, w) {
					t.Errorf("the page shows %q:\n%s", w, text)
				}
			}
		})
	}
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
		{"non\u2011breaking", "non-breaking"},        // lines break at ASCII hyphens
		{"10\u202f000", "10\u00a0000"},               // narrow no-break space
		{"tab\there", "tab here"},
		{"nul\x00", "nul\ufffd"},
		{"keep\u00a0nbsp – “quotes” …", "keep\u00a0nbsp – “quotes” …"},
	}
	for _, tc := range tests {
		if got := clean(tc.in); got != tc.want {
			t.Errorf("clean(%q) = %q, want %q", tc.in, got, tc.want)
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
		pdf.AddUTF8FontFromBytes(f.family, f.fpdfStyle, f.TTF)
		pdf.SetFont(f.family, f.fpdfStyle, 10)
		n := 0
		for r := rune(0); r < 0x10000; r++ {
			if f.Widths[r] == 0 {
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
