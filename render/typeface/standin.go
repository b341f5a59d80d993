package typeface

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/unicode/runenames"
)

// Invisible reports whether r changes how text is ordered or joined but
// prints nothing: a bidirectional control or mark, or a zero-width
// character. Documents drop them from the page (the Markdown keeps them):
// U+202E, say, would otherwise print a name backwards in a reader that
// obeys it and not in one that does not.
func Invisible(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff', '\u061c', '\u180e':
		return true
	}
	return r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069'
}

// silent reports whether r is dropped without a word: a soft hyphen, a
// variation selector, an emoji skin tone or a tag character, each of
// which only modifies the character before it.
func silent(r rune) bool {
	return r == '\u00ad' || r >= '\ufe00' && r <= '\ufe0f' || r >= 0x1f3fb && r <= 0x1f3ff ||
		r >= 0xe0000 && r <= 0xe007f || r >= 0xe0100 && r <= 0xe01ef
}

// Fault is a character of a text that a document cannot print as it is
// written.
type Fault struct {
	Rune rune
	// Invisible is true for a character dropped from the page (see
	// Invisible), false for one printed as a stand-in (see StandIn).
	Invisible bool
}

// Faults returns the characters of s, once each in order, that a
// document cannot print as written. Characters dropped silently (soft
// hyphens, variation selectors, skin tones) are not faults.
func Faults(s string) []Fault {
	if printableASCII(s) {
		return nil
	}
	var out []Fault
	seen := map[rune]bool{}
	for _, r := range norm.NFC.String(s) {
		if seen[r] || r < 0x20 || silent(r) || Covers(r) && !Invisible(r) {
			continue
		}
		seen[r] = true
		out = append(out, Fault{Rune: r, Invisible: Invisible(r)})
	}
	return out
}

// printableASCII reports whether s is ASCII the typeface covers, control
// characters aside: a text with no fault, found without normalising it.
// Most texts are, and the checker asks of every text of every case.
func printableASCII(s string) bool {
	ok := asciiFine()
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || !ok[c] {
			return false
		}
	}
	return true
}

// asciiFine says of each ASCII character whether it is no fault: a
// control character, or one the typeface covers.
var asciiFine = sync.OnceValue(func() *[0x80]bool {
	var ok [0x80]bool
	for c := range ok {
		ok[c] = c < 0x20 || Covers(rune(c))
	}
	return &ok
})

// StandIn returns what a document prints for r, a character the typeface
// has no glyph for: for a letter of a script it lacks, the script's name
// ("[Arabic]"); for anything else, its Unicode name in brackets, in lower
// case ("[slightly smiling face]", "[black star]"); "" for a character
// dropped silently or one with no name. Printable merges the stand-ins of
// a run of letters of one script.
func StandIn(r rune) string {
	if silent(r) || Invisible(r) {
		return ""
	}
	if sc := script(r); sc != "" {
		return "[" + strings.ReplaceAll(sc, "_", " ") + "]"
	}
	name := runenames.Name(r)
	if name == "" || strings.HasPrefix(name, "<") {
		return ""
	}
	return "[" + strings.ToLower(name) + "]"
}

// script returns the name of the script of a letter or combining mark r
// outside Latin, or "".
func script(r rune) string {
	if !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r) {
		return ""
	}
	for name, t := range unicode.Scripts {
		if name != "Common" && name != "Inherited" && name != "Latin" && unicode.Is(t, r) {
			return name
		}
	}
	return ""
}

// Printable returns s as a document prints it: in NFC, without invisible
// characters, and with each character the typeface lacks replaced by its
// stand-in (one for each run of letters of the same script, with the
// marks and spaces-free joiners within it). Characters Covers accepts are
// kept as they are; control characters are the caller's to handle.
func Printable(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	last := "" // the stand-in just written, to merge a run of one script
	for _, r := range s {
		switch {
		case Invisible(r) || silent(r):
			continue
		case Covers(r) || r < 0x20 || r == 0x7f:
			b.WriteRune(r)
			last = ""
		default:
			st := StandIn(r)
			if st == "" {
				st = "[?]"
			}
			if script(r) != "" && st == last {
				continue
			}
			b.WriteString(st)
			last = st
		}
	}
	return b.String()
}
