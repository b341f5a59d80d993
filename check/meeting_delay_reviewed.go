package check

import "coregroup/report"

// meetingDelayReviewed is the rule meeting.delay-reviewed: each core group
// after an agreed delay of the automatic trigger reviews it.
var meetingDelayReviewed = Rule{
	ID:       "meeting.delay-reviewed",
	Severity: report.Warning,
	Title:    "Each core group reviews an agreed delay of the resolution trigger",
	Why:      "A delay of the automatic trigger must be reviewed at core group and considered as an agenda item at each core group that follows it.",
	Source:   "003 §5",
	Example:  "resolution:\n  delay: {date: 2027-05-01, ...}\nmeetings:\n  - date: 2027-05-14   # no delay_reviewed:",
	Fix:      "Record at each core group after the delay what was decided about it, in delay_reviewed:.",
	Run: func(ctx *Context) {
		r := ctx.Case.Resolution
		if r == nil || r.Delay == nil || !r.Delay.Date.IsSet() || ctx.Policy.Resolution == nil {
			return
		}
		for _, m := range ctx.held() {
			if m.Date.After(r.Delay.Date.Time) && !m.DelayReviewed.IsSet() {
				ctx.atMeeting(m).Report(m.At.Node, "Date", m.Date.Time, "Agreed", r.Delay.Date.Time)
			}
		}
	},
}
