package check

import (
	"strings"

	"coregroup/report"
)

// resolutionRecordComplete is the rule resolution.record-complete: the
// record of a Tier 1 or Tier 2 meeting held holds every item of Appendix 5.
var resolutionRecordComplete = Rule{
	ID:       "resolution.record-complete",
	Severity: report.Warning,
	Title:    "The record of a resolution meeting holds every item of Appendix 5",
	Why:      "The record of a Tier 1 or Tier 2 meeting follows Appendix 5: date, time and venue, who attended, the case and presenting issues, partner agencies' involvement, the views of the child and family, the analysis of risks, the agreed outcome and actions, the communication with the family and the date of the next core group.",
	Source:   "003 §5, Appendices 4-5",
	Example:  "meetings:\n  - tier: 1\n    date: 2027-06-17\n    present: [tm-davies, hv-price]   # no summary:, views:, ...",
	Fix:      "Fill in each missing key of the record.",
	Run: func(ctx *Context) {
		for _, tier := range []int{1, 2} {
			for _, rm := range ctx.resolutionMeetings(tier) {
				if rm.Date.After(ctx.Options.AsOf) || len(rm.Present) == 0 {
					continue // not held yet, or no record yet (time.tier1 and time.tier2 see to it)
				}
				items := []struct {
					key string
					set bool
				}{
					{"time", rm.Time.Set},
					{"venue", rm.Venue.IsSet()},
					{"chair", rm.Chair.IsSet()},
					{"summary", rm.Summary.IsSet()},
					{"partners", rm.Partners.IsSet()},
					{"views", rm.Views.IsSet()},
					{"analysis", rm.Analysis.IsSet()},
					{"outcomes", rm.Outcomes.IsSet()},
					{"communication", rm.Communication.IsSet()},
					{"next_core_group", rm.NextCoreGroup.IsSet()},
				}
				var missing []string
				for _, it := range items {
					if !it.set {
						missing = append(missing, it.key+":")
					}
				}
				if len(missing) > 0 {
					ctx.Report(rm.At.Node, "Tier", tier, "Date", rm.Date.Time, "Keys", strings.Join(missing, ", "))
				}
			}
		}
	},
}
