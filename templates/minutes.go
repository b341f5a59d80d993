package templates

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"coregroup/casefile"
	"coregroup/locales"
)

// MinutesView is the record of one core group meeting.
type MinutesView struct {
	Doc                                DocView
	Children                           []Person
	Date                               casefile.Date
	Time                               string
	Venue                              Value
	Chair, MinutesBy                   Person
	HasChair, HasMinutesBy             bool
	Present                            []Person
	Absent                             []Person
	Apologies                          []ApologyView
	PreviousRecord, ChildViews         Value
	FamilyViews                        Value
	WorkingWell, Worries, Complicating []Value
	Question                           Value
	Scores                             []ScoreView
	Charts                             []ChartView
	Updates                            []UpdateView
	Changes                            []Value
	WorkPlan                           []TaskView
	Private                            *PrivateView
	BeforeReview                       bool
	ReviewDate                         casefile.Date
	Recommendation                     Value
	NextMeeting, Circulated            casefile.Date
	NextTime                           string
	NextVenue                          Value
	// CirculateBy is the day the record is due to be circulated, when it
	// has not been yet and the policy's timescale is known.
	CirculateBy casefile.Date
	Excluded    []ExclusionView
}

// ChartView is the chart of the scaling scores about one child across
// meetings: the lines of a chart block.
type ChartView struct {
	// Child is the child the scores are about; unset for scores about
	// the family as a whole.
	Child Value
	Lines []string
}

// ApologyView is someone who could not come.
type ApologyView struct {
	Who    Person
	Report bool
	Note   Value
}

// ScoreView is one scaling score.
type ScoreView struct {
	Who, Child Person
	Score      int
	Comment    Value
}

// UpdateView is the progress of one action of the plan.
type UpdateView struct {
	Child      Person
	What       Value
	Who        Person
	By, Review casefile.Date
	Progress   Value
	Status     string
	Updated    bool
}

// TaskView is a task agreed at a meeting.
type TaskView struct {
	What Value
	Who  Person
	By   casefile.Date
}

// PrivateView is a discussion held without the family.
type PrivateView struct{ Reason, Summary Value }

// ExclusionView is a family member excluded from the core group.
type ExclusionView struct {
	Who                  Person
	Reason, KeptInformed Value
}

// ErrNoMeeting is the error for a record or agenda of a meeting the case
// does not have.
var ErrNoMeeting = errors.New("no such meeting in the case")

// pickMeeting returns the meeting on day, or the latest held by asOf.
func pickMeeting(c *casefile.Case, day, asOf time.Time) (*casefile.Meeting, error) {
	var latest *casefile.Meeting
	for i := range c.Meetings {
		m := &c.Meetings[i]
		if !m.Date.IsSet() || m.Cancelled.IsSet() {
			continue
		}
		if !day.IsZero() && m.Date.Equal(day) {
			return m, nil
		}
		if day.IsZero() && m.Held(asOf) && (latest == nil || m.Date.After(latest.Date.Time)) {
			latest = m
		}
	}
	if !day.IsZero() {
		return nil, fmt.Errorf("%w: none on %s", ErrNoMeeting, day.Format(time.DateOnly))
	}
	if latest == nil {
		return nil, fmt.Errorf("%w: none held yet", ErrNoMeeting)
	}
	return latest, nil
}

// buildMinutes makes the minutes of the meeting on opts.Meeting, or of
// the latest held.
func buildMinutes(b *builder, _ *casefile.Child, opts Options) (any, error) {
	m, err := pickMeeting(b.c, opts.Meeting, opts.AsOf)
	if err != nil {
		return nil, err
	}
	b.meeting = m.Date
	v := b.minutes(m)
	if due, ok := opts.RecordDue[m.Date.String()]; ok && !m.Circulated.IsSet() {
		v.CirculateBy = casefile.Date{Time: due}
	}
	return v, nil
}

func (b *builder) minutes(m *casefile.Meeting) MinutesView {
	v := MinutesView{Doc: b.doc(), Date: m.Date, Time: clock(b.l, m.Time), Venue: b.text(m.Venue),
		Chair: b.person(m.Chair), HasChair: m.Chair.IsSet(), MinutesBy: b.person(m.MinutesBy), HasMinutesBy: m.MinutesBy.IsSet(),
		PreviousRecord: b.text(m.PreviousRecord), ChildViews: b.text(m.ChildViews), FamilyViews: b.text(m.FamilyViews),
		WorkingWell: b.texts(m.WorkingWell), Worries: b.texts(m.Worries), Complicating: b.texts(m.Complicating),
		Changes: b.texts(m.Changes), Recommendation: b.text(m.Recommendation), NextMeeting: m.NextMeeting, Circulated: m.Circulated}
	for _, ch := range b.c.Children {
		v.Children = append(v.Children, Person{Name: b.value(ch.Name, ch.At.Of("name"))})
	}
	for _, p := range m.Present {
		v.Present = append(v.Present, b.person(p))
	}
	listed := map[string]bool{}
	for _, p := range m.Present {
		listed[p.ID] = true
	}
	for _, a := range m.Apologies {
		v.Apologies = append(v.Apologies, ApologyView{Who: b.person(a.Who), Report: a.Report, Note: b.text(a.Note)})
		listed[a.Who.ID] = true
	}
	for _, id := range b.coreGroup() {
		if !listed[id] {
			v.Absent = append(v.Absent, b.people[id])
		}
	}
	v.Question = b.scalingQuestion(m.Date.Time)
	for _, s := range m.Scaling {
		v.Scores = append(v.Scores, ScoreView{Who: b.person(s.Who), Child: b.person(s.Child), Score: s.Score, Comment: b.text(s.Comment)})
	}
	v.Charts = b.charts(m.Date.Time)
	v.NextTime, v.NextVenue = clock(b.l, m.NextTime), b.text(m.NextVenue)
	if next := b.meetingOn(m.NextMeeting); next != nil {
		if v.NextTime == "" {
			v.NextTime = clock(b.l, next.Time)
		}
		if !v.NextVenue.IsSet() {
			v.NextVenue = b.text(next.Venue)
		}
	}
	v.Updates = b.updates(m)
	for _, t := range m.WorkPlan {
		v.WorkPlan = append(v.WorkPlan, TaskView{What: b.text(t.What), Who: b.person(t.Who), By: t.By})
	}
	if p := m.ProfessionalsOnly; p != nil {
		v.Private = &PrivateView{Reason: b.text(p.Reason), Summary: b.text(p.Summary)}
	}
	for _, f := range b.c.Family {
		if f.Excluded != nil {
			v.Excluded = append(v.Excluded, ExclusionView{Who: b.people[f.ID], Reason: b.text(f.Excluded.Reason), KeptInformed: b.text(f.Excluded.KeptInfo)})
		}
	}
	v.ReviewDate, v.BeforeReview = b.lastBeforeReview(m)
	return v
}

// scalingQuestion is the question of the latest conference before day.
func (b *builder) scalingQuestion(day time.Time) Value {
	var q casefile.Text
	for _, c := range b.c.Conferences {
		if c.ScalingQuestion.IsSet() && !c.Date.After(day) {
			q = c.ScalingQuestion
		}
	}
	return b.text(q)
}

// coreGroup returns the ids of the people every core group meeting
// expects, in the case file's order: the parents and carers who are not
// excluded (those are listed apart), and the professionals who work with
// the family (Member.WorksWithFamily: not managers, conference chairs,
// lawyers, interpreters or advocates, who come for a task of their own).
func (b *builder) coreGroup() []string {
	var ids []string
	for _, f := range b.c.Family {
		if (f.Role == "parent" || f.Role == "carer") && f.Excluded == nil {
			ids = append(ids, f.ID)
		}
	}
	for _, mb := range b.c.Members {
		if mb.WorksWithFamily() {
			ids = append(ids, mb.ID)
		}
	}
	return ids
}

// meetingOn returns the meeting the case has on day, if any.
func (b *builder) meetingOn(day casefile.Date) *casefile.Meeting {
	if !day.IsSet() {
		return nil
	}
	for i := range b.c.Meetings {
		if m := &b.c.Meetings[i]; m.Date.Equal(day.Time) && !m.Cancelled.IsSet() {
			return m
		}
	}
	return nil
}

// charts returns one chart per child of the scores about that child up
// to day, in the order of the children, then one of the scores about no
// child in particular; none of a child nobody scored twice.
func (b *builder) charts(day time.Time) []ChartView {
	var out []ChartView
	for _, ch := range b.c.Children {
		if lines := b.chart(day, ch.ID); lines != nil {
			out = append(out, ChartView{Child: b.people[ch.ID].Name, Lines: lines})
		}
	}
	if lines := b.chart(day, ""); lines != nil {
		out = append(out, ChartView{Lines: lines})
	}
	return out
}

// chart returns the lines of a chart block of the scores about one child
// (or, for child "", about none) up to day: a header of who scored, then
// a row per meeting.
func (b *builder) chart(day time.Time, child string) []string {
	var who []string
	index := map[string]int{}
	var rows [][]string
	var dates []string
	for _, m := range b.c.Meetings {
		if !m.Date.IsSet() || m.Date.After(day) || m.Cancelled.IsSet() || len(m.Scaling) == 0 {
			continue
		}
		row := map[int]string{}
		for _, s := range m.Scaling {
			if s.Child.ID != child {
				continue
			}
			name := b.person(s.Who).Name.Fence()
			i, ok := index[name]
			if !ok {
				i = len(who)
				index[name] = i
				who = append(who, name)
			}
			row[i] = fmt.Sprint(s.Score)
		}
		if len(row) == 0 {
			continue
		}
		dates = append(dates, m.Date.String())
		cells := make([]string, 0, len(who))
		for i := range who {
			cells = append(cells, row[i])
		}
		rows = append(rows, cells)
	}
	if len(rows) == 0 {
		return nil
	}
	who, rows = dropSingleScores(who, rows)
	if len(who) == 0 {
		return nil
	}
	lines := []string{"| " + b.l.Text(locales.M("minutes.chart-meeting")) + " | " + strings.Join(escapeCells(who), " | ") + " |"}
	for i, r := range rows {
		for len(r) < len(who) {
			r = append(r, "")
		}
		lines = append(lines, "| "+dates[i]+" | "+strings.Join(r, " | ")+" |")
	}
	return lines
}

// escapeCells keeps a | in a name from splitting a chart row.
func escapeCells(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = strings.ReplaceAll(n, "|", "/")
	}
	return out
}

// updates lists every open action of every plan with its progress at m.
func (b *builder) updates(m *casefile.Meeting) []UpdateView {
	byAction := map[string]casefile.Update{}
	for _, u := range m.Updates {
		byAction[u.Action.ID] = u
	}
	var out []UpdateView
	for _, ch := range b.c.Children {
		if ch.Plan == nil {
			continue
		}
		for _, a := range ch.Plan.Actions {
			u, ok := byAction[a.ID]
			status := a.Status
			if ok && u.Status != "" {
				status = u.Status
			}
			out = append(out, UpdateView{Child: b.people[ch.ID], What: b.text(a.What), Who: b.person(a.Who), By: a.By, Review: a.Review,
				Progress: b.text(u.Progress), Status: status, Updated: ok})
		}
	}
	return out
}

// lastBeforeReview reports whether m is the last core group before a
// review conference, and that conference's date.
func (b *builder) lastBeforeReview(m *casefile.Meeting) (casefile.Date, bool) {
	for _, c := range b.c.Conferences {
		if c.Type != "review" || !c.Date.After(m.Date.Time) {
			continue
		}
		for _, other := range b.c.Meetings {
			if other.Date.After(m.Date.Time) && other.Date.Before(c.Date.Time) && !other.Cancelled.IsSet() {
				return casefile.Date{}, false
			}
		}
		if m.NextMeeting.IsSet() && m.NextMeeting.Before(c.Date.Time) {
			return casefile.Date{}, false
		}
		return c.Date, true
	}
	return casefile.Date{}, false
}

// dropSingleScores leaves out of a chart anyone with fewer than two scores:
// one point makes no line, and a crowded legend helps nobody.
func dropSingleScores(who []string, rows [][]string) ([]string, [][]string) {
	var keep []int
	for i := range who {
		n := 0
		for _, r := range rows {
			if i < len(r) && r[i] != "" {
				n++
			}
		}
		if n >= 2 {
			keep = append(keep, i)
		}
	}
	kept := make([]string, len(keep))
	for j, i := range keep {
		kept[j] = who[i]
	}
	out := make([][]string, len(rows))
	for r, row := range rows {
		for _, i := range keep {
			cell := ""
			if i < len(row) {
				cell = row[i]
			}
			out[r] = append(out[r], cell)
		}
	}
	return kept, out
}
