package check

import (
	"coregroup/casefile"
	"coregroup/report"
)

// smartMeasurable is the rule smart.measurable: each action says how we will
// know.
var smartMeasurable = Rule{
	ID:       "smart.measurable",
	Severity: report.Error,
	Title:    "Each action says how we will know",
	Why:      "The plan must say how we will know things are better for the child; without it progress cannot be judged at the next core group.",
	Source:   "001 §4, 000 §2",
	Example:  "- id: a-school\n  what: Walk Ella to school every day\n  who: mum",
	Fix:      "Add how_we_know: what anyone could see or count, such as \"the school register shows Ella in class by 8.50\".",
	Run: func(ctx *Context) {
		ctx.eachAction(func(pl planned, a *casefile.Action) {
			if !a.HowToKnow.IsSet() {
				ctx.forChild(pl.child).Report(a.At.Of("how_we_know"), "ID", a.ID)
			}
		})
	},
}
