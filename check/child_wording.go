package check

import (
	"coregroup/casefile"
	"coregroup/report"
)

// childWording is the rule child.wording: every text the family's plan
// prints has a wording for the child.
var childWording = Rule{
	ID:       "child.wording",
	Severity: report.Warning,
	Title:    "Every text of the family's plan has a wording for the child",
	Why:      "The family's plan is read by a child as young as 8 and by parents who may not read easily. Where a text has no wording for the child, the plan prints the text written for professionals.",
	Source:   "001 §4",
	Example:  "contingency: If there is no progress the core group will request an early review conference.",
	Fix:      "Add the child's wording beside the text, under the key the message names (child:, contingency_child:, how_we_know_child: ...).",
	Run: func(ctx *Context) {
		for _, pl := range plans(ctx.Case) {
			if pl.child.Unborn() {
				continue // an unborn baby has no family's plan to read
			}
			pl.plan.FamilyWordings(func(w casefile.Wording) {
				if w.ChildKey != "" && !w.Child.IsSet() && w.Adult.IsSet() {
					ctx.forChild(pl.child).Report(w.Adult.Pos, "Key", w.ChildKey)
				}
			})
		}
	},
}
