package render

import (
	"strings"
)

// Standalone returns a document's Markdown as it reads anywhere: in any
// CommonMark viewer, pasted into an email or a word processor. Each named
// block becomes the plain Markdown that says the same (a scale a line of
// numbers, boxes lines to write on, a rows block a table with empty rows,
// a chart a table, a page break a thematic break), and a hard line break
// (a backslash at a line's end) a new paragraph, in the same list item or
// quote; everything else is as written. A malformed named block is an
// error, as for PDF.
func Standalone(src []byte) ([]byte, error) {
	if _, err := Parse(src); err != nil {
		return nil, err
	}
	lines := strings.SplitAfter(string(src), "\n")
	var out strings.Builder
	off := 0
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		start := off
		off += len(l)
		indent, name, ok := namedFence(l)
		if !ok {
			if body, broken := hardBreak(l); broken && i+1 < len(lines) {
				next := lines[i+1]
				prefix := next[:len(next)-len(strings.TrimLeft(next, " >"))]
				out.WriteString(body + "\n" + strings.TrimRight(prefix, " ") + "\n")
				continue
			}
			out.WriteString(l)
			continue
		}
		b := fence{name: name, src: src}
		j := i + 1
		pos := off
		for ; j < len(lines) && strings.TrimSpace(lines[j]) != "```"; j++ {
			b.lines = append(b.lines, fenceLine{text: strings.TrimRight(strings.TrimPrefix(lines[j], indent), "\r\n"), off: pos})
			pos += len(lines[j])
		}
		if j == len(lines) { // not closed: CommonMark ends it at the end
			j--
		} else {
			pos += len(lines[j])
		}
		p, err := namedBlocks[name](b)
		if err != nil {
			out.WriteString(string(src[start:pos]))
		} else {
			for k, ml := range strings.Split(p.markdown(), "\n") {
				if k > 0 {
					out.WriteString("\n")
				}
				if ml != "" {
					out.WriteString(indent + ml)
				}
			}
			out.WriteString("\n")
		}
		i, off = j, pos
	}
	return []byte(out.String()), nil
}

// hardBreak reports whether line l ends in a hard line break (an odd
// number of backslashes before its newline), and returns it without.
func hardBreak(l string) (string, bool) {
	t := strings.TrimRight(l, "\r\n")
	n := len(t) - len(strings.TrimRight(t, `\`))
	if n%2 == 0 {
		return l, false
	}
	return t[:len(t)-1], true
}

// namedFence reports whether l opens a named block, and with what indent.
func namedFence(l string) (indent, name string, ok bool) {
	t := strings.TrimLeft(l, " ")
	indent = l[:len(l)-len(t)]
	if !strings.HasPrefix(t, "```") || len(indent) > 12 {
		return "", "", false
	}
	name = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(t, "```")))
	_, ok = namedBlocks[name]
	return indent, name, ok
}

// mdEscape escapes a block's text for inline Markdown: the characters
// that could start structure, so that the text reads as written.
func mdEscape(s string) string {
	var b strings.Builder
	for i, r := range s {
		if strings.ContainsRune("\\`*_[]<>|~!&#", r) || (i == 0 && strings.ContainsRune("-+=", r)) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// writeLine is a line to write on in Markdown: escaped underscores, which
// every viewer shows as a line and none reads as a thematic break.
var writeLine = strings.Repeat(`\_`, 48)

// mdTable writes a GFM table: a header, its delimiter row and the rows,
// each cell escaped.
func mdTable(header []string, rows [][]string) string {
	var b strings.Builder
	cells := func(cs []string) {
		b.WriteString("|")
		for _, c := range cs {
			b.WriteString(" " + mdEscape(c) + " |")
		}
		b.WriteString("\n")
	}
	cells(header)
	b.WriteString("|" + strings.Repeat("---|", len(header)) + "\n")
	for _, r := range rows {
		cells(r)
	}
	return strings.TrimSuffix(b.String(), "\n")
}
