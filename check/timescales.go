package check

import (
	"coregroup/report"
)

// The timescale rules. Each judges events of the case's schedule: overdue
// is an error, due within five working days a warning, and a deadline
// missed in the past a warning (it is a fact of the record now).
func init() {
	register(&Rule{
		ID:       "time.first-core-group",
		Severity: report.Error,
		Title:    "The first core group meets within 10 working days of the initial conference",
		Why:      "The first core group turns the outline plan into a detailed one; the procedures give it 10 working days.",
		Source:   "000 §2, 001 §2, 002, 003 §4, 004",
		Example:  "conferences:\n  - {type: initial, date: 2026-09-07}\nmeetings:\n  - date: 2026-09-30",
		Fix:      "Hold the first core group within the limit, or record the date it was held.",
		Run:      func(ctx *Context) { ctx.reportEvents("first-core-group") },
	})
	register(&Rule{
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
				planned, _ := e.Data["Planned"].(string)
				switch {
				case planned == "":
					ctx.ReportAs(report.Warning, e.Pos, ".none-planned", "Due", dateString(e.Due), "Previous", e.Data["Previous"])
				case planned > dateString(e.Due):
					ctx.ReportAs(report.Error, e.Pos, ".planned-late", "Due", dateString(e.Due), "Planned", planned, "Weeks", e.Data["Weeks"])
				}
			}
		},
	})
	register(&Rule{
		ID:       "time.record-circulated",
		Severity: report.Error,
		Title:    "The record of each core group is circulated in time",
		Why:      "The record and the amended plan go to every member within 10 working days (5 in Wales) so everyone acts on the same plan.",
		Source:   "000 §3, 002, 003 §3-4",
		Example:  "- date: 2026-10-30\n  circulated: 2026-11-20",
		Fix:      "Circulate the record and set circulated: to the day it was sent.",
		Run:      func(ctx *Context) { ctx.reportEvents("record") },
	})
	register(&Rule{
		ID:       "time.resolution-trigger",
		Severity: report.Error,
		Title:    "The resolution process starts after 15 months or the third review conference",
		Why:      "In Wales the resolution process starts by itself after 15 months on the register or the third review conference, whichever is sooner, unless the Independent Reviewing Officer and the Team Manager both agree a delay.",
		Source:   "003 §5",
		Example:  "children:\n  - plan_start: 2025-06-02   # 15 months passed, no resolution request",
		Fix:      "Make a resolution request (Appendix 3) under resolution.requests, or record an agreed delay under resolution.delay.",
		Run:      func(ctx *Context) { ctx.reportEvents("resolution-trigger") },
	})
	register(&Rule{
		ID:       "time.resolution-delay",
		Severity: report.Error,
		Title:    "A delay of the automatic trigger is agreed by the IRO and the Team Manager, with a reason",
		Why:      "The trigger may be delayed only when the Independent Reviewing Officer and the Team Manager both agree, for example during criminal or private law proceedings.",
		Source:   "003 §5",
		Example:  "delay:\n  agreed_by: [tm-davies]\n  reason: Court hearing pending",
		Fix:      "List both the Independent Reviewing Officer and the Team Manager in agreed_by:, and give the reason. A delay whose until: date has passed has ended: review it at core group and set a new date, or make the resolution request.",
		Run: func(ctx *Context) {
			r := ctx.Case.Resolution
			switch {
			case r == nil || r.Delay == nil:
			case ctx.delayEnded():
				ctx.ReportAs(report.Error, r.Delay.Until.Pos, ".ended", "Until", r.Delay.Until.String())
			case !ctx.validDelay():
				ctx.Report(r.Delay.At.Node)
			}
		},
	})
	register(&Rule{
		ID:       "time.tier1",
		Severity: report.Error,
		Title:    "A Tier 1 meeting is held within 10 working days of the request",
		Why:      "The member who asks for resolution arranges a Tier 1 meeting within 10 working days of the request.",
		Source:   "003 §5",
		Example:  "requests:\n  - {id: r1, date: 2026-10-01}   # no Tier 1 meeting",
		Fix:      "Hold the Tier 1 meeting and record it under resolution.meetings with tier: 1 and request: the id.",
		Run:      func(ctx *Context) { ctx.reportEvents("tier1") },
	})
	register(&Rule{
		ID:       "time.core-group-after-tier1",
		Severity: report.Error,
		Title:    "A core group reviews the revised plan within 6 weeks of Tier 1",
		Why:      "After Tier 1 the revised plan is reconsidered at a core group no later than 6 weeks after the meeting.",
		Source:   "003 §5",
		Example:  "- tier: 1\n  date: 2026-09-01   # no core group by 2026-10-13",
		Fix:      "Hold a core group within 6 weeks of the Tier 1 meeting.",
		Run:      func(ctx *Context) { ctx.reportEvents("core-group-after-tier1") },
	})
	register(&Rule{
		ID:       "time.tier2",
		Severity: report.Error,
		Title:    "Tier 2 follows 12 weeks of Tier 1 without significant risk reduction",
		Why:      "Tier 1 runs at most 12 weeks without significant risk reduction; then a Tier 2 meeting is held within 10 working days of that deadline.",
		Source:   "003 §5 and flow chart",
		Example:  "- tier: 1\n  date: 2026-06-01\n  risk_reduced: false   # no Tier 2 by 2026-09-07",
		Fix:      "Hold the Tier 2 meeting, or record risk_reduced: true on the Tier 1 meeting when risk has significantly reduced.",
		Run:      func(ctx *Context) { ctx.reportEvents("tier2") },
	})
}
