package check

import "coregroup/report"

// planContingency is the rule plan.contingency: the plan says what happens
// if it is not working.
var planContingency = Rule{
	ID:       "plan.contingency",
	Severity: report.Error,
	Title:    "The plan says what happens if it is not working",
	Why:      "Parents and professionals must know in advance what will happen if things do not change.",
	Source:   "001 §4, 000 §2, 003 §2",
	Example:  "plan:\n  worries: [...]   # no contingency:",
	Fix:      "Add contingency: what will happen if the plan is not working, and when.",
	Run: func(ctx *Context) {
		for _, pl := range plans(ctx.Case) {
			if !pl.plan.Contingency.IsSet() {
				ctx.forChild(pl.child).Report(pl.plan.At.Of("contingency"), "Child", childName(pl.child))
			}
		}
	},
}
