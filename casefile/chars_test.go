package casefile

import (
	"testing"
	"unicode"
)

// TestBadRune: the first control character other than a tab or a line
// feed, whether it comes before, among or after letters outside ASCII.
func TestBadRune(t *testing.T) {
	first := func(s string) (rune, bool) {
		for _, r := range s {
			if unicode.IsControl(r) && r != '\t' && r != '\n' {
				return r, true
			}
		}
		return 0, false
	}
	for r := rune(0); r < 0x250; r++ {
		for _, s := range []string{string(r), "Dŵr " + string(r), string(r) + " Dŵr", "tŷ" + string(r) + "\x01", "ab" + string(r) + "\u0085"} {
			got, bad := badRune(s)
			if want, wantBad := first(s); got != want || bad != wantBad {
				t.Errorf("badRune(%q) = %U, %v; want %U, %v", s, got, bad, want, wantBad)
			}
		}
	}
}

// TestNormalise: line breaks become line feeds and text NFC, whether the
// value is plain ASCII or not.
func TestNormalise(t *testing.T) {
	for in, want := range map[string]string{
		"plain":           "plain",
		"a\r\nb\rc":       "a\nb\nc",
		"a\u2028b\u0085c": "a\nb\nc",
		"w\u0302":         "ŵ",
		"Dŵr\r\n":         "Dŵr\n",
		"tab\tand\nfeed":  "tab\tand\nfeed",
	} {
		if got := normalise(in); got != want {
			t.Errorf("normalise(%q) = %q, want %q", in, got, want)
		}
	}
}
