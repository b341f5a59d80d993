package check

import "coregroup/report"

// planParticipation is the rule plan.participation: the plan says how the
// child takes part.
var planParticipation = Rule{
	ID:       "plan.participation",
	Severity: report.Warning,
	Title:    "The plan says how the child takes part",
	Why:      "The plan describes how the child participates in carrying it out and reviewing it.",
	Source:   "000 §2, 003 §3",
	Example:  "plan:\n  contingency: ...   # no participation:",
	Fix:      "Add participation: how the child's views reach the core group.",
	Run: func(ctx *Context) {
		for _, pl := range plans(ctx.Case) {
			if !pl.plan.Participation.IsSet() {
				ctx.forChild(pl.child).Report(pl.plan.At.Of("participation"), "Child", childName(pl.child))
			}
		}
	},
}
