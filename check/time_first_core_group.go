package check

import "coregroup/report"

// timeFirstCoreGroup is the rule time.first-core-group: the first core group
// meets within 10 working days of the initial conference.
var timeFirstCoreGroup = Rule{
	ID:       "time.first-core-group",
	Severity: report.Error,
	Title:    "The first core group meets within 10 working days of the initial conference",
	Why:      "The first core group turns the outline plan into a detailed one; the procedures give it 10 working days.",
	Source:   "000 §2, 001 §2, 002, 003 §4, 004",
	Example:  "conferences:\n  - {type: initial, date: 2026-09-07}\nmeetings:\n  - date: 2026-09-30",
	Fix:      "Hold the first core group within the limit, or record the date it was held.",
	Run:      func(ctx *Context) { ctx.reportEvents("first-core-group") },
}
