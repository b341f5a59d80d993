package translation

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// blockText is a block scalar as written.
type blockText struct {
	start, end int      // from the indicator to the end of the last line with text
	header     string   // the indicator line, from | or > on
	indent     int      // the indentation of the content
	digit      bool     // whether the header gives the indentation
	lines      []string // the content lines, without line breaks
}

// blockScalar finds the extent of a block scalar whose collection is
// indented by parent.
func (s *splicer) blockScalar(n *yaml.Node, parent int) (*blockText, error) {
	start, err := s.offset(n)
	if err != nil {
		return nil, err
	}
	if start >= len(s.data) || (s.data[start] != '|' && s.data[start] != '>') {
		return nil, fmt.Errorf("the block does not start with | or >")
	}
	b := &blockText{start: start, end: s.lineEnd(start), indent: -1}
	b.header = string(s.data[start:b.end])
	for _, c := range b.header[1:] {
		if c >= '1' && c <= '9' {
			b.indent, b.digit = parent+int(c-'0'), true
		} else if c != '-' && c != '+' {
			break
		}
	}
	var blank []string
	for off := s.nextLine(start); off >= 0; off = s.nextLine(off) {
		line := string(s.data[off:s.lineEnd(off)])
		text := strings.TrimLeft(line, " ")
		if text == "" {
			blank = append(blank, line)
			continue
		}
		ind := len(line) - len(text)
		if b.indent < 0 {
			if ind <= parent {
				break
			}
			b.indent = ind
		}
		if ind < b.indent {
			break
		}
		b.lines = append(append(b.lines, blank...), line)
		blank = nil
		b.end = s.lineEnd(off)
	}
	// Read the block again on its own, to be sure of where it ends. Blank
	// lines after it stay where they are, so a |+ block may lose trailing
	// line breaks, which the loader drops anyway.
	header, lines := b.reindent(2)
	var v struct{ V yaml.Node }
	doc := "v: " + header + "\n" + strings.Join(lines, "\n") + "\n"
	if yaml.Unmarshal([]byte(doc), &v) != nil || strings.TrimRight(v.V.Value, "\n") != strings.TrimRight(n.Value, "\n") {
		return nil, fmt.Errorf("cannot tell where the block ends")
	}
	return b, nil
}

// reindent returns the header and the lines with the content indented by
// to, the collection it belongs to then being indented by to-2.
func (b *blockText) reindent(to int) (string, []string) {
	header := b.header
	if b.digit {
		i := strings.IndexAny(header, "123456789")
		header = header[:i] + "2" + header[i+1:]
	}
	out := make([]string, len(b.lines))
	for i, l := range b.lines {
		if len(l) > b.indent {
			out[i] = strings.Repeat(" ", to) + l[b.indent:]
		}
	}
	return header, out
}

// flowScalar finds the extent of a plain or quoted scalar whose collection
// is indented by parent: a quoted one to its closing quote, a plain one to
// the end of its text on the line (before any comment) and, outside flow
// collections, on the more indented lines that continue it.
func (s *splicer) flowScalar(n *yaml.Node, parent int, flow bool) (int, int, error) {
	start, err := s.offset(n)
	if err != nil {
		return 0, 0, err
	}
	end := -1
	switch {
	case n.Style&yaml.DoubleQuotedStyle != 0, n.Style&yaml.SingleQuotedStyle != 0:
		q := s.data[start]
		for i := start + 1; i < len(s.data) && end < 0; i++ {
			switch {
			case q == '"' && s.data[i] == '\\':
				i++
			case q == '\'' && s.data[i] == '\'' && i+1 < len(s.data) && s.data[i+1] == '\'':
				i++
			case s.data[i] == q:
				end = i + 1
			}
		}
		var v yaml.Node
		if end < 0 || yaml.Unmarshal(s.data[start:end], &v) != nil || len(v.Content) == 0 || v.Content[0].Value != n.Value {
			return 0, 0, fmt.Errorf("cannot tell where the quoted text ends")
		}
		return start, end, nil
	}
	var lines []string
	text, comment := plainOnLine(string(s.data[start:s.lineEnd(start)]), flow)
	lines, end = append(lines, text), start+len(text)
	for off := s.nextLine(start); !flow && !comment && off >= 0; off = s.nextLine(off) {
		line := string(s.data[off:s.lineEnd(off)])
		trimmed := strings.TrimLeft(line, " ")
		if trimmed == "" {
			lines = append(lines, "")
			continue
		}
		ind := len(line) - len(trimmed)
		if ind <= parent || trimmed[0] == '#' {
			break
		}
		text, comment = plainOnLine(trimmed, false)
		lines, end = append(lines, text), off+ind+len(text)
	}
	if foldPlain(lines) != n.Value {
		return 0, 0, fmt.Errorf("cannot tell where the text ends: write it on one line, in quotes, or as a block (>-)")
	}
	return start, end, nil
}

// plainOnLine returns the part of a line that is a plain scalar's text,
// and whether a comment follows it.
func plainOnLine(line string, flow bool) (string, bool) {
	comment := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		if c == '#' && i > 0 && (line[i-1] == ' ' || line[i-1] == '\t') {
			line, comment = line[:i], true
			break
		}
		if flow && strings.IndexByte(",[]{}", c) >= 0 {
			line = line[:i]
			break
		}
	}
	return strings.TrimRight(line, " \t"), comment
}

// foldPlain joins the lines of a plain scalar as YAML does: a line break
// becomes a space, and n blank lines n line breaks.
func foldPlain(lines []string) string {
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	var b strings.Builder
	blank := 0
	for i, l := range lines {
		l = strings.TrimSpace(l)
		switch {
		case i == 0:
		case l == "":
			blank++
			continue
		case blank > 0:
			b.WriteString(strings.Repeat("\n", blank))
		default:
			b.WriteByte(' ')
		}
		blank = 0
		b.WriteString(l)
	}
	return b.String()
}

// value writes a translation for a value whose block content would be
// indented by indent: plain or double-quoted in a flow collection; |- for
// text with line breaks, >- where a block is preferred, when YAML reads it
// back unchanged; otherwise plain or double-quoted.
func (s *splicer) value(tr string, flow, preferBlock bool, indent int) string {
	switch {
	case flow:
		return inline(tr, true)
	case strings.Contains(tr, "\n"):
		if blockOK(tr, true) {
			return "|-" + s.blockLines(strings.Split(tr, "\n"), indent)
		}
		return doubleQuote(tr)
	case preferBlock && blockOK(tr, false):
		return ">-" + s.blockLines(foldLines(tr, max(78-indent, 40)), indent)
	}
	return inline(tr, false)
}

func (s *splicer) blockLines(lines []string, indent int) string {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(s.nl)
		if l != "" {
			b.WriteString(strings.Repeat(" ", indent) + l)
		}
	}
	return b.String()
}

// blockOK reports whether a block scalar (|- when literal, >- otherwise)
// reads back as s: no tabs, carriage returns or unprintable characters,
// no space at the start of the text or at the end of a line, no line of
// spaces only, and for >- no line break and no run of spaces.
func blockOK(s string, literal bool) bool {
	if s == "" || s[0] == ' ' || s[0] == '\n' || (!literal && strings.ContainsAny(s, "\n")) {
		return false
	}
	for _, l := range strings.Split(s, "\n") {
		if strings.HasSuffix(l, " ") || !printable(l) || (!literal && strings.Contains(l, "  ")) {
			return false
		}
	}
	return true
}

// foldLines breaks a line into lines of about width characters for a >-
// block, only at single spaces, so that folding joins them back exactly.
func foldLines(s string, width int) []string {
	var words []string
	from := 0
	for i := 1; i+1 < len(s); i++ {
		if s[i] == ' ' && s[i-1] != ' ' && s[i+1] != ' ' {
			words = append(words, s[from:i])
			from = i + 1
		}
	}
	words = append(words, s[from:])
	lines := []string{words[0]}
	for _, w := range words[1:] {
		last := &lines[len(lines)-1]
		if utf8.RuneCountInString(*last)+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, w)
		} else {
			*last += " " + w
		}
	}
	return lines
}

// inline writes s plain when YAML reads it back as the same string, and
// double-quoted otherwise.
func inline(s string, flow bool) string {
	if plainOK(s, flow) {
		return s
	}
	return doubleQuote(s)
}

// plainOK reports whether s can be written as a plain scalar, in a flow
// collection when flow is true, and read back as the same string.
func plainOK(s string, flow bool) bool {
	if s == "" || s != strings.TrimSpace(s) || strings.ContainsAny(s, "\n\r\t") || !printable(s) {
		return false
	}
	if strings.ContainsRune("-?:,[]{}#&*!|>'\"%@`", rune(s[0])) ||
		strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") {
		return false
	}
	doc := "v: " + s
	if flow {
		if strings.ContainsAny(s, ",[]{}:") {
			return false
		}
		doc = "{v: " + s + "}"
	}
	var v struct{ V yaml.Node }
	return yaml.Unmarshal([]byte(doc), &v) == nil && v.V.Tag == "!!str" && v.V.Style == 0 && v.V.Value == s
}

func printable(s string) bool {
	for _, r := range s {
		if !unicode.IsPrint(r) {
			return false
		}
	}
	return true
}

// doubleQuote writes s as a YAML double-quoted scalar.
func doubleQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case unicode.IsPrint(r):
			b.WriteRune(r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			fmt.Fprintf(&b, `\U%08X`, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
