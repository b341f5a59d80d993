package casefile

import (
	"bytes"
	"slices"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// lineMap turns the YAML parser's lines and columns into the ones an
// editor shows, which the rest of coregroup uses. The parser follows YAML
// 1.1 and also ends a line at U+0085 (next line), U+2028 (line separator),
// U+2029 (paragraph separator) and a carriage return with no line feed
// after it; editors and coregroup end a line at a line feed only. Without
// the map, one such character inside a quoted text would put every later
// finding a line too low and leave translate import unable to find the
// texts after it.
type lineMap struct {
	// starts holds, for each line the parser counts, where it starts as
	// an editor counts: line and column, 1-based.
	starts [][2]int
}

// newLineMap returns the map for data, or nil when the parser and an
// editor count the same lines, as in almost every file.
func newLineMap(data []byte) *lineMap {
	if !slices.ContainsFunc(otherBreaks, func(b string) bool { return bytes.Contains(data, []byte(b)) }) {
		return nil // only line feeds: the parser counts as an editor does
	}
	m := &lineMap{starts: [][2]int{{1, 1}}}
	line, col, extra := 1, 1, false
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		i += size
		switch {
		case r == '\n':
			line, col = line+1, 1
			m.starts = append(m.starts, [2]int{line, 1})
		case r == '\r' && i < len(data) && data[i] == '\n':
			col++ // a CR LF line break: the LF ends the line
		case r == '\r' || r == '\u0085' || r == '\u2028' || r == '\u2029':
			col++
			m.starts = append(m.starts, [2]int{line, col})
			extra = true
		default:
			col++
		}
	}
	if !extra {
		return nil
	}
	return m
}

// at returns the editor's line and column of the parser's line and column.
func (m *lineMap) at(line, col int) (int, int) {
	if m == nil || line < 1 || line > len(m.starts) {
		return line, col
	}
	s := m.starts[line-1]
	return s[0], s[1] + col - 1
}

// apply rewrites the position of every node in the tree.
func (m *lineMap) apply(n *yaml.Node) {
	if m == nil || n == nil {
		return
	}
	n.Line, n.Column = m.at(n.Line, n.Column)
	for _, c := range n.Content {
		m.apply(c)
	}
}

// readTree parses data as one YAML document, in editor positions.
func readTree(data []byte) (*yaml.Node, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	newLineMap(data).apply(&doc)
	return &doc, nil
}
