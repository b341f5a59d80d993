package check

import "coregroup/report"

// timeTier2 is the rule time.tier2: tier 2 follows 12 weeks of Tier 1
// without significant risk reduction.
var timeTier2 = Rule{
	ID:       "time.tier2",
	Severity: report.Error,
	Title:    "Tier 2 follows 12 weeks of Tier 1 without significant risk reduction",
	Why:      "Tier 1 runs at most 12 weeks without significant risk reduction; then a Tier 2 meeting is held within 10 working days of that deadline.",
	Source:   "003 §5 and flow chart",
	Example:  "- tier: 1\n  date: 2026-06-01\n  risk_reduced: false   # no Tier 2 by 2026-09-07",
	Fix:      "Hold the Tier 2 meeting, or record risk_reduced: true on the Tier 1 meeting when risk has significantly reduced.",
	Run:      func(ctx *Context) { ctx.reportEvents("tier2") },
}
