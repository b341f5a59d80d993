package typeface

import (
	"slices"
	"testing"
)

func TestPrintable(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Ella walks to school", "Ella walks to school"},
		{"Welsh", "Dŵr, tŷ, ẃ, ỳ, Ŵ", "Dŵr, tŷ, ẃ, ỳ, Ŵ"},
		{"combining circumflex", "w\u0302", "ŵ"},
		{"a check mark", "done ✓", "done ✓"},
		{"emoji", "Happy 🙂!", "Happy [slightly smiling face]!"},
		{"emoji with a skin tone and a selector", "👍🏽 ☺️", "[thumbs up sign] [white smiling face]"},
		{"a star", "★ star", "[black star] star"},
		{"an Arabic name", "Amira (أميرة) Khan", "Amira ([Arabic]) Khan"},
		{"two Arabic words", "أميرة خان", "[Arabic] [Arabic]"},
		{"a right-to-left override", "Sam\u202e nodlog", "Sam nodlog"},
		{"zero-width", "zero\u200bwidth\u200d\ufeff", "zerowidth"},
		{"CJK", "猫", "[Han]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Printable(tc.in); got != tc.want {
				t.Errorf("Printable(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestFaults(t *testing.T) {
	got := Faults("Hi 🙂🙂 Sam\u202e ✓ أ, Dŵr\u00ad")
	want := []Fault{{Rune: '🙂'}, {Rune: '\u202e', Invisible: true}, {Rune: 'أ'}}
	if !slices.Equal(got, want) {
		t.Errorf("Faults = %+v, want %+v", got, want)
	}
	if f := Faults("Ella, Dŵr, 2026 – “yes”, £5, €5"); f != nil {
		t.Errorf("a plain English and Welsh text has faults: %+v", f)
	}
}

func TestCoversWhatEnglishAndWelshNeed(t *testing.T) {
	for _, r := range "azAZ09âêîôûŵŷÂÊÎÔÛŴŶàèìòùẁỳäëïöüẅÿáéíóúẃý‘’“”–—…•£€½✓→\u00a0" {
		if !Covers(r) {
			t.Errorf("no glyph for %q %U", r, r)
		}
	}
	for _, r := range "\x00\t\n\u0085🙂أ猫★" {
		if Covers(r) {
			t.Errorf("Covers(%U) = true", r)
		}
	}
}

// TestFaultsASCII: a text of ASCII alone, which Faults answers without
// normalising it, has a fault only for a character the typeface lacks,
// such as DEL; control characters are none.
func TestFaultsASCII(t *testing.T) {
	for c := rune(0); c < 0x80; c++ {
		got := Faults("Sam " + string(c) + " Ward")
		var want []Fault
		if c >= 0x20 && !Covers(c) {
			want = []Fault{{Rune: c}}
		}
		if !slices.Equal(got, want) {
			t.Errorf("Faults(%U) = %+v, want %+v", c, got, want)
		}
	}
	if f := Faults("Sam \x7f Ward"); len(f) != 1 {
		t.Errorf("DEL is no fault: %+v", f)
	}
}
