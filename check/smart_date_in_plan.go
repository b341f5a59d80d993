package check

import (
	"coregroup/casefile"
	"coregroup/report"
)

// smartDateInPlan is the rule smart.date-in-plan: action dates fall within
// the plan's life.
var smartDateInPlan = Rule{
	ID:       "smart.date-in-plan",
	Severity: report.Error,
	Title:    "Action dates fall within the plan's life",
	Why:      "A date before the plan started is a mistake; a date after the next review conference escapes the review of the plan.",
	Source:   "001 §4, 003 §4",
	Example:  "by: 2025-01-10   # before plan_start: 2026-03-02",
	Fix:      "Correct the date, or set a review date before the next review conference.",
	Run: func(ctx *Context) {
		next := ctx.nextReviewConference()
		ctx.eachAction(func(pl planned, a *casefile.Action) {
			for _, d := range []casefile.Date{a.By, a.Review} {
				switch {
				case !d.IsSet():
				case pl.child.PlanStart.IsSet() && d.Before(pl.child.PlanStart.Time):
					ctx.forChild(pl.child).Report(d.Pos, "ID", a.ID, "Date", d.Time, "Start", pl.child.PlanStart.Time)
				case next.IsSet() && d.After(next.Time) && a.Status != "done":
					ctx.forChild(pl.child).ReportAs(report.Error, d.Pos, ".after-review", "ID", a.ID, "Date", d.Time, "Review", next.Time)
				}
			}
		})
	},
}
