package render

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// GlyphError reports a character the Go fonts have no glyph for, such as
// a Chinese character or an emoji. fpdf would print nothing, or a box, in
// its place; PDF refuses instead, so that no letter of a name is silently
// lost. When a document has several such characters, PDF returns them
// joined with errors.Join, each distinct character once.
type GlyphError struct {
	Rune rune
	// Line is the 1-based line of the Markdown the character is on, or 0
	// when it is in a Meta field.
	Line int
	// Field names the Meta field the character is in ("title", "case
	// reference"), when Line is 0.
	Field string
}

// Error returns "line 3: no glyph for U+732B '猫' in the Go fonts", or
// "title: …" for a Meta field.
func (e *GlyphError) Error() string {
	where := e.Field
	if e.Line > 0 {
		where = fmt.Sprintf("line %d", e.Line)
	}
	return where + ": " + e.Problem()
}

// Problem returns the error without its place: "no glyph for U+732B '猫'
// in the Go fonts".
func (e *GlyphError) Problem() string {
	return fmt.Sprintf("no glyph for %#U in the Go fonts", e.Rune)
}

// maxGlyphErrors bounds the characters one error reports.
const maxGlyphErrors = 10

// cleaner makes text drawable and remembers the characters it could not
// draw.
type cleaner struct {
	seen map[rune]bool
	errs []error
}

// clean returns s in NFC with invisible formatting characters removed, a
// few characters the fonts lack replaced by their look-alikes, and tabs
// and line breaks as spaces. Each character left without a glyph is
// recorded against line (or field, when line is 0) and replaced by U+FFFD,
// so that layout can go on; the document is refused at the end.
func (c *cleaner) clean(s string, line int, field string) string {
	if isPlain(s) {
		return s
	}
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = substitute(r)
		switch {
		case r < 0:
			continue
		case hasGlyph(r):
			b.WriteRune(r)
		default:
			c.missing(r, line, field)
			b.WriteRune(unicode.ReplacementChar)
		}
	}
	return b.String()
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
// nothing (invisible formatting characters), a look-alike the fonts have,
// or r itself.
func substitute(r rune) rune {
	switch r {
	case '\t', '\n', '\r', '\v', '\f':
		return ' '
	case 0:
		return unicode.ReplacementChar // as CommonMark asks
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u180e':
		return -1 // soft hyphen, zero-width (non-)joiners and spaces, BOM
	case '\u2010', '\u2011':
		return '-' // hyphen, non-breaking hyphen
	case '\u2007', '\u202f':
		return '\u00a0' // figure space, narrow no-break space
	}
	if r >= '\ufe00' && r <= '\ufe0f' {
		return -1 // variation selectors
	}
	if unicode.Is(unicode.Zs, r) && !hasGlyph(r) {
		return ' '
	}
	return r
}

func (c *cleaner) missing(r rune, line int, field string) {
	if c.seen[r] || len(c.errs) >= maxGlyphErrors {
		return
	}
	if c.seen == nil {
		c.seen = map[rune]bool{}
	}
	c.seen[r] = true
	c.errs = append(c.errs, &GlyphError{Rune: r, Line: line, Field: field})
}
