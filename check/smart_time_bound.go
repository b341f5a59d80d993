package check

import (
	"coregroup/casefile"
	"coregroup/report"
)

// smartTimeBound is the rule smart.time-bound: each action has a date.
var smartTimeBound = Rule{
	ID:       "smart.time-bound",
	Severity: report.Error,
	Title:    "Each action has a date",
	Why:      "The plan must say when each action will be done or reviewed.",
	Source:   "001 §4, 000 §2",
	Example:  "- id: a-school\n  what: Walk Ella to school every day\n  who: mum",
	Fix:      "Add by: (when it will be done) or review: (when an action that goes on will be reviewed).",
	Run: func(ctx *Context) {
		ctx.eachAction(func(pl planned, a *casefile.Action) {
			if !a.By.IsSet() && !a.Review.IsSet() {
				ctx.forChild(pl.child).Report(a.At.Of("by"), "ID", a.ID)
			}
		})
	},
}
