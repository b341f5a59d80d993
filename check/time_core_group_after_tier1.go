package check

import "coregroup/report"

// timeCoreGroupAfterTier1 is the rule time.core-group-after-tier1: a core
// group reviews the revised plan within 6 weeks of Tier 1.
var timeCoreGroupAfterTier1 = Rule{
	ID:       "time.core-group-after-tier1",
	Severity: report.Error,
	Title:    "A core group reviews the revised plan within 6 weeks of Tier 1",
	Why:      "After Tier 1 the revised plan is reconsidered at a core group no later than 6 weeks after the meeting.",
	Source:   "003 §5",
	Example:  "- tier: 1\n  date: 2026-09-01   # no core group by 2026-10-13",
	Fix:      "Hold a core group within 6 weeks of the Tier 1 meeting.",
	Run:      func(ctx *Context) { ctx.reportEvents("core-group-after-tier1") },
}
