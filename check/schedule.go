package check

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"coregroup/casefile"
	"coregroup/locales"
	"coregroup/report"
)

// Status is where a dated event of a case stands on the day checked.
type Status int

// The statuses of an event.
const (
	// Due: not yet happened, and not yet late.
	Due Status = iota
	// DueSoon: not yet happened, due within dueSoonDays working days.
	DueSoon
	// Overdue: not happened, and its deadline has passed.
	Overdue
	// Done: happened in time.
	Done
	// Late: happened, but after its deadline.
	Late
	// Deferred: put off by an agreed delay (the resolution trigger).
	Deferred
)

var statusNames = [...]string{Due: "due", DueSoon: "due-soon", Overdue: "overdue", Done: "done", Late: "late", Deferred: "deferred"}

// String returns due, due-soon, overdue, done, late or deferred.
func (s Status) String() string { return statusNames[s] }

// dueSoonDays is how many working days ahead a deadline counts as due soon.
const dueSoonDays = 5

// Event is one date that matters in a case: a deadline the procedures set,
// or a meeting or conference that is held or scheduled.
type Event struct {
	// Kind says what the event is, such as "first-core-group"; with
	// "schedule." before it, it is the id of the message that names it.
	Kind string
	// Due is the deadline, or the day of a scheduled event.
	Due time.Time
	// Done is the day it happened; zero when it has not.
	Done time.Time
	// Status is where it stands on the day checked.
	Status Status
	// Pos is where the case file says what the event hangs on.
	Pos report.Position
	// Data holds the values its message refers to.
	Data map[string]any
}

// Schedule returns every date that matters for a case, in date order:
// conferences, core groups held and due, records due, resolution
// deadlines. The case must name a known policy.
func Schedule(c *casefile.Case, opts Options) ([]Event, error) {
	ctx, err := newContext(c, opts)
	if err != nil {
		return nil, err
	}
	if ctx.Policy == nil {
		return nil, fmt.Errorf("policy %q is not known: use one of %s, or add it with --policy-dir", c.Policy, strings.Join(ctx.Options.Policies.Names(), ", "))
	}
	return ctx.schedule(), nil
}

// schedule computes the events of the case.
func (ctx *Context) schedule() []Event {
	if ctx.events != nil {
		return *ctx.events
	}
	var ev []Event
	ev = append(ev, ctx.conferenceEvents()...)
	ev = append(ev, ctx.coreGroupEvents()...)
	ev = append(ev, ctx.recordEvents()...)
	ev = append(ev, ctx.resolutionEvents()...)
	sort.SliceStable(ev, func(i, j int) bool { return ev[i].When().Before(ev[j].When()) })
	ctx.events = &ev
	return ev
}

// When is where the event sits in a schedule: the day it happened, else the
// day it is due.
func (e Event) When() time.Time {
	if !e.Done.IsZero() {
		return e.Done
	}
	return e.Due
}

// status judges an event with a deadline.
func (ctx *Context) status(due, done time.Time) Status {
	switch {
	case !done.IsZero() && done.After(due):
		return Late
	case !done.IsZero():
		return Done
	case ctx.Options.AsOf.After(due):
		return Overdue
	case !due.After(ctx.Calendar.AddWorkingDays(ctx.Options.AsOf, dueSoonDays)):
		return DueSoon
	}
	return Due
}

// happened judges a fixed event such as a conference: done once its day
// has come.
func (ctx *Context) happened(day time.Time) (time.Time, Status) {
	if day.After(ctx.Options.AsOf) {
		return time.Time{}, Due
	}
	return day, Done
}

func (ctx *Context) conferenceEvents() []Event {
	var ev []Event
	for _, c := range ctx.Case.Conferences {
		if !c.Date.IsSet() {
			continue
		}
		done, st := ctx.happened(c.Date.Time)
		ev = append(ev, Event{Kind: "conference-" + c.Type, Due: c.Date.Time, Done: done, Status: st, Pos: c.Date.Pos})
	}
	return ev
}

// reportEvents reports each event of a kind that is overdue (at the rule's
// severity, with the rule's message), due soon (a warning, message
// rule+".due-soon") or was late (a warning, rule+".late").
func (ctx *Context) reportEvents(kind string) {
	for _, e := range ctx.schedule() {
		if e.Kind != kind {
			continue
		}
		data := e.data()
		switch e.Status {
		case Overdue:
			ctx.Report(e.Pos, data...)
		case DueSoon:
			ctx.ReportAs(report.Warning, e.Pos, ".due-soon", data...)
		case Late:
			ctx.ReportAs(report.Warning, e.Pos, ".late", data...)
		}
	}
}

// data is what the messages about an event may refer to: its Due and
// Done days and its Data. Days are time values, which the messages write
// in words in the reader's language.
func (e Event) data() []any {
	data := []any{"Due", e.Due, "Done", e.Done}
	for k, v := range e.Data {
		data = append(data, k, v)
	}
	return data
}

// Dates returns a schedule as the report formats print it: each event
// with the message that describes it (id "schedule." and its kind). The
// gap between two held meetings is left out unless it was too long, since
// the meetings themselves are listed.
func Dates(events []Event) []report.Dated {
	out := []report.Dated{}
	for _, e := range events {
		if e.Kind == "core-group-interval" && e.Status != Late {
			continue
		}
		out = append(out, report.Dated{
			Date: dateString(e.When()), Status: e.Status.String(), Kind: e.Kind,
			Due: dateString(e.Due), Done: dateString(e.Done), Pos: e.Pos,
			Message: locales.M("schedule."+e.Kind, e.data()...),
		})
	}
	return out
}

// dateString returns a day as YYYY-MM-DD, or "" for the zero time.
func dateString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}
