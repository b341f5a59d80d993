package check

import (
	"time"

	"coregroup/casefile"
	"coregroup/report"
)

// The school day, in minutes after midnight, when a school gives no times
// of its own.
const (
	schoolStarts = 8*60 + 45
	schoolEnds   = 15*60 + 15
)

// meetingSchoolHours is the rule meeting.school-hours: a meeting a child
// attends is held outside school hours, or says why not.
var meetingSchoolHours = Rule{
	ID:       "meeting.school-hours",
	Severity: report.Warning,
	Title:    "A meeting the child attends is outside school hours, or says why",
	Why:      "If the child attends, core groups are held outside school hours; the time is fitted around school, so the plan does not take the child out of lessons.",
	Source:   "001 §5, 000 §3, 003 §3",
	Example:  "- date: 2026-10-14   # a Wednesday in term\n  time: \"10:00\"\n  present: [ella, mum, sw-hughes]",
	Fix:      "Hold the meeting before or after the school day, or record in time_reason: why it is in school hours (the child's own wish, for example). The case can give the school's day and terms under the child's school:.",
	Run: func(ctx *Context) {
		for _, m := range ctx.held() {
			if !m.Time.Set || m.TimeReason.IsSet() {
				continue
			}
			for _, r := range m.Present {
				ch := ctx.people[r.ID].child
				if ch != nil && ch.School != nil && inSchoolHours(ch.School, m.Date.Time, m.Time) {
					ctx.atMeeting(m).Report(m.Time.Pos, "Child", childName(ch), "Date", m.Date.Time, "Time", m.Time.String())
				}
			}
		}
	},
}

// inSchoolHours reports whether a meeting at day and clock falls in the
// school's day on a weekday of one of its terms.
func inSchoolHours(s *casefile.School, day time.Time, at casefile.Clock) bool {
	if wd := day.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return false
	}
	inTerm := false
	for _, t := range s.Terms {
		inTerm = inTerm || (t.From.IsSet() && t.To.IsSet() && !day.Before(t.From.Time) && !day.After(t.To.Time))
	}
	starts, ends := schoolStarts, schoolEnds
	if s.Starts.Set {
		starts = s.Starts.Minutes()
	}
	if s.Ends.Set {
		ends = s.Ends.Minutes()
	}
	return inTerm && at.Minutes() >= starts && at.Minutes() < ends
}
