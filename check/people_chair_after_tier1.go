package check

import "coregroup/report"

// peopleChairAfterTier1 is the rule people.chair-after-tier1: the social
// worker chairs the core group that follows a Tier 1 meeting.
var peopleChairAfterTier1 = Rule{
	ID:       "people.chair-after-tier1",
	Severity: report.Error,
	Title:    "The social worker chairs the core group that follows a Tier 1 meeting",
	Why:      "After a Tier 1 resolution meeting the revised plan is reconsidered at the next core group, which the allocated social worker chairs, even where the social worker does not chair other core groups.",
	Source:   "003 §5 (Tier 1 Resolution Meeting)",
	Example:  "resolution:\n  meetings:\n    - {tier: 1, date: 2026-10-20}\nmeetings:\n  - date: 2026-10-30\n    chair: hv-price   # the health visitor",
	Fix:      "Record the social worker as the chair of the first core group after the Tier 1 meeting, or correct the chair: if the social worker did chair it.",
	Run: func(ctx *Context) {
		if ctx.Policy.Resolution == nil {
			return
		}
		for _, t1 := range ctx.resolutionMeetings(1) {
			for _, m := range ctx.meetingsByDate() {
				if !m.Date.After(t1.Date.Time) {
					continue
				}
				if p := ctx.people[m.Chair.ID]; m.Chair.IsSet() && p.role() != "social-worker" {
					ctx.atMeeting(m).Report(m.Chair.Pos, "Name", p.name, "Tier1", t1.Date.Time)
				}
				break
			}
		}
	},
}
