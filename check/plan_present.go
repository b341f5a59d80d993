package check

import "coregroup/report"

// planPresent is the rule plan.present: each child has a plan.
var planPresent = Rule{
	ID:       "plan.present",
	Severity: report.Error,
	Title:    "Each child has a plan",
	Why:      "Each child subject to a plan needs their own plan, even in a sibling group.",
	Source:   "001 §4",
	Example:  "children:\n  - id: ella\n    name: Ella Example   # no plan:",
	Fix:      "Add plan: under the child, with worries, actions and a contingency.",
	Run: func(ctx *Context) {
		for _, ch := range ctx.Case.Children {
			if ch.Plan == nil {
				ctx.forChild(&ch).Report(ch.At.Of("plan"), "Child", childName(&ch))
			}
		}
	},
}
