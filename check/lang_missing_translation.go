package check

import (
	"coregroup/casefile"
	"coregroup/locales"
	"coregroup/report"
)

// langMissingTranslation is the rule lang.missing-translation: every text
// is written in the language of the documents.
var langMissingTranslation = Rule{
	ID:       "lang.missing-translation",
	Severity: report.Error,
	Title:    "Every text is written in the language of the documents",
	Why: "A family who chose Welsh has the right to every document in Welsh, as good as the English; a text with no Welsh version would leave a gap, never silent English, so render refuses a document that prints it. " +
		"The check is made for the languages the documents are written in: the family's (language:) when coregroup writes it, else English; validate --doc-lang cy+en checks for a bilingual document, as render --lang cy+en writes it. " +
		"So a case that validate finds no error in renders in that language. A family language coregroup does not write documents in yet is a warning for each text without it.",
	Source:  "Welsh Language Standards; 000 §2 (the plan in the family's preferred language)",
	Example: "language: cy\n...\ncontingency: If things do not change, we will ask for an early conference.   # English only",
	Fix:     "Give the text in both languages: {cy: ..., en: ...}, or run coregroup translate export for a translator.",
	Run: func(ctx *Context) {
		for _, lang := range ctx.docLangs() {
			ctx.untranslated(lang, func(key string, t casefile.Text) {
				ctx.Report(t.Pos, "Key", key, "Lang", lang)
			})
		}
		if lang := ctx.Case.Language; lang != "" && !writesDocuments(lang) {
			ctx.untranslated(lang, func(key string, t casefile.Text) {
				ctx.ReportAs(report.Warning, t.Pos, ".family", "Key", key, "Lang", lang)
			})
		}
	},
}

// untranslated calls f with each text of the case that has no version in
// lang.
func (ctx *Context) untranslated(lang string, f func(key string, t casefile.Text)) {
	ctx.eachText(func(key string, t casefile.Text) {
		if _, ok := t.In(lang, ctx.Case.PlainLanguage()); !ok {
			f(key, t)
		}
	})
}

// docLangs returns the languages the case's documents are written in:
// Options.DocLangs, or what render writes by default, the family's
// language when coregroup writes documents in it, else English.
func (ctx *Context) docLangs() []string {
	if len(ctx.Options.DocLangs) > 0 {
		return ctx.Options.DocLangs
	}
	if lang := ctx.Case.Language; lang != "" && writesDocuments(lang) {
		return []string{lang}
	}
	return []string{"en"}
}

// writesDocuments reports whether coregroup has the messages to write
// documents in a language.
func writesDocuments(lang string) bool {
	_, err := locales.New(lang)
	return err == nil
}
