package check

import "coregroup/report"

// timeResolutionTrigger is the rule time.resolution-trigger: the resolution
// process starts after 15 months or the third review conference.
var timeResolutionTrigger = Rule{
	ID:       "time.resolution-trigger",
	Severity: report.Error,
	Title:    "The resolution process starts after 15 months or the third review conference",
	Why:      "In Wales the resolution process starts by itself after 15 months on the register or the third review conference, whichever is sooner, unless the Independent Reviewing Officer and the Team Manager both agree a delay.",
	Source:   "003 §5",
	Example:  "children:\n  - plan_start: 2025-06-02   # 15 months passed, no resolution request",
	Fix:      "Make a resolution request (Appendix 3) under resolution.requests, or record an agreed delay under resolution.delay.",
	Run:      func(ctx *Context) { ctx.reportEvents("resolution-trigger") },
}
