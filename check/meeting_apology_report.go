package check

import "coregroup/report"

// meetingApologyReport is the rule meeting.apology-report: professionals who
// cannot attend send a written report.
var meetingApologyReport = Rule{
	ID:       "meeting.apology-report",
	Severity: report.Warning,
	Title:    "Professionals who cannot attend send a written report",
	Why:      "A professional who cannot attend provides a written report, so the core group can judge progress without them.",
	Source:   "003 §3, 002, 000 §3",
	Example:  "apologies:\n  - who: gp-shah\n    report: false",
	Fix:      "Ask for the report and record it (report: true, note: a summary), or say in note: why there was none.",
	Run: func(ctx *Context) {
		for _, m := range ctx.held() {
			for _, a := range m.Apologies {
				if ctx.people[a.Who.ID].member != nil && !a.Report && !a.Note.IsSet() {
					ctx.atMeeting(m).Report(a.At.Of("report"), "Name", ctx.people[a.Who.ID].name, "Date", m.Date.Time)
				}
			}
		}
	},
}
