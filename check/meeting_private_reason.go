package check

import "coregroup/report"

// meetingPrivateReason is the rule meeting.private-reason: a discussion
// without the family has a recorded reason.
var meetingPrivateReason = Rule{
	ID:       "meeting.private-reason",
	Severity: report.Error,
	Title:    "A discussion without the family has a recorded reason",
	Why:      "When professionals discuss the case without the parents, the reasons must always be recorded.",
	Source:   "000 §2",
	Example:  "professionals_only:\n  summary: Police update   # no reason:",
	Fix:      "Add reason: under professionals_only:.",
	Run: func(ctx *Context) {
		for _, m := range ctx.Case.Meetings {
			if p := m.ProfessionalsOnly; p != nil && !p.Reason.IsSet() {
				ctx.atMeeting(&m).Report(p.At.Of("reason"), "Date", m.Date.Time)
			}
		}
	},
}
