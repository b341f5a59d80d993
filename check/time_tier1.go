package check

import "coregroup/report"

// timeTier1 is the rule time.tier1: a Tier 1 meeting is held within 10
// working days of the request.
var timeTier1 = Rule{
	ID:       "time.tier1",
	Severity: report.Error,
	Title:    "A Tier 1 meeting is held within 10 working days of the request",
	Why:      "The member who asks for resolution arranges a Tier 1 meeting within 10 working days of the request.",
	Source:   "003 §5",
	Example:  "requests:\n  - {id: r1, date: 2026-10-01}   # no Tier 1 meeting",
	Fix:      "Hold the Tier 1 meeting and record it under resolution.meetings with tier: 1 and request: the id.",
	Run:      func(ctx *Context) { ctx.reportEvents("tier1") },
}
