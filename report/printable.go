package report

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

// Printable returns s with every control character (line breaks and tabs
// among them) and every character that overrides the direction of text
// written as a visible escape such as \x1b or \u202e. Findings and errors
// quote what a file says, a key or a file name for instance; printed
// through Printable, none of it can move a terminal's cursor, retitle its
// window, clear it, reorder a line or start a line that looks like
// another finding.
func Printable(s string) string { return escape(s, false) }

// escape writes s with its unprintable characters escaped, keeping line
// feeds and tabs when lines is true.
func escape(s string, lines bool) string {
	keep := func(r rune) bool { return !unprintable(r) || (lines && (r == '\n' || r == '\t')) }
	if strings.IndexFunc(s, func(r rune) bool { return !keep(r) }) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case keep(r):
			b.WriteRune(r)
		case r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}

// PrintableWriter returns a writer that passes what is written to w with
// every unprintable character but line feeds and tabs escaped, as
// Printable does. It is for a stream of messages to a person, such as
// standard error; each Write should hold whole characters.
func PrintableWriter(w io.Writer) io.Writer { return printableWriter{w} }

type printableWriter struct{ w io.Writer }

func (p printableWriter) Write(b []byte) (int, error) {
	if _, err := io.WriteString(p.w, escape(string(b), true)); err != nil {
		return 0, err
	}
	return len(b), nil
}

func unprintable(r rune) bool {
	return unicode.IsControl(r) || (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069') ||
		r == '\u2028' || r == '\u2029'
}
