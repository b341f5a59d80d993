package casefile

import (
	"slices"
	"time"

	"coregroup/report"
)

// sortByDate puts the dated records of a case in date order, undated ones
// last, keeping file order between equals: conferences, core group
// meetings and resolution meetings and requests may be written in any
// order, and everything after the loader reads them oldest first.
func sortByDate(c *Case) {
	slices.SortStableFunc(c.Conferences, func(a, b Conference) int { return compareDates(a.Date, b.Date) })
	slices.SortStableFunc(c.Meetings, func(a, b Meeting) int { return compareDates(a.Date, b.Date) })
	if r := c.Resolution; r != nil {
		slices.SortStableFunc(r.Requests, func(a, b Request) int { return compareDates(a.Date, b.Date) })
		slices.SortStableFunc(r.Meetings, func(a, b ResolutionMeeting) int { return compareDates(a.Date, b.Date) })
	}
}

func compareDates(a, b Date) int {
	switch {
	case a.IsSet() && !b.IsSet():
		return -1
	case !a.IsSet() && b.IsSet():
		return 1
	}
	return a.Time.Compare(b.Time)
}

// Held reports whether the meeting took place by day: its date has come, it
// was not cancelled, and it has a record (who was present, or the day the
// record went out). A past meeting with no record is not counted as held.
func (m Meeting) Held(day time.Time) bool {
	return m.Date.IsSet() && !m.Date.After(day) && !m.Cancelled.IsSet() && (len(m.Present) > 0 || m.Circulated.IsSet() || len(m.Circulation) > 0)
}

// RecordSent returns the day the meeting's record went out and where that
// was written: circulated:, or when only circulation: says who received it,
// the last of its days. It is unset while someone listed has no day.
func (m Meeting) RecordSent() (Date, report.Position) {
	if m.Circulated.IsSet() || len(m.Circulation) == 0 {
		return m.Circulated, m.At.Of("circulated")
	}
	last := m.Circulation[0].Date
	for _, s := range m.Circulation {
		if !s.Date.IsSet() {
			return Date{}, s.At.Node
		}
		if s.Date.After(last.Time) {
			last = s.Date
		}
	}
	return last, last.Pos
}
