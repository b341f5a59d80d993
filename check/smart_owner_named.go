package check

import (
	"coregroup/casefile"
	"coregroup/report"
)

// smartOwnerNamed is the rule smart.owner-named: each action has someone
// named as responsible (smart.owner-person checks that it is one person).
var smartOwnerNamed = Rule{
	ID:       "smart.owner-named",
	Severity: report.Error,
	Title:    "Each action has someone named as responsible",
	Why:      "An action with nobody named is owned by nobody. Each action needs one named professional, parent or child (smart.owner-person checks that the one named is a person).",
	Source:   "001 §4, 000 §2",
	Example:  "- id: a-school\n  what: Walk Ella to school every day",
	Fix:      "Add who: with the id of the one person responsible.",
	Run: func(ctx *Context) {
		ctx.eachAction(func(pl planned, a *casefile.Action) {
			if !a.Who.IsSet() {
				ctx.forChild(pl.child).Report(a.At.Of("who"), "ID", a.ID)
			}
		})
	},
}
