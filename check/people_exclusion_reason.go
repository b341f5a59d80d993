package check

import "coregroup/report"

// peopleExclusionReason is the rule people.exclusion-reason: a parent
// excluded from the core group has a recorded reason.
var peopleExclusionReason = Rule{
	ID:       "people.exclusion-reason",
	Severity: report.Error,
	Title:    "A parent excluded from the core group has a recorded reason",
	Why:      "A decision to exclude a parent must be recorded, with the reason, for future reference.",
	Source:   "000 §3",
	Example:  "excluded:\n  decided: 2026-03-02   # no reason:",
	Fix:      "Add reason: under excluded:, as decided at conference.",
	Run: func(ctx *Context) {
		for _, f := range ctx.Case.Family {
			if f.Excluded != nil && !f.Excluded.Reason.IsSet() {
				ctx.Report(f.Excluded.At.Of("reason"), "Name", f.Name)
			}
		}
	},
}
