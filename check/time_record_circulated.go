package check

import "coregroup/report"

// timeRecordCirculated is the rule time.record-circulated: the record of
// each core group is circulated in time.
var timeRecordCirculated = Rule{
	ID:       "time.record-circulated",
	Severity: report.Error,
	Title:    "The record of each core group is circulated in time",
	Why:      "The record and the amended plan go to every member within 10 working days (5 in Wales) so everyone acts on the same plan.",
	Source:   "000 §3, 002, 003 §3-4",
	Example:  "- date: 2026-10-30\n  circulated: 2026-11-20",
	Fix:      "Circulate the record and set circulated: to the day it was sent.",
	Run:      func(ctx *Context) { ctx.reportEvents("record") },
}
