package cli

import (
	"fmt"
	"io"
	"strings"

	"coregroup/casefile"
	"coregroup/locales"
	"coregroup/report"
)

// writeMessageTermProblems prints where the Welsh message files break the
// termbase and reports whether they do.
func writeMessageTermProblems(w io.Writer) (bool, error) {
	problems, err := locales.MessageTermProblems()
	if err != nil {
		return false, err
	}
	for _, p := range problems {
		fmt.Fprintln(w, p)
	}
	return len(problems) > 0, nil
}

// writeCaseTermProblems prints, at its line, every Welsh text of a case
// that breaks the termbase: a term its English has and the Welsh lacks, or
// a ruled-out variant. A text written only in Welsh is checked for the
// ruled-out variants. It reports whether there were any.
func writeCaseTermProblems(w io.Writer, c *casefile.Case, tb *locales.Termbase) bool {
	found := false
	c.EachText(func(key string, t casefile.Text) {
		welsh, ok := t.In("cy", c.TextLanguage)
		if !ok {
			return
		}
		english, _ := t.In("en", c.TextLanguage)
		for _, p := range tb.Check(english, welsh) {
			fmt.Fprintf(w, "%s: %s: %s\n", welshPos(t, c.TextLanguage), key, p)
			found = true
		}
	})
	return found
}

// welshPos is where a text's Welsh is written: its cy: entry, or the text
// itself when it is a plain string in Welsh.
func welshPos(t casefile.Text, source string) report.Position {
	for _, tag := range t.Langs(source) {
		if tag == "cy" || strings.HasPrefix(tag, "cy-") {
			if p, ok := t.LangPos[tag]; ok {
				return p
			}
		}
	}
	return t.Pos
}
