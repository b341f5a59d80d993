package check

import (
	"coregroup/casefile"
	"coregroup/report"
)

// meetingPresentAndApologies is the rule meeting.present-and-apologies: no
// one is both present and sending apologies at one meeting.
var meetingPresentAndApologies = Rule{
	ID:       "meeting.present-and-apologies",
	Severity: report.Error,
	Title:    "No one is both present and sending apologies at one meeting",
	Why:      "The record of attendance says who took part in the decisions; a person listed as present and as absent makes the record contradict itself, and whether a written report was needed cannot be told. Someone recorded as joining by phone or video (remote:) who is not listed as present contradicts it too.",
	Source:   "003 §4 (attendance and apologies), 000 §3",
	Example:  "present: [mum, sw-hughes, hv-price]\napologies:\n  - who: hv-price",
	Fix:      "Keep the one that is true: take the person out of present: or out of apologies:; list everyone under remote: under present: as well.",
	Run: func(ctx *Context) {
		for i := range ctx.Case.Meetings {
			m := &ctx.Case.Meetings[i]
			var absent []casefile.Ref
			for _, a := range m.Apologies {
				absent = append(absent, a.Who)
			}
			ctx.atMeeting(m).reportBoth(m.Date, m.Present, absent)
			ctx.atMeeting(m).reportRemoteAbsent(m)
		}
		if r := ctx.Case.Resolution; r != nil {
			for _, m := range r.Meetings {
				ctx.reportBoth(m.Date, m.Present, m.Apologies)
			}
		}
	},
}

// reportBoth reports each person who sent apologies to a meeting and is
// also recorded as present at it, at the apology.
func (ctx *Context) reportBoth(day casefile.Date, present, absent []casefile.Ref) {
	here := map[string]bool{}
	for _, p := range present {
		here[p.ID] = true
	}
	for _, a := range absent {
		if here[a.ID] {
			ctx.Report(a.Pos, "Name", ctx.people[a.ID].name, "Date", day.Time)
		}
	}
}

// reportRemoteAbsent reports each person recorded as joining a meeting by
// phone or video who is not listed as present at it.
func (ctx *Context) reportRemoteAbsent(m *casefile.Meeting) {
	here := map[string]bool{}
	for _, p := range m.Present {
		here[p.ID] = true
	}
	for _, r := range m.Remote {
		if r.Who.IsSet() && !here[r.Who.ID] {
			ctx.ReportAs(report.Error, r.Who.Pos, ".remote", "Name", ctx.people[r.Who.ID].name, "Date", m.Date.Time)
		}
	}
}
