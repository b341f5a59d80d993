package templates

import (
	"time"

	"coregroup/casefile"
	"coregroup/locales"
)

// FullPlanView is what the full plan of a child shows: every field of the
// plan as the conference and the core group wrote it, for professionals.
type FullPlanView struct {
	Doc                             DocView
	Child                           Person
	FullName, Address               Value
	KnownAs                         bool // the child is known by another name than FullName
	Born, PlanStart                 casefile.Date
	Categories                      []string
	Ethnicity, Identity, Disability Value
	Views, Participation            Value
	Worries                         []Value
	Outcomes                        []FullOutcomeView
	Actions                         []FullActionView
	Seen                            []SeenView
	Contact                         []HelperView
	Expectations                    []FullExpectationView
	Contingency                     Value
	MyWorld                         *MyWorldView
	Conferences                     []ConferenceView
	CoreGroup                       []Person
	Chair, Deputy                   Person
	HasChair, HasDeputy             bool
	Family                          []Person
	NextMeeting, NextConference     casefile.Date
	Distribution                    []Person
}

// FullOutcomeView is an outcome with its measure and date.
type FullOutcomeView struct {
	Text, Measure Value
	By            casefile.Date
}

// FullActionView is an action with everything the plan says of it.
type FullActionView struct {
	What, HowOften, HowToKnow Value
	Who                       Person
	By, Review                casefile.Date
	Status                    string // a message id, "" when unset
}

// FullExpectationView is an expectation of named parents.
type FullExpectationView struct {
	Who               []Person
	Text, Consequence Value
}

// ConferenceView is a conference, held or to come.
type ConferenceView struct {
	Type     string // a message id
	Date     casefile.Date
	Chair    Person
	HasChair bool
	Decision Value
}

// buildFullPlan makes the full plan of child ch.
func buildFullPlan(b *builder, ch *casefile.Child, opts Options) (any, error) {
	return b.fullPlan(ch, opts.AsOf), nil
}

func (b *builder) fullPlan(ch *casefile.Child, asOf time.Time) FullPlanView {
	v := FullPlanView{
		Doc: b.doc(), Child: b.people[ch.ID], FullName: b.value(ch.Name, ch.At.Of("name")),
		Address: b.value(ch.Address, ch.At.Of("address")), Born: ch.Born, PlanStart: ch.PlanStart,
		Ethnicity: b.text(ch.Ethnicity), Identity: b.text(ch.Identity), Disability: b.text(ch.Disability),
		Views: b.text(ch.Views), KnownAs: ch.KnownAs != "" && ch.KnownAs != ch.Name,
	}
	for _, c := range ch.Category {
		v.Categories = append(v.Categories, b.l.Text(locales.M("category."+c)))
	}
	p := ch.Plan
	if p == nil {
		p = &casefile.Plan{}
	}
	v.Participation, v.Contingency = b.text(p.Participation), b.text(p.Contingency)
	for _, w := range p.Worries {
		v.Worries = append(v.Worries, b.text(w.Text))
	}
	for _, o := range p.Outcomes {
		v.Outcomes = append(v.Outcomes, FullOutcomeView{Text: b.text(o.Text), Measure: b.text(o.Measure), By: o.By})
	}
	for _, a := range p.Actions {
		st := ""
		if a.Status != "" {
			st = "status." + a.Status
		}
		v.Actions = append(v.Actions, FullActionView{What: b.text(a.What), HowOften: b.text(a.HowOften), HowToKnow: b.text(a.HowToKnow),
			Who: b.person(a.Who), By: a.By, Review: a.Review, Status: st})
	}
	for _, s := range p.Seen {
		v.Seen = append(v.Seen, SeenView{Who: b.person(s.Who), HowOften: b.text(s.HowOften), With: b.text(s.With), Where: b.text(s.Where), Alone: s.Alone})
	}
	for _, c := range p.Contact {
		v.Contact = append(v.Contact, HelperView{Who: b.person(c.Who), HowOften: b.text(c.HowOften), Purpose: b.text(c.Purpose)})
	}
	for _, e := range p.Expectations {
		ev := FullExpectationView{Text: b.text(e.Text), Consequence: b.text(e.Consequence)}
		for _, w := range e.Who {
			ev.Who = append(ev.Who, b.person(w))
		}
		v.Expectations = append(v.Expectations, ev)
	}
	if w := p.MyWorld; w != nil {
		v.MyWorld = &MyWorldView{Grow: b.text(w.Grow), Needs: b.text(w.Needs), World: b.text(w.World)}
	}
	for _, c := range b.c.Conferences {
		cv := ConferenceView{Type: "conference." + c.Type, Date: c.Date, Decision: b.text(c.Decision), HasChair: c.Chair.IsSet()}
		if cv.HasChair {
			cv.Chair = b.person(c.Chair)
		}
		v.Conferences = append(v.Conferences, cv)
		if c.Date.IsSet() && c.Date.After(asOf) && (!v.NextConference.IsSet() || c.Date.Before(v.NextConference.Time)) {
			v.NextConference = c.Date
		}
	}
	if n := b.next(asOf); n != nil {
		v.NextMeeting = n.Date
	}
	if ch := b.c.Chairing; ch != nil {
		v.HasChair, v.HasDeputy = ch.Chair.IsSet(), ch.Deputy.IsSet()
		v.Chair, v.Deputy = b.person(ch.Chair), b.person(ch.Deputy)
	}
	for _, m := range b.c.Members {
		if m.InCoreGroup() {
			v.CoreGroup = append(v.CoreGroup, b.people[m.ID])
			v.Distribution = append(v.Distribution, b.people[m.ID])
		}
	}
	for _, f := range b.c.Family {
		v.Family = append(v.Family, b.people[f.ID])
		if f.Excluded == nil && (f.Role == "parent" || f.Role == "carer") {
			v.Distribution = append(v.Distribution, b.people[f.ID])
		}
	}
	return v
}
