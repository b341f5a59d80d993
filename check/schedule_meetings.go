package check

import (
	"time"

	"coregroup/casefile"
)

// meetingsByDate returns the dated meetings that were not cancelled, in
// date order (the loader sorts them).
func (ctx *Context) meetingsByDate() []*casefile.Meeting {
	var out []*casefile.Meeting
	for i := range ctx.Case.Meetings {
		if m := &ctx.Case.Meetings[i]; m.Date.IsSet() && !m.Cancelled.IsSet() {
			out = append(out, m)
		}
	}
	return out
}

// firstMeetingAfter returns the first meeting held on or after day (or
// strictly after when strict), or nil.
func (ctx *Context) firstMeetingAfter(day time.Time, strict bool) *casefile.Meeting {
	for _, m := range ctx.held() {
		if m.Date.After(day) || (!strict && m.Date.Equal(day)) {
			return m
		}
	}
	return nil
}

// weeks returns the day n weeks after t.
func weeks(t time.Time, n int) time.Time { return t.AddDate(0, 0, 7*n) }

func (ctx *Context) coreGroupEvents() []Event {
	var ev []Event
	p := ctx.Policy
	for _, m := range ctx.meetingsByDate() {
		done, st := ctx.happened(m.Date.Time)
		ev = append(ev, Event{Kind: "core-group", Due: m.Date.Time, Done: done, Status: st, Pos: m.Date.Pos})
	}
	if icpc := ctx.initialConference(); icpc != nil {
		due := ctx.Calendar.AddWorkingDays(icpc.Date.Time, p.FirstCoreGroupWorkingDays)
		e := Event{Kind: "first-core-group", Due: due, Pos: icpc.Date.Pos, Data: map[string]any{"N": p.FirstCoreGroupWorkingDays}}
		if first := ctx.firstMeetingAfter(icpc.Date.Time, false); first != nil {
			e.Done, e.Pos = first.Date.Time, first.Date.Pos
		}
		e.Status = ctx.status(e.Due, e.Done)
		ev = append(ev, e)
	}
	held := ctx.held()
	for i := 1; i < len(held); i++ {
		prev, m := held[i-1], held[i]
		due := weeks(prev.Date.Time, p.IntervalWeeks)
		ev = append(ev, Event{Kind: "core-group-interval", Due: due, Done: m.Date.Time, Status: ctx.status(due, m.Date.Time),
			Pos: m.Date.Pos, Data: map[string]any{"Weeks": p.IntervalWeeks, "Previous": prev.Date.Time}})
	}
	if len(held) > 0 {
		ev = append(ev, ctx.nextCoreGroup(held[len(held)-1]))
	}
	return ev
}

// nextCoreGroup is the deadline for the meeting after the last one held,
// with the date arranged for it, if any.
func (ctx *Context) nextCoreGroup(last *casefile.Meeting) Event {
	weeksN := ctx.Policy.IntervalWeeks
	e := Event{Kind: "next-core-group", Due: weeks(last.Date.Time, weeksN), Pos: last.At.Of("next_meeting"),
		Data: map[string]any{"Weeks": weeksN, "Previous": last.Date.Time, "Planned": time.Time{}}}
	planned := last.NextMeeting
	for _, m := range ctx.Case.Meetings {
		if m.Cancelled.IsSet() && m.Date.Equal(planned.Time) {
			planned = casefile.Date{} // the date agreed was cancelled
		}
	}
	for _, m := range ctx.meetingsByDate() {
		if m.Date.After(last.Date.Time) {
			planned = m.Date
			break
		}
	}
	e.Status = ctx.status(e.Due, time.Time{})
	if planned.IsSet() {
		e.Data["Planned"] = planned.Time
		e.Pos = planned.Pos
		if e.Status == DueSoon && !planned.After(e.Due) {
			e.Status = Due // arranged in time: nothing to chase
		}
	}
	return e
}

func (ctx *Context) recordEvents() []Event {
	var ev []Event
	n := ctx.Policy.RecordWorkingDays
	for _, m := range ctx.held() {
		due := ctx.Calendar.AddWorkingDays(m.Date.Time, n)
		sent, pos := m.RecordSent()
		ev = append(ev, Event{Kind: "record", Due: due, Done: sent.Time, Status: ctx.status(due, sent.Time),
			Pos: pos, Data: map[string]any{"Meeting": m.Date.Time, "N": n}})
	}
	return ev
}
