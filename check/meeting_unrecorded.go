package check

import "coregroup/report"

// meetingUnrecorded is the rule meeting.unrecorded: a meeting whose day has
// passed has a record, or is marked cancelled.
var meetingUnrecorded = Rule{
	ID:       "meeting.unrecorded",
	Severity: report.Warning,
	Title:    "A meeting whose day has passed has a record, or is marked cancelled",
	Why:      "Every core group meeting is recorded in writing; a past meeting with nothing recorded is either missing its record or did not happen, and timescales cannot count it.",
	Source:   "003 §4 (record of the core group meeting)",
	Example:  "meetings:\n  - date: 2026-11-03   # no present:, no circulated:",
	Fix:      "Record who was present (and the rest of the record), or set cancelled: with the reason.",
	Run: func(ctx *Context) {
		for _, m := range ctx.Case.Meetings {
			if m.Date.IsSet() && !m.Date.After(ctx.Options.AsOf) && !m.Cancelled.IsSet() && !m.Held(ctx.Options.AsOf) {
				ctx.atMeeting(&m).Report(m.Date.Pos, "Date", m.Date.Time)
			}
		}
	},
}
