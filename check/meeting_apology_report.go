package check

import "coregroup/report"

// meetingApologyReport is the rule meeting.apology-report: professionals who
// cannot attend send a written report.
var meetingApologyReport = Rule{
	ID:       "meeting.apology-report",
	Severity: report.Warning,
	Title:    "Professionals who cannot attend send a written report",
	Why:      "A professional who cannot attend provides a written report with enough detail (contact with the family, work done, challenges and successes) for the core group to judge progress without them. A report recorded without a summary of what it said is a warning too: the record must show what the core group heard.",
	Source:   "003 §3, 002, 000 §3",
	Example:  "apologies:\n  - who: gp-shah\n    report: false",
	Fix:      "Ask for the report and record it (report: true, note: a summary of what it says), or say in note: why there was none.",
	Run: func(ctx *Context) {
		for _, m := range ctx.held() {
			for _, a := range m.Apologies {
				if ctx.people[a.Who.ID].member == nil || a.Note.IsSet() {
					continue
				}
				if a.Report {
					ctx.atMeeting(m).ReportAs(report.Warning, a.At.Of("report"), ".summary", "Name", ctx.people[a.Who.ID].name, "Date", m.Date.Time)
				} else {
					ctx.atMeeting(m).Report(a.At.Of("report"), "Name", ctx.people[a.Who.ID].name, "Date", m.Date.Time)
				}
			}
		}
	},
}
