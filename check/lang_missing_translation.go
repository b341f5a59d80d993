package check

import (
	"coregroup/casefile"
	"coregroup/report"
)

// langMissingTranslation is the rule lang.missing-translation: every text is
// written in the family's language.
var langMissingTranslation = Rule{
	ID:       "lang.missing-translation",
	Severity: report.Warning,
	Title:    "Every text is written in the family's language",
	Why:      "A family who chose Welsh has the right to every document in Welsh, as good as the English; a text with no Welsh version would leave a gap, never silent English.",
	Source:   "Welsh Language Standards; 000 §2 (the plan in the family's preferred language)",
	Example:  "language: cy\n...\ncontingency: If things do not change, we will ask for an early conference.   # English only",
	Fix:      "Give the text in both languages: {cy: ..., en: ...}, or run coregroup translate export for a translator.",
	Run: func(ctx *Context) {
		lang := ctx.Case.Language
		if lang == "" {
			return
		}
		ctx.Case.EachText(func(key string, t casefile.Text) {
			if _, ok := t.In(lang, ctx.Case.PlainLanguage()); !ok {
				ctx.Report(t.Pos, "Key", key, "Lang", lang)
			}
		})
	},
}
