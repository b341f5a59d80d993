package check

import (
	"fmt"

	"coregroup/casefile"
	"coregroup/locales"
	"coregroup/report"
)

// childReadingLevel is the rule child.reading-level: what the child reads
// suits a child of 8.
var childReadingLevel = Rule{
	ID:       "child.reading-level",
	Severity: report.Warning,
	Title:    "What the child reads suits a child of 8",
	Why:      "The plan must be clear enough for a child as young as 8 to understand.",
	Source:   "001 §4",
	Example:  "child: Your mother will facilitate consistent attendance at educational provision.",
	Fix:      "Use short sentences and everyday words: \"Mum will take you to school every day.\" Add a child: wording when the plain one is for adults.",
	Run: func(ctx *Context) {
		ctx.childTexts(func(ch *casefile.Child, t casefile.Text) {
			for _, v := range ctx.versions(t) {
				s, n, grade := hardest(v.text, locales.Base(v.lang) == "en")
				switch {
				case grade > maxChildGrade:
					ctx.forChild(ch).Report(v.pos, "Sentence", s, "Grade", fmt.Sprintf("%.1f", grade))
				case n > maxChildWords:
					ctx.forChild(ch).ReportAs(report.Warning, v.pos, ".long", "Sentence", s, "Words", n)
				}
			}
		})
	},
}
