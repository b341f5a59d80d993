package check

import (
	"strings"

	"coregroup/casefile"
	"coregroup/report"
)

// meetingFutureRecord is the rule meeting.future-record: a meeting still to
// come has no record yet.
var meetingFutureRecord = Rule{
	ID:       "meeting.future-record",
	Severity: report.Error,
	Title:    "A meeting still to come has no record yet",
	Why:      "Who was present, the scores, the progress and the day the record went out can only be known once a meeting has been held. A meeting dated after the day checked that has them is a wrong date (often the year) or a record filed under the wrong meeting, and timescales count neither.",
	Source:   "003 §4 (record of the core group meeting), 000 §3",
	Example:  "meetings:\n  - date: 2027-11-03   # meant 2026\n    present: [mum, sw-hughes]\n    circulated: 2026-11-10",
	Fix:      "Correct the meeting's date, or take out what has not happened yet. Who is invited, the venue, the chair and apologies sent ahead may stay.",
	Run: func(ctx *Context) {
		for _, m := range ctx.meetingsByDate() {
			if !m.Date.After(ctx.Options.AsOf) {
				continue
			}
			if keys := recordKeys(m); len(keys) > 0 {
				ctx.atMeeting(m).Report(m.Date.Pos, "Date", m.Date.Time, "Today", ctx.Options.AsOf, "Keys", strings.Join(keys, ", "))
			}
		}
	},
}

// recordKeys returns the keys of a meeting that only a meeting held can
// have: attendance, the record and its circulation. Apologies, the chair,
// the venue and the views gathered for the meeting can come before it.
func recordKeys(m *casefile.Meeting) []string {
	var keys []string
	for _, k := range []struct {
		key string
		set bool
	}{
		{"present", len(m.Present) > 0},
		{"previous_record", m.PreviousRecord.IsSet()},
		{"working_well", len(m.WorkingWell) > 0},
		{"worries", len(m.Worries) > 0},
		{"complicating", len(m.Complicating) > 0},
		{"scaling", len(m.Scaling) > 0},
		{"updates", len(m.Updates) > 0},
		{"changes", len(m.Changes) > 0},
		{"work_plan", len(m.WorkPlan) > 0},
		{"recommendation", m.Recommendation.IsSet()},
		{"circulated", m.Circulated.IsSet()},
		{"circulation", len(m.Circulation) > 0},
	} {
		if k.set {
			keys = append(keys, k.key)
		}
	}
	return keys
}
