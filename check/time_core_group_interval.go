package check

import (
	"time"

	"coregroup/report"
)

// timeCoreGroupInterval is the rule time.core-group-interval: core groups
// meet at least as often as the policy says.
var timeCoreGroupInterval = Rule{
	ID:       "time.core-group-interval",
	Severity: report.Error,
	Title:    "Core groups meet at least as often as the policy says",
	Why:      "Core groups meet at least every 6 weeks (every 4 in the West Midlands) while the plan is in place, and the next meeting is always arranged.",
	Source:   "000 §2, 001 §2, 002, 003 §4",
	Example:  "meetings:\n  - date: 2026-09-18\n  - date: 2026-11-20   # 9 weeks later",
	Fix:      "Arrange the next core group within the interval and record it in next_meeting: or as a meeting.",
	Run: func(ctx *Context) {
		ctx.reportEvents("core-group-interval")
		ctx.reportEvents("next-core-group")
		for _, e := range ctx.schedule() {
			if e.Kind != "next-core-group" || e.Status == Overdue {
				continue
			}
			planned, _ := e.Data["Planned"].(time.Time)
			switch {
			case planned.IsZero():
				ctx.ReportAs(report.Warning, e.Pos, ".none-planned", "Due", e.Due, "Previous", e.Data["Previous"])
			case planned.After(e.Due):
				ctx.ReportAs(report.Error, e.Pos, ".planned-late", "Due", e.Due, "Planned", planned, "Weeks", e.Data["Weeks"])
			}
		}
	},
}
