package check

import "coregroup/report"

// meetingRecommendation is the rule meeting.recommendation: the last core
// group before a review conference makes a recommendation to it.
var meetingRecommendation = Rule{
	ID:       "meeting.recommendation",
	Severity: report.Warning,
	Title:    "The last core group before a review conference makes a recommendation to it",
	Why:      "The final core group before the conference provides a recommendation to the review conference, and the core group gives the conference an updated plan and up-to-date information.",
	Source:   "002; 003 §2, §6; 001 §2",
	Example:  "conferences:\n  - {type: review, date: 2026-12-07}\nmeetings:\n  - date: 2026-12-04   # no recommendation:",
	Fix:      "Record the core group's recommendation to the review conference in the meeting's recommendation:.",
	Run: func(ctx *Context) {
		for _, review := range ctx.reviewDates() {
			last, ms := -1, ctx.meetingsByDate()
			for i, m := range ms {
				if m.Date.Before(review.Time) {
					last = i
				}
			}
			if last < 0 {
				continue
			}
			if m := ms[last]; m.Held(ctx.Options.AsOf) && !m.Recommendation.IsSet() {
				ctx.atMeeting(m).Report(m.At.Node, "Date", m.Date.Time, "Review", review.Time)
			}
		}
	},
}
