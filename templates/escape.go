package templates

import (
	"strings"
)

// Value is a piece of text from a case file on its way into a document. It
// prints escaped, so nothing a case says can change a document's structure:
// a name like "Smith | *Jones*" stays a name. Templates never see a case's
// text any other way.
type Value struct {
	s string
	// alt holds the text in a bilingual form's other languages, where it
	// differs: printed after s, each after " / " (inline) or as a
	// paragraph of its own (Block).
	alt []string
	// Missing is true when the case has no text in the document's language
	// for a value it does have in another.
	Missing bool
}

// V makes a Value of text from a case.
func V(s string) Value { return Value{s: s} }

// String returns the text escaped for inline Markdown, on one line: the
// form for table cells, headings and list items.
func (v Value) String() string {
	out := escapeInline(oneLine(v.s))
	for _, a := range v.alt {
		out += " / " + escapeInline(oneLine(a))
	}
	return out
}

// Block returns the text escaped for a paragraph, each of its lines a
// paragraph of its own: no hard line breaks (a backslash at a line's end),
// which read badly wherever the Markdown is pasted. Every kind of line
// break counts, a lone carriage return among them: CommonMark readers
// start a new line at one.
func (v Value) Block() string {
	out := block(v.s)
	for _, a := range v.alt {
		out += "\n\n" + block(a)
	}
	return out
}

// block escapes one text for a paragraph.
func block(s string) string {
	lines := strings.Split(lineBreaks.Replace(strings.TrimSpace(s)), "\n")
	var kept []string
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			kept = append(kept, escapeInline(l))
		}
	}
	return strings.Join(kept, "\n\n")
}

// Quote returns the text as a block quote: Block, each paragraph marked
// with "> ", and the blank lines between them too, so the quote holds
// them all.
func (v Value) Quote() string {
	return "> " + strings.ReplaceAll(v.Block(), "\n\n", "\n>\n> ")
}

// Fence returns the text for a line inside a named fenced block: one line,
// with nothing that could close the fence or start a new line.
func (v Value) Fence() string {
	s := v.s
	for _, a := range v.alt {
		s += " / " + a
	}
	return strings.ReplaceAll(oneLine(s), "`", "'")
}

// Cell returns the text for a cell of a rows block: one line, as Fence,
// with each | escaped so that it cannot split the cell.
func (v Value) Cell() string {
	return strings.ReplaceAll(v.Fence(), "|", `\|`)
}

// IsSet reports whether there is any text.
func (v Value) IsSet() bool { return strings.TrimSpace(v.s+strings.Join(v.alt, "")) != "" }

// Raw returns the text unescaped, for metadata such as a PDF title that is
// not Markdown.
func (v Value) Raw() string { return v.s }

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// lineBreaks turns the other line breaks into line feeds.
var lineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u0085", "\n", "\u2028", "\n", "\u2029", "\n")

// alwaysEscaped are the characters that can start or end Markdown
// structure anywhere on a line: emphasis, code, links, images, HTML and
// entities, table cells, strikethrough and (inside a list item) headings.
const alwaysEscaped = "\\`*_[]<>|~!&#"

// escapeInline escapes text for inline Markdown. Besides alwaysEscaped, it
// escapes what matters only at the start of a line, where a value may find
// itself: a list marker (- + or a number followed by . or )) and a setext
// underline (=). What it leaves, such as apostrophes, reads plainly in the
// Markdown file.
func escapeInline(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	digits := true // only digits so far
	for i, r := range s {
		switch {
		case r < 128 && strings.ContainsRune(alwaysEscaped, r):
			b.WriteByte('\\')
		case i == 0 && (r == '-' || r == '+' || r == '='):
			b.WriteByte('\\')
		case digits && i > 0 && (r == '.' || r == ')'):
			b.WriteByte('\\')
		}
		digits = digits && r >= '0' && r <= '9'
		b.WriteRune(r)
	}
	return b.String()
}
