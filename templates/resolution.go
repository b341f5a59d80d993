package templates

import (
	"fmt"
	"time"

	"coregroup/casefile"
	"coregroup/locales"
)

// RequestView is the Appendix 3 resolution request (Core Group Escalation
// Request).
type RequestView struct {
	Doc                             DocView
	Children                        []Person
	Address                         Value
	SocialWorker                    []Person
	By                              Person
	HasBy                           bool
	Agency                          Value
	LastCoreGroup, Date             casefile.Date
	Concern, DesiredOutcome         Value
	CoreGroupActions, AgencyActions Value
}

// ResolutionMeetingView is a Tier 1 or Tier 2 meeting, for its agenda
// (Appendix 4) and its record (Appendix 5).
type ResolutionMeetingView struct {
	Doc                         DocView
	Tier                        int
	Date                        casefile.Date
	Time                        string
	Venue                       Value
	Chair                       Person
	HasChair                    bool
	Children                    []Person
	Family                      []Person
	CoreGroup, Invited, Present []Person
	Apologies                   []Person
	Summary, Partners, Views    Value
	Analysis, Outcomes          Value
	Actions                     []TaskView
	Communication               Value
	NextCoreGroup               casefile.Date
}

func (b *builder) children() []Person {
	var out []Person
	for _, ch := range b.c.Children {
		out = append(out, Person{Name: b.value(ch.Name, ch.At.Of("name")), Born: ch.Born, Address: b.value(ch.Address, ch.At.Of("address"))})
	}
	return out
}

func (b *builder) socialWorkers() []Person {
	var out []Person
	for _, m := range b.c.Members {
		if m.Role == "social-worker" {
			out = append(out, b.people[m.ID])
		}
	}
	return out
}

// buildRequest makes the resolution request, or an empty one to fill in.
func buildRequest(b *builder, _ *casefile.Child, opts Options) (any, error) {
	v := b.request(opts.AsOf)
	if opts.Blank {
		return RequestView{Doc: DocView{Blank: true}}, nil
	}
	return v, nil
}

// buildResolutionMeeting makes the agenda or the record of the resolution
// meeting on opts.Meeting, or of the latest, or an empty one to fill in.
func buildResolutionMeeting(b *builder, _ *casefile.Child, opts Options) (any, error) {
	m, err := pickResolutionMeeting(b.c, opts.Meeting)
	if err != nil {
		return nil, err
	}
	v := b.resolutionMeeting(m)
	if opts.Blank {
		return ResolutionMeetingView{Doc: DocView{Blank: true}}, nil
	}
	if m != nil {
		b.meeting, b.tier = m.Date, m.Tier
	}
	return v, nil
}

// request fills Appendix 3 from the latest request, or from what the case
// knows when it has none (the rest left to write by hand).
func (b *builder) request(asOf time.Time) RequestView {
	v := RequestView{Doc: b.doc(), Children: b.children(), SocialWorker: b.socialWorkers()}
	if len(b.c.Children) > 0 {
		v.Address = b.value(b.c.Children[0].Address, b.c.Children[0].At.Of("address"))
	}
	var req *casefile.Request
	if r := b.c.Resolution; r != nil {
		for i := range r.Requests {
			if x := &r.Requests[i]; req == nil || x.Date.After(req.Date.Time) {
				req = x
			}
		}
	}
	if req == nil {
		v.LastCoreGroup = b.lastHeld(asOf)
		return v
	}
	v.By, v.HasBy = b.person(req.By), req.By.IsSet()
	v.Agency = b.text(req.Agency)
	if !v.Agency.IsSet() && v.HasBy {
		v.Agency = v.By.Agency
	}
	v.LastCoreGroup, v.Date = req.LastCoreGroup, req.Date
	v.Concern, v.DesiredOutcome = b.text(req.Concern), b.text(req.DesiredOutcome)
	v.CoreGroupActions, v.AgencyActions = b.text(req.CoreGroupActions), b.text(req.AgencyActions)
	return v
}

// lastHeld returns the date of the latest core group by asOf.
func (b *builder) lastHeld(asOf time.Time) casefile.Date {
	var last casefile.Date
	for _, m := range b.c.Meetings {
		if m.Held(asOf) && m.Date.After(last.Time) {
			last = m.Date
		}
	}
	return last
}

// pickResolutionMeeting returns the resolution meeting on day, or the
// latest; nil when the case has none.
func pickResolutionMeeting(c *casefile.Case, day time.Time) (*casefile.ResolutionMeeting, error) {
	if c.Resolution == nil {
		if !day.IsZero() {
			return nil, fmt.Errorf("%w: no resolution meeting on %s", ErrNoMeeting, day.Format(time.DateOnly))
		}
		return nil, nil
	}
	var latest *casefile.ResolutionMeeting
	for i := range c.Resolution.Meetings {
		m := &c.Resolution.Meetings[i]
		if !day.IsZero() && m.Date.Equal(day) {
			return m, nil
		}
		if latest == nil || m.Date.After(latest.Date.Time) {
			latest = m
		}
	}
	if !day.IsZero() {
		return nil, fmt.Errorf("%w: no resolution meeting on %s", ErrNoMeeting, day.Format(time.DateOnly))
	}
	return latest, nil
}

// resolutionMeeting fills the agenda and record of m, or, when m is nil,
// the case's part of them with the meeting's details left to write.
func (b *builder) resolutionMeeting(m *casefile.ResolutionMeeting) ResolutionMeetingView {
	v := ResolutionMeetingView{Doc: b.doc(), Tier: 1, Children: b.children()}
	for _, f := range b.c.Family {
		v.Family = append(v.Family, b.people[f.ID])
	}
	for _, mb := range b.c.Members {
		if mb.InCoreGroup() {
			v.CoreGroup = append(v.CoreGroup, b.people[mb.ID])
		}
	}
	if m == nil {
		return v
	}
	v.Tier, v.Date, v.Venue = m.Tier, m.Date, b.text(m.Venue)
	v.Time = inEach(b.ls, func(l *locales.Localizer) string { return clock(l, m.Time) })
	v.Chair, v.HasChair = b.person(m.Chair), m.Chair.IsSet()
	for _, r := range m.Invited {
		v.Invited = append(v.Invited, b.person(r))
	}
	for _, r := range m.Present {
		v.Present = append(v.Present, b.person(r))
	}
	for _, r := range m.Apologies {
		v.Apologies = append(v.Apologies, b.person(r))
	}
	v.Summary, v.Partners, v.Views = b.text(m.Summary), b.text(m.Partners), b.text(m.Views)
	v.Analysis, v.Outcomes, v.Communication = b.text(m.Analysis), b.text(m.Outcomes), b.text(m.Communication)
	for _, t := range m.Actions {
		v.Actions = append(v.Actions, TaskView{What: b.text(t.What), Who: b.person(t.Who), By: t.By})
	}
	v.NextCoreGroup = m.NextCoreGroup
	return v
}
