package check

import (
	"coregroup/casefile"
	"coregroup/report"
)

// smartWhat is the rule smart.what: each action says what will be done.
var smartWhat = Rule{
	ID:       "smart.what",
	Severity: report.Error,
	Title:    "Each action says what will be done",
	Why:      "An action with no description is not an action.",
	Source:   "001 §4",
	Example:  "- id: a-school\n  who: mum",
	Fix:      "Add what: with what will be done.",
	Run: func(ctx *Context) {
		ctx.eachAction(func(pl planned, a *casefile.Action) {
			if !a.What.IsSet() {
				ctx.forChild(pl.child).Report(a.At.Of("what"), "ID", a.ID)
			}
		})
	},
}
