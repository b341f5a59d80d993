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
	Why:      "The record of attendance says who took part in the decisions; a person listed as present and as absent makes the record contradict itself, and whether a written report was needed cannot be told. Someone recorded as joining by phone or video (remote:) who is not listed as present contradicts it too, as does an interpreter counted as present (interpreters: present: true) and not listed, or listed and not counted.",
	Source:   "003 §4 (attendance and apologies), 000 §3",
	Example:  "present: [mum, sw-hughes, hv-price]\napologies:\n  - who: hv-price",
	Fix:      "Keep the one that is true: take the person out of present: or out of apologies:; list everyone under remote: under present: as well, and an interpreter under present: only when their present: is true.",
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
// phone or video who is not listed as present at it, and each interpreter
// counted as present (present: true) or not who is listed otherwise.
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
	for _, in := range m.Interpreters {
		if in.Who.IsSet() && in.Present != here[in.Who.ID] {
			ctx.ReportAs(report.Error, in.At.Of("present"), ".interpreter", "Name", ctx.people[in.Who.ID].name, "Date", m.Date.Time)
		}
	}
}
