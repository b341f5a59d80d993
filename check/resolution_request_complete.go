package check

import (
	"strings"

	"coregroup/report"
)

// resolutionRequestComplete is the rule resolution.request-complete: a
// resolution request holds every item of the Appendix 3 form.
var resolutionRequestComplete = Rule{
	ID:       "resolution.request-complete",
	Severity: report.Warning,
	Title:    "A resolution request holds every item of Appendix 3",
	Why:      "The Tier 1 meeting is triggered by the Appendix 3 request: who makes it, the date of the last core group, the concern with the desired outcome for the child, and what the core group and the requesting agency have done to resolve it.",
	Source:   "003 §5, Appendix 3",
	Example:  "requests:\n  - id: r1\n    date: 2027-06-07\n    by: hv-price   # no concern:, desired_outcome:, ...",
	Fix:      "Fill in each missing key of the request; an automatic trigger needs only date: and concern:.",
	Run: func(ctx *Context) {
		if ctx.Case.Resolution == nil {
			return
		}
		for _, rq := range ctx.Case.Resolution.Requests {
			items := []struct {
				key string
				set bool
			}{
				{"date", rq.Date.IsSet()},
				{"concern", rq.Concern.IsSet()},
				{"by", rq.Automatic || rq.By.IsSet()},
				{"last_core_group", rq.Automatic || rq.LastCoreGroup.IsSet()},
				{"desired_outcome", rq.Automatic || rq.DesiredOutcome.IsSet()},
				{"core_group_actions", rq.Automatic || rq.CoreGroupActions.IsSet()},
				{"agency_actions", rq.Automatic || rq.AgencyActions.IsSet()},
			}
			var missing []string
			for _, it := range items {
				if !it.set {
					missing = append(missing, it.key+":")
				}
			}
			if len(missing) > 0 {
				ctx.Report(rq.At.Node, "ID", rq.ID, "Keys", strings.Join(missing, ", "))
			}
		}
	},
}
