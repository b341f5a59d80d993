package check

import "coregroup/report"

// planOutcomeChanged is the rule plan.outcome-changed: in Wales only a
// conference sets or changes a personal outcome.
var planOutcomeChanged = Rule{
	ID:       "plan.outcome-changed",
	Severity: report.Error,
	Title:    "Only a conference sets or changes a personal outcome (Wales)",
	Why:      "Personal outcomes are set at conference and can only be changed with agreement at conference; the core group changes the actions, not the outcomes.",
	Source:   "003 §4",
	Example:  "outcomes:\n  - id: o-school\n    changes:\n      - {date: 2026-10-30, by: core-group, what: Target lowered to 90%.}",
	Fix:      "Take the change to the review conference (or ask for it to be brought forward) and record it with by: conference and the conference's date; change the actions instead.",
	Run: func(ctx *Context) {
		if !ctx.Policy.PersonalOutcomes {
			return
		}
		conf := map[string]bool{}
		for _, c := range ctx.Case.Conferences {
			conf[c.Date.String()] = c.Date.IsSet()
		}
		for _, pl := range plans(ctx.Case) {
			for _, o := range pl.plan.Outcomes {
				if o.SetAt.IsSet() && !conf[o.SetAt.String()] {
					ctx.forChild(pl.child).ReportAs(report.Error, o.SetAt.Pos, ".set", "ID", o.ID, "Date", o.SetAt.Time)
				}
				for _, c := range o.Changes {
					if c.By == "core-group" {
						ctx.forChild(pl.child).Report(c.At.Of("by"), "ID", o.ID, "Date", c.Date.Time)
					}
				}
			}
		}
	},
}
