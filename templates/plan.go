package templates

import (
	"sort"
	"time"

	"coregroup/casefile"
	"coregroup/locales"
)

// PlanView is what the family's copy of a child's plan shows.
type PlanView struct {
	Doc           DocView
	Child         Person
	Views         Value
	Participation Value
	Worries       []Value
	Outcomes      []OutcomeView
	Actions       []ActionView
	Seen          []SeenView
	Helpers       []HelperView
	Calls         []HelperView  // the people to call, with their numbers
	Picture       *PictureView  // at the top: the child's own drawing, say
	Photos        []PictureView // of the helpers, under who is helping
	OutOfHours    Value
	Expectations  []ExpectationView
	Contingency   Value
	MyWorld       *MyWorldView
	Scale         *ScaleView
	Next          *NextView
}

// PictureView is a picture file beside the case and what it shows.
type PictureView struct{ File, Alt Value }

func (b *builder) picture(p *casefile.Picture) *PictureView {
	if p == nil {
		return nil
	}
	return &PictureView{File: b.value(p.File, p.At.Of("file")), Alt: b.text(p.Alt)}
}

// OutcomeView is something that needs to change.
type OutcomeView struct {
	Text Value
	By   casefile.Date
}

// ActionView is one action as the family reads it.
type ActionView struct {
	What, HowToKnow Value
	Who             Person
	By, Review      casefile.Date
	Picture         *PictureView
}

// SeenView says how the child is seen by one person: in the child's
// words (Child), or in the plan's.
type SeenView struct {
	Who                   Person
	HowOften, With, Where Value
	Child                 Value
	Alone                 bool
}

// HelperView is a member of the core group and what they do.
type HelperView struct {
	Who Person
	// Job is the plain name of the person's role ("Family support
	// worker"), which the family's plan prints rather than a job title.
	Job               Value
	HowOften, Purpose Value
}

// ExpectationView is what is expected of the parents.
type ExpectationView struct {
	Text, Consequence Value
}

// MyWorldView is the My World Triangle.
type MyWorldView struct{ Grow, Needs, World Value }

// ScaleView is the latest scaling at a meeting.
type ScaleView struct {
	Question         Value
	Date             casefile.Date
	Score, Low, High int
}

// NextView is the next core group meeting.
type NextView struct {
	Date  casefile.Date
	Time  string
	Venue Value
}

// buildPlan makes the family's copy of the plan of child ch.
func buildPlan(b *builder, ch *casefile.Child, opts Options) (any, error) {
	v := b.plan(ch, opts.AsOf)
	v.OutOfHours = b.value(b.c.OutOfHours, b.c.At.Of("out_of_hours"))
	if !v.OutOfHours.IsSet() {
		v.OutOfHours = V(opts.OutOfHours)
	}
	return v, nil
}

func (b *builder) plan(ch *casefile.Child, asOf time.Time) PlanView {
	v := PlanView{
		Doc:           b.doc(),
		Child:         b.people[ch.ID],
		Views:         b.text(ch.Views),
		Participation: Value{},
		Picture:       b.picture(ch.Picture),
	}
	p := ch.Plan
	if p == nil {
		p = &casefile.Plan{}
	}
	v.Participation = b.either(p.ParticipationChild, p.Participation)
	v.Contingency = b.either(p.ContingencyChild, p.Contingency)
	for _, w := range p.Worries {
		v.Worries = append(v.Worries, b.either(w.Child, w.Text))
	}
	for _, o := range p.Outcomes {
		v.Outcomes = append(v.Outcomes, OutcomeView{Text: b.either(o.Child, o.Text), By: o.By})
	}
	for _, a := range p.Actions {
		if a.Status == "done" || a.Status == "stopped" {
			continue
		}
		v.Actions = append(v.Actions, ActionView{What: b.either(a.Child, a.What), HowToKnow: b.either(a.HowToKnowChild, a.HowToKnow),
			Who: b.person(a.Who), By: a.By, Review: a.Review, Picture: b.picture(a.Picture)})
	}
	for _, s := range p.Seen {
		if s.Child.IsSet() {
			v.Seen = append(v.Seen, SeenView{Who: b.person(s.Who), Child: b.text(s.Child)})
			continue
		}
		v.Seen = append(v.Seen, SeenView{Who: b.person(s.Who), HowOften: b.text(s.HowOften), With: b.text(s.With), Where: b.text(s.Where), Alone: s.Alone})
	}
	contact := map[string]casefile.Contact{}
	for _, c := range p.Contact {
		contact[c.Who.ID] = c
	}
	for _, m := range b.c.Members {
		if !m.InCoreGroup() {
			continue
		}
		if pv := b.picture(m.Picture); pv != nil {
			v.Photos = append(v.Photos, *pv)
		}
		if m.WorksWithFamily() && m.Contact != "" {
			v.Calls = append(v.Calls, HelperView{Who: b.people[m.ID], Job: b.plainJob(m)})
		}
		c := contact[m.ID]
		h := HelperView{Who: b.people[m.ID], Job: b.plainJob(m), HowOften: b.text(c.HowOften), Purpose: b.text(c.Purpose)}
		if c.Child.IsSet() {
			h.HowOften, h.Purpose = Value{}, b.text(c.Child)
		}
		v.Helpers = append(v.Helpers, h)
	}
	for _, e := range p.Expectations {
		v.Expectations = append(v.Expectations, ExpectationView{Text: b.either(e.Child, e.Text), Consequence: b.either(e.ConsequenceChild, e.Consequence)})
	}
	if w := p.MyWorld; w != nil {
		v.MyWorld = &MyWorldView{Grow: b.text(w.Grow), Needs: b.text(w.Needs), World: b.text(w.World)}
	}
	v.Scale = b.scale(ch.ID, asOf)
	v.Next = b.next(asOf)
	return v
}

// scale returns the scaling of a child at the latest meeting that scored
// it: the middle score, and the range.
func (b *builder) scale(child string, asOf time.Time) *ScaleView {
	for i := len(b.c.Meetings) - 1; i >= 0; i-- {
		m := b.c.Meetings[i]
		if !m.Held(asOf) {
			continue
		}
		var scores []int
		for _, s := range m.Scaling {
			if !s.Child.IsSet() || s.Child.ID == child {
				scores = append(scores, s.Score)
			}
		}
		if len(scores) == 0 {
			continue
		}
		sort.Ints(scores)
		return &ScaleView{Date: m.Date, Score: scores[(len(scores)-1)/2], Low: scores[0], High: scores[len(scores)-1]}
	}
	return &ScaleView{Score: -1}
}

// next returns the first meeting after the day of the document, its time
// on the 12-hour clock a child reads.
func (b *builder) next(asOf time.Time) *NextView {
	for _, m := range b.c.Meetings {
		if m.Date.IsSet() && m.Date.After(asOf) && !m.Cancelled.IsSet() {
			return &NextView{Date: m.Date, Time: childClock(b.l, m.Time), Venue: b.text(m.Venue)}
		}
	}
	for i := len(b.c.Meetings) - 1; i >= 0; i-- {
		if n := b.c.Meetings[i].NextMeeting; n.IsSet() && n.After(asOf) {
			return &NextView{Date: n}
		}
	}
	return nil
}

// clock writes a time of day as the language does ("13.30"); an unset
// time is "".
func clock(l *locales.Localizer, c casefile.Clock) string {
	if !c.Set {
		return ""
	}
	return l.Clock(c.Hour, c.Minute)
}

// childClock writes a time of day on the 12-hour clock, as a child reads
// it ("half past 3 in the afternoon"); an unset time is "".
func childClock(l *locales.Localizer, c casefile.Clock) string {
	if !c.Set {
		return ""
	}
	return l.ChildClock(c.Hour, c.Minute)
}

// plainJob is the plain name of a professional's role, or their own job
// title when the role is "other".
func (b *builder) plainJob(m casefile.Member) Value {
	if m.Role == "other" {
		return b.roleOf(m)
	}
	return V(b.l.Text(locales.M("role." + m.Role)))
}
