package check

import "coregroup/report"

// planExpectations is the rule plan.expectations: the plan says what is
// expected of the parents, and what happens if not.
var planExpectations = Rule{
	ID:       "plan.expectations",
	Severity: report.Error,
	Title:    "The plan says what is expected of the parents, and what happens if not",
	Why:      "Expectations of parents must be explicit and plain, with the consequences of not meeting them.",
	Source:   "000 §2, 003 §2",
	Example:  "expectations:\n  - text: Keep Cai's health appointments   # no consequence:",
	Fix:      "Add expectations: each with text: and consequence:.",
	Run: func(ctx *Context) {
		for _, pl := range plans(ctx.Case) {
			if len(pl.plan.Expectations) == 0 {
				ctx.forChild(pl.child).Report(pl.plan.At.Of("expectations"), "Child", childName(pl.child))
			}
			for _, e := range pl.plan.Expectations {
				if !e.Consequence.IsSet() {
					ctx.forChild(pl.child).ReportAs(report.Error, e.At.Of("consequence"), ".consequence", "Child", childName(pl.child))
				}
			}
		}
	},
}
