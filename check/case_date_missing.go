package check

import "coregroup/report"

// caseDateMissing is the rule case.date-missing: every conference, meeting
// and request has a date, and there is an initial conference.
var caseDateMissing = Rule{
	ID:       "case.date-missing",
	Severity: report.Error,
	Title:    "Every conference, meeting and request has a date, and there is an initial conference",
	Why:      "Every timescale is counted from these dates.",
	Source:   "the timescales of 000-004, in policies.md, each counted from one of these dates",
	Example:  "meetings:\n  - venue: Family Centre   # no date:",
	Fix:      "Add date: in YYYY-MM-DD.",
	Run: func(ctx *Context) {
		c := ctx.Case
		for _, x := range c.Conferences {
			if !x.Date.IsSet() {
				ctx.Report(x.At.Of("date"))
			}
		}
		for _, x := range c.Meetings {
			if !x.Date.IsSet() {
				ctx.ReportAs(report.Error, x.At.Of("date"), ".meeting")
			}
		}
		if r := c.Resolution; r != nil {
			for _, x := range r.Requests {
				if !x.Date.IsSet() {
					ctx.ReportAs(report.Error, x.At.Of("date"), ".request")
				}
			}
			for _, x := range r.Meetings {
				if !x.Date.IsSet() {
					ctx.ReportAs(report.Error, x.At.Of("date"), ".resolution-meeting")
				}
			}
		}
		if ctx.initialConference() == nil {
			ctx.ReportAs(report.Error, c.At.Of("conferences"), ".initial")
		}
	},
}
