package check

import "coregroup/report"

// planChildSeen is the rule plan.child-seen: the plan says how the child is
// seen, alone and with others.
var planChildSeen = Rule{
	ID:       "plan.child-seen",
	Severity: report.Error,
	Title:    "The plan says how the child is seen, alone and with others",
	Why:      "The plan sets out when and how the child is seen by the social worker, both alone and with family members present.",
	Source:   "000 §2, 003 §2",
	Example:  "plan:\n  seen: []",
	Fix:      "Add seen: entries with who, how_often, alone: true for time alone, and with: for time with others. A plan with no time alone is a warning, but for an unborn baby, who is seen with the mother.",
	Run: func(ctx *Context) {
		for _, pl := range plans(ctx.Case) {
			alone := false
			for _, s := range pl.plan.Seen {
				alone = alone || s.Alone
			}
			switch {
			case len(pl.plan.Seen) == 0:
				ctx.forChild(pl.child).Report(pl.plan.At.Of("seen"), "Child", childName(pl.child))
			case !alone && !pl.child.Unborn():
				ctx.forChild(pl.child).ReportAs(report.Warning, pl.plan.At.Of("seen"), ".alone", "Child", childName(pl.child))
			}
		}
	},
}
