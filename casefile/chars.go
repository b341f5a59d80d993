package casefile

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"
)

// lineBreaks turns every way of breaking a line into a line feed: a
// carriage return with or without a line feed, U+0085 (next line), U+2028
// (line separator) and U+2029 (paragraph separator). A CommonMark reader
// starts a new line at a lone carriage return too, so one left inside a
// text would let a case value start a list or a heading in a document.
var lineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u0085", "\n", "\u2028", "\n", "\u2029", "\n")

// otherBreaks are the characters other than a line feed that break a
// line: those lineBreaks replaces, and those a YAML parser and an editor
// may count lines by differently (lineMap).
var otherBreaks = []string{"\r", "\u0085", "\u2028", "\u2029"}

// hasOtherBreaks reports whether s breaks a line otherwise than with a
// line feed alone. Few texts do, and looking for each character with
// strings.Contains costs far less than strings.ContainsAny, which decodes
// every character of s.
func hasOtherBreaks(s string) bool {
	return slices.ContainsFunc(otherBreaks, func(b string) bool { return strings.Contains(s, b) })
}

// plainASCII reports whether s is ASCII with no carriage return, as most
// values are: normalise leaves such a string as it is.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || s[i] == '\r' {
			return false
		}
	}
	return true
}

// normalise returns a value as coregroup keeps it: line breaks as line
// feeds and Unicode in NFC, so ŵ is one character the PDF font can draw.
func normalise(s string) string {
	if plainASCII(s) {
		return s // no other line breaks, and NFC as it is
	}
	if hasOtherBreaks(s) {
		s = lineBreaks.Replace(s)
	}
	return norm.NFC.String(s)
}

// badRune returns the first character of s that must not be in a value: a
// control character other than a tab or a line feed (an escape sequence
// written as "\x1b" could retitle or clear a terminal, a NUL cut a string
// short in other tools). Characters that override the direction of text
// (U+202A-U+202E, U+2066-U+2069) load: a child's quoted message may hold
// one; the rule text.invisible reports each, the PDF leaves them out, and
// the terminal sees them escaped.
func badRune(s string) (rune, bool) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 {
			return badRuneFrom(s[i:])
		} else if (c < 0x20 || c == 0x7f) && c != '\t' && c != '\n' {
			return rune(c), true
		}
	}
	return 0, false
}

// badRuneFrom is badRune decoding every character, for what is not ASCII.
func badRuneFrom(s string) (rune, bool) {
	for _, r := range s {
		if unicode.IsControl(r) && r != '\t' && r != '\n' {
			return r, true
		}
	}
	return 0, false
}

// checkChars reports whether s, written at n, has only characters a value
// may have, recording a problem if not.
func (d *decoder) checkChars(n *yaml.Node, s string) bool {
	r, bad := badRune(s)
	if !bad {
		return true
	}
	d.problem(d.pos(n), "load.control-character", "Char", fmt.Sprintf("U+%04X", r))
	return false
}

// checkValue reports whether the value s of field f, written at n, has
// only characters a value may have and at most max of them, recording a
// problem if not.
func (d *decoder) checkValue(n *yaml.Node, s string, f *field, max int) bool {
	if !d.checkChars(n, s) {
		return false
	}
	if utf8.RuneCountInString(s) > max {
		d.problem(d.pos(n), "load.too-long", "Key", f.key, "Max", max)
		return false
	}
	return true
}

// coreTags are the YAML tags a value may be given explicitly: those of
// YAML's own types, which the loader checks like untagged values. Any
// other, such as !!binary (whose base64 text would otherwise be read as
// a name) or a tag of the writer's own, is refused.
var coreTags = map[string]bool{
	"!!str": true, "!!int": true, "!!bool": true, "!!null": true, "!!float": true,
	"!!timestamp": true, "!!map": true, "!!seq": true,
}

// checkTag reports whether n has no explicit tag or a core one, recording
// a problem if not.
func (d *decoder) checkTag(n *yaml.Node) bool {
	if n.Style&yaml.TaggedStyle == 0 || coreTags[n.ShortTag()] {
		return true
	}
	d.problem(d.pos(n), "load.tag", "Tag", n.ShortTag())
	return false
}
