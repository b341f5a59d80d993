package translation

import (
	"fmt"
	"strings"

	"coregroup/casefile"
	"coregroup/internal/po"
	"coregroup/locales"
)

// pluralForms are the PO Plural-Forms of the languages coregroup knows.
var pluralForms = map[string]string{
	"cy": "nplurals=6; plural=(n==0) ? 0 : (n==1) ? 1 : (n==2) ? 2 : (n==3) ? 3 : (n==6) ? 4 : 5;",
	"en": "nplurals=2; plural=(n != 1);",
}

// Header returns the header entry of an exported PO file. It has no dates, so
// the same case files give the same bytes.
func Header(lang, source string) po.Entry {
	fields := []string{
		"Project-Id-Version: coregroup case texts",
		"Language: " + lang,
		"MIME-Version: 1.0",
		"Content-Type: text/plain; charset=UTF-8",
		"Content-Transfer-Encoding: 8bit",
	}
	if p := pluralForms[locales.Base(lang)]; p != "" {
		fields = append(fields, "Plural-Forms: "+p)
	}
	fields = append(fields, "X-Source-Language: "+source)
	return po.Entry{
		Comments: []string{
			"Texts of coregroup case files, to translate from " + source + " into " + lang + ".",
			"Translate each msgstr. Keep msgctxt as it is: it says where the translation",
			"goes back (case reference|key path). Then run",
			"  coregroup translate import THIS-FILE CASE-FILE...",
		},
		Str: strings.Join(fields, "\n") + "\n",
	}
}

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
			References: []string{kt.Text.Pos.String()},
			Context:    Context(c.Ref, kt.Path),
			HasContext: true,
			ID:         id,
			Str:        str,
		})
	}
	return entries, skipped
}
