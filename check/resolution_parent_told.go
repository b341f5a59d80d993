package check

import "coregroup/report"

// resolutionParentTold is the rule resolution.parent-told: the parents are
// told that a Tier 1 meeting is taking place, and why.
var resolutionParentTold = Rule{
	ID:       "resolution.parent-told",
	Severity: report.Warning,
	Title:    "The parents are told that a Tier 1 meeting is taking place, and why",
	Why:      "The core group member who makes the request informs the parent that the meeting is taking place and explains the reasons, what is trying to be achieved and how; after an automatic trigger the Independent Reviewing Officer explains it.",
	Source:   "003 §5",
	Example:  "requests:\n  - id: r1\n    date: 2027-06-07   # no parent_told:",
	Fix:      "Tell the parents and record the day in the request's parent_told:.",
	Run: func(ctx *Context) {
		if ctx.Case.Resolution == nil {
			return
		}
		for _, rq := range ctx.Case.Resolution.Requests {
			if rq.Date.IsSet() && !rq.ParentTold.IsSet() {
				ctx.Report(rq.At.Node, "ID", rq.ID, "Date", rq.Date.Time)
			}
		}
	},
}
