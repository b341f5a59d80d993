package render

import (
	"strings"
	"unicode"

	"coregroup/render/typeface"

	"golang.org/x/text/unicode/norm"
)

// clean returns s as it is drawn: in NFC, tabs and line breaks as spaces,
// control characters as U+FFFD, a few characters as look-alikes the fonts
// have, and then as typeface.Printable prints it: invisible characters
// (bidirectional controls, zero-width characters) dropped, and each
// character the typeface lacks as a visible stand-in ("[slightly smiling
// face]", "[Arabic]"). No document is refused for its characters: the
// checker reports each text that holds such a character at the case
// file's line and column (text.no-glyph, text.invisible), and the
// Markdown keeps them as written.
func clean(s string) string {
	if isPlain(s) {
		return s
	}
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r = substitute(r); r >= 0 {
			b.WriteRune(r)
		}
	}
	return typeface.Printable(b.String())
}

// isPlain reports whether s is printable ASCII, which needs no cleaning.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

// substitute maps a character to what is drawn for it: -1 to draw
// nothing, a look-alike the fonts have, or r itself.
func substitute(r rune) rune {
	switch r {
	case '\t', '\n', '\r', '\v', '\f':
		return ' '
	case '\u00ad':
		return -1 // soft hyphen
	case '\u2011':
		return '-' // non-breaking hyphen: the line breaker knows only ASCII hyphens
	case '\u2007', '\u202f':
		return '\u00a0' // figure space, narrow no-break space
	}
	if r < 0x20 || r >= 0x7f && r < 0xa0 {
		return unicode.ReplacementChar // a control character; CommonMark asks this of U+0000
	}
	if unicode.Is(unicode.Zs, r) && !hasGlyph(r) {
		return ' '
	}
	return r
}
