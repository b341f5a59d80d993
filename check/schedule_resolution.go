package check

import (
	"time"

	"coregroup/casefile"
)

// registerStart returns the earliest day a child of the case was placed on
// the plan, or, when no child's plan_start is given, the initial
// conference's date; zero when neither is known.
func (ctx *Context) registerStart() casefile.Date {
	var start casefile.Date
	for _, ch := range ctx.Case.Children {
		if ch.PlanStart.IsSet() && (!start.IsSet() || ch.PlanStart.Before(start.Time)) {
			start = ch.PlanStart
		}
	}
	if !start.IsSet() {
		if icpc := ctx.initialConference(); icpc != nil {
			start = icpc.Date
		}
	}
	return start
}

// addMonths returns the same day n months later, or the month's last day
// when it has no such day: 30 November + 15 months is 28 February.
func addMonths(t time.Time, n int) time.Time {
	first := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, n, 0)
	last := first.AddDate(0, 1, -1).Day()
	return first.AddDate(0, 0, min(t.Day(), last)-1)
}

// resolutionTrigger returns the day the resolution process starts by
// itself: so many months on the register or the nth review conference,
// whichever is sooner; ok is false when neither is known.
func (ctx *Context) resolutionTrigger() (day casefile.Date, ok bool) {
	r := ctx.Policy.Resolution
	if start := ctx.registerStart(); start.IsSet() {
		day = casefile.Date{Time: addMonths(start.Time, r.TriggerMonths), Pos: start.Pos}
	}
	if reviews := ctx.reviewDates(); len(reviews) >= r.TriggerReviewConferences {
		if nth := reviews[r.TriggerReviewConferences-1]; !day.IsSet() || nth.Before(day.Time) {
			day = nth
		}
	}
	return day, day.IsSet()
}

// resolutionMeetings returns the resolution meetings of a tier, in file
// order.
func (ctx *Context) resolutionMeetings(tier int) []*casefile.ResolutionMeeting {
	var out []*casefile.ResolutionMeeting
	if r := ctx.Case.Resolution; r != nil {
		for i := range r.Meetings {
			if m := &r.Meetings[i]; m.Tier == tier && m.Date.IsSet() {
				out = append(out, m)
			}
		}
	}
	return out
}

// validDelay reports whether the case records a delay of the automatic
// trigger agreed by both an Independent Reviewing Officer and a Team Manager.
func (ctx *Context) validDelay() bool {
	r := ctx.Case.Resolution
	if r == nil || r.Delay == nil {
		return false
	}
	iro, tm := false, false
	for _, who := range r.Delay.AgreedBy {
		switch ctx.people[who.ID].role() {
		case "independent-reviewing-officer":
			iro = true
		case "team-manager":
			tm = true
		}
	}
	return iro && tm && r.Delay.Reason.IsSet() && !ctx.delayEnded()
}

// delayEnded reports whether the agreed delay ran out before the day checked.
func (ctx *Context) delayEnded() bool {
	d := ctx.Case.Resolution.Delay
	return d.Until.IsSet() && d.Until.Before(ctx.Options.AsOf)
}

func (ctx *Context) resolutionEvents() []Event {
	r := ctx.Policy.Resolution
	if r == nil {
		return nil
	}
	var ev []Event
	var requests []casefile.Request
	if ctx.Case.Resolution != nil {
		requests = ctx.Case.Resolution.Requests
	}
	if trigger, ok := ctx.resolutionTrigger(); ok {
		e := Event{Kind: "resolution-trigger", Due: trigger.Time, Pos: trigger.Pos,
			Data: map[string]any{"Months": r.TriggerMonths, "Reviews": r.TriggerReviewConferences}}
		// The trigger is answered by a request on or after its day, or one
		// that says it records the automatic trigger; an earlier request
		// resolved at Tier 1 does not count.
		for _, req := range requests {
			if req.Date.IsSet() && (req.Automatic || !req.Date.Before(trigger.Time)) && (e.Done.IsZero() || req.Date.Before(e.Done)) {
				e.Done = req.Date.Time
			}
		}
		e.Status = ctx.status(e.Due, e.Done)
		if e.Done.IsZero() && ctx.validDelay() {
			e.Status = Deferred
		}
		if e.Status == Late {
			e.Status = Done // a request after the day is the automatic trigger working
		}
		ev = append(ev, e)
	}
	tier1 := ctx.resolutionMeetings(1)
	for _, req := range requests {
		if !req.Date.IsSet() {
			continue
		}
		due := ctx.Calendar.AddWorkingDays(req.Date.Time, r.Tier1WorkingDays)
		e := Event{Kind: "tier1", Due: due, Pos: req.Date.Pos, Data: map[string]any{"Request": req.ID, "N": r.Tier1WorkingDays}}
		for _, m := range tier1 {
			if (m.Request.ID == req.ID || !m.Request.IsSet()) && !m.Date.Before(req.Date.Time) && !m.Date.After(ctx.Options.AsOf) {
				// Once held, the meeting is what the event is about: a
				// late one is reported at its own date.
				e.Done, e.Pos = m.Date.Time, m.Date.Pos
				break
			}
		}
		e.Status = ctx.status(e.Due, e.Done)
		ev = append(ev, e)
	}
	var latest *casefile.ResolutionMeeting
	for _, t1 := range tier1 {
		if !t1.Date.After(ctx.Options.AsOf) {
			ev = append(ev, ctx.afterTier1(t1, r.CoreGroupAfterTier1Weeks))
			latest = t1
		}
	}
	// Tier 2 follows from the latest Tier 1 meeting: a later one that found
	// risk significantly reduced ends the process.
	if t1 := latest; t1 != nil && (t1.RiskReduced == nil || !*t1.RiskReduced) {
		deadline := weeks(t1.Date.Time, r.Tier1MaxWeeks)
		due := ctx.Calendar.AddWorkingDays(deadline, r.Tier2WorkingDays)
		e := Event{Kind: "tier2", Due: due, Pos: t1.Date.Pos,
			Data: map[string]any{"Tier1": t1.Date.Time, "Deadline": deadline, "Weeks": r.Tier1MaxWeeks, "N": r.Tier2WorkingDays}}
		for _, t2 := range ctx.resolutionMeetings(2) {
			if t2.Date.After(t1.Date.Time) && !t2.Date.After(ctx.Options.AsOf) {
				e.Done = t2.Date.Time
				break
			}
		}
		e.Status = ctx.status(e.Due, e.Done)
		ev = append(ev, e)
	}
	return ev
}

// afterTier1 is the deadline for the core group that reviews the plan
// revised at a Tier 1 meeting.
func (ctx *Context) afterTier1(t1 *casefile.ResolutionMeeting, n int) Event {
	due := weeks(t1.Date.Time, n)
	e := Event{Kind: "core-group-after-tier1", Due: due, Pos: t1.Date.Pos, Data: map[string]any{"Tier1": t1.Date.Time, "Weeks": n}}
	if m := ctx.firstMeetingAfter(t1.Date.Time, true); m != nil {
		e.Done = m.Date.Time
	}
	e.Status = ctx.status(due, e.Done)
	return e
}
