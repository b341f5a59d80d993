package check

import "coregroup/report"

// timeResolutionDelay is the rule time.resolution-delay: a delay of the
// automatic trigger is agreed by the IRO and the Team Manager, with a
// reason.
var timeResolutionDelay = Rule{
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
			ctx.ReportAs(report.Error, r.Delay.Until.Pos, ".ended", "Until", r.Delay.Until.Time)
		case !ctx.validDelay():
			ctx.Report(r.Delay.At.Node)
		}
	},
}
