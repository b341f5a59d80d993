package templates

import (
	"strings"

	"coregroup/casefile"
	"coregroup/report"
)

// Source is a value of a case file that a document prints, and where the
// file gives it.
type Source struct {
	Text string
	Pos  report.Position
}

// textPos returns where the case file gives s, the version of t a
// document prints: the position of its language's text in a map, or of
// the plain string.
func textPos(t casefile.Text, s string) report.Position {
	for tag, v := range t.ByLang {
		if p, ok := t.LangPos[tag]; ok && v == s {
			return p
		}
	}
	return t.Pos
}

// Blame returns where the case file gives the value that line (1-based)
// of the document's Markdown prints and that contains want: the name with
// a character the PDF fonts lack, the value a named block cannot take.
// Line 0 is any line (the title, which is no line of the Markdown). ok is
// false when no case value on that line has want, or want is "": the
// fault is then the template's.
func (d Document) Blame(line int, want string) (pos report.Position, ok bool) {
	lines := strings.Split(string(d.Markdown), "\n")
	if want == "" || line < 0 || line > len(lines) {
		return report.Position{}, false
	}
	on := ""
	if line > 0 {
		on = printed(lines[line-1])
	}
	for _, s := range d.Sources {
		// A text of several lines is printed a line at a time (Block).
		for _, l := range strings.Split(s.Text, "\n") {
			l = printed(oneLine(l))
			if strings.Contains(l, want) && (line == 0 || strings.Contains(on, l)) {
				return s.Pos, true
			}
		}
	}
	return report.Position{}, false
}

// printed reduces text to what survives its escaping into Markdown, so a
// value can be found on a line: no backslashes, and ` and | as Fence and
// a chart's cells write them.
func printed(s string) string {
	return strings.NewReplacer(`\`, "", "`", "'", "|", "/").Replace(s)
}
