package check

import (
	"coregroup/casefile"
	"coregroup/report"
)

// smartRelevant is the rule smart.relevant: each action is tied to a worry
// or an outcome.
var smartRelevant = Rule{
	ID:       "smart.relevant",
	Severity: report.Warning,
	Title:    "Each action is tied to a worry or an outcome",
	Why:      "An action should answer something the plan is worried about, so the core group can see why it is there.",
	Source:   "001 §4, 002 (actions correlate to the plan and are centred on risk)",
	Example:  "- id: a-school\n  what: Walk Ella to school every day",
	Fix:      "Add for: with the ids of the worries or outcomes the action addresses.",
	Run: func(ctx *Context) {
		ctx.eachAction(func(pl planned, a *casefile.Action) {
			if len(a.For) == 0 {
				ctx.forChild(pl.child).Report(a.At.Of("for"), "ID", a.ID)
			}
		})
	},
}
