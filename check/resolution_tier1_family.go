package check

import (
	"coregroup/casefile"
	"coregroup/report"
)

// resolutionTier1Family is the rule resolution.tier1-family: the family
// does not attend a Tier 1 meeting.
var resolutionTier1Family = Rule{
	ID:       "resolution.tier1-family",
	Severity: report.Error,
	Title:    "A Tier 1 meeting is for professionals: the family is not invited",
	Why:      "The Tier 1 meeting is convened for the professionals of the core group and their line managers and should not include the family; the parents and the child are told of it and updated after it.",
	Source:   "003 §5, Appendix 2",
	Example:  "meetings:\n  - tier: 1\n    present: [tm-davies, hv-price, mum]",
	Fix:      "Take the family members out of invited: and present:; record how they were told (the request's parent_told:) and updated (communication:).",
	Run: func(ctx *Context) {
		for _, rm := range ctx.resolutionMeetings(1) {
			for _, list := range [][]casefile.Ref{rm.Invited, rm.Present} {
				for _, r := range list {
					if p := ctx.people[r.ID]; p.child != nil || p.family != nil {
						ctx.Report(r.Pos, "Name", p.name, "Date", rm.Date.Time)
					}
				}
			}
		}
	},
}
