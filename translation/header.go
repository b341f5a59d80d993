package translation

import (
	"strings"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"coregroup/casefile"
	"coregroup/internal/po"
	"coregroup/locales"
)

// pluralForms are the PO Plural-Forms of the languages coregroup knows.
var pluralForms = map[string]string{
	"cy": "nplurals=6; plural=(n==0) ? 0 : (n==1) ? 1 : (n==2) ? 2 : (n==3) ? 3 : (n==6) ? 4 : 5;",
	"en": "nplurals=2; plural=(n != 1);",
}

// Revision is what a PO header says of who made the file and when.
type Revision struct {
	// Date is the POT-Creation-Date and PO-Revision-Date: a day the case
	// files record (RevisionDate), never the clock, so the same case
	// files give the same bytes.
	Date time.Time
	// Translator is the Last-Translator, "NAME <EMAIL>", or "".
	Translator string
}

// RevisionDate is the latest day the cases record: of a conference, a
// core group meeting or a resolution meeting, held or planned. It is the
// zero time for cases with none.
func RevisionDate(cases ...*casefile.Case) time.Time {
	var latest time.Time
	later := func(d casefile.Date) {
		if d.After(latest) {
			latest = d.Time
		}
	}
	for _, c := range cases {
		for _, x := range c.Conferences {
			later(x.Date)
		}
		for _, x := range c.Meetings {
			later(x.Date)
		}
		if c.Resolution != nil {
			for _, x := range c.Resolution.Meetings {
				later(x.Date)
			}
		}
	}
	return latest
}

// poDate is a date as PO headers write it.
func poDate(t time.Time) string { return t.UTC().Format("2006-01-02 15:04-0700") }

// Header returns the header entry of an exported PO file, with gettext's
// standard fields filled: the dates and the translator from rev, the
// language team by the language's English name.
func Header(lang, source string, rev Revision) po.Entry {
	team := lang
	if tag, err := language.Parse(lang); err == nil {
		if name := display.English.Tags().Name(tag); name != "" {
			team = name
		}
	}
	fields := []string{"Project-Id-Version: coregroup case texts"}
	if !rev.Date.IsZero() {
		fields = append(fields, "POT-Creation-Date: "+poDate(rev.Date), "PO-Revision-Date: "+poDate(rev.Date))
	}
	fields = append(fields,
		"Last-Translator: "+rev.Translator,
		"Language-Team: "+team,
		"Language: "+lang,
		"MIME-Version: 1.0",
		"Content-Type: text/plain; charset=UTF-8",
		"Content-Transfer-Encoding: 8bit",
	)
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
