package check

import "coregroup/report"

// planWorries is the rule plan.worries: the plan says what we are worried
// about, and what will be done.
var planWorries = Rule{
	ID:       "plan.worries",
	Severity: report.Error,
	Title:    "The plan says what we are worried about, and what will be done",
	Why:      "A plan with no worries or no actions tells the family nothing; the plan must say what we are worried about and the actions needed for the child's safety.",
	Source:   "001 §4",
	Example:  "plan:\n  worries: []\n  actions: []",
	Fix:      "Add worries: and actions: as agreed at conference.",
	Run: func(ctx *Context) {
		for _, pl := range plans(ctx.Case) {
			if len(pl.plan.Worries) == 0 {
				ctx.forChild(pl.child).Report(pl.plan.At.Of("worries"), "Child", childName(pl.child))
			}
			if len(pl.plan.Actions) == 0 {
				ctx.forChild(pl.child).ReportAs(report.Error, pl.plan.At.Of("actions"), ".actions", "Child", childName(pl.child))
			}
		}
	},
}
