package translation

import (
	"fmt"
	"strings"

	"coregroup/casefile"
	"coregroup/internal/po"
	"coregroup/report"
)

// Reference is a PO reference ("#:") to where a text is: file:line, as
// gettext writes and reads them. A column would be read as part of the
// file name ("case.yaml:12" at line 4), which breaks sorting by file and
// jumping to the source.
func Reference(p report.Position) string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// Entries returns the PO entries that ask for the texts of a case
// in lang, in the order given: for each text, the case reference and key
// path as msgctxt, the text in source as msgid, the text in lang, when
// there is one, as msgstr, its position as the reference, and comments
// saying what the text is, which documents print it (appearsIn names them
// for a top-level key of the case, or returns "") and that names stay as
// they are. A text with no version in source cannot be translated from it
// and is returned in skipped instead.
func Entries(c *casefile.Case, texts []casefile.KeyedText, lang, source string, appearsIn func(key string) string) (entries []po.Entry, skipped []casefile.KeyedText) {
	plainLang := c.PlainLanguage()
	for _, kt := range texts {
		id, ok := kt.Text.In(source, plainLang)
		if !ok {
			skipped = append(skipped, kt)
			continue
		}
		str, ok := kt.Text.In(lang, plainLang)
		if !ok {
			str = ""
		}
		what := kt.Doc
		if what == "" {
			what = kt.Key
		}
		top, _, _ := strings.Cut(kt.Path, ".")
		top, _, _ = strings.Cut(top, "[")
		docs := appearsIn(top)
		if docs == "" {
			docs = "the case file only"
		}
		entries = append(entries, po.Entry{
			Extracted: []string{
				fmt.Sprintf("Case %s, %s: %s", c.Ref, kt.Path, what),
				"Appears in: " + docs + ".",
				"Names of people and places are not translated.",
			},
			References: []string{Reference(kt.Text.Pos)},
			Context:    Context(c.Ref, kt.Path),
			HasContext: true,
			ID:         id,
			Str:        str,
		})
	}
	return entries, skipped
}
