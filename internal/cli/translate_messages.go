package cli

import (
	"fmt"

	"coregroup/internal/atomicfile"
	"coregroup/internal/po"
	"coregroup/locales"
	"coregroup/translation"
)

// exportMessages writes every message of coregroup as a PO file: the
// message id as its context, the English as msgid, what lang's message
// file has as msgstr. A translator fills it in; the messages go into
// LANG.yaml, given to --locales.
func exportMessages(e *env, lang, out string) ExitCode {
	if lang == "" || locales.Base(lang) == "" {
		return e.fail("translate export --messages: say which language, such as --lang pl")
	}
	if locales.SameLanguage(lang, "en") {
		return e.fail("translate export --messages: --lang %s is the source language: translate into another one", lang)
	}
	cat, err := locales.Catalogue(lang)
	if err != nil {
		return e.fail("%v", err)
	}
	file := &po.File{Header: translation.Header(lang, "en", translation.Revision{})}
	done := 0
	for _, m := range cat {
		en := po.Entry{Context: m.ID, HasContext: true, ID: m.English, Str: m.Translation}
		en.Extracted = []string{"Keep every {{.Name}} as it is."}
		if m.Plural {
			en.Extracted = append(en.Extracted, "The English has plural forms: this is the form for other numbers; the message file takes one for each form the language has.")
		}
		if m.Translation != "" {
			done++
		}
		file.Entries = append(file.Entries, en)
	}
	data := file.Bytes()
	if out == "" {
		if _, err := e.stdout.Write(data); err != nil {
			return e.fail("%v", err)
		}
	} else if err := atomicfile.WriteFile(out, data); err != nil {
		return e.fail("%v", err)
	}
	fmt.Fprintf(e.stderr, "translate export: %d messages, %d already in %s\n", len(cat), done, lang)
	return ExitOK
}
