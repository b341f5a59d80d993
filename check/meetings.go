package check

import (
	"coregroup/casefile"
	"coregroup/report"
)

// held returns the meetings held by the day checked, oldest first (the
// loader sorts meetings by date).
func (ctx *Context) held() []*casefile.Meeting {
	var out []*casefile.Meeting
	for i := range ctx.Case.Meetings {
		if m := &ctx.Case.Meetings[i]; m.Held(ctx.Options.AsOf) {
			out = append(out, m)
		}
	}
	return out
}

// starkSpread is the difference between two scaling scores at one meeting
// that counts as the "stark contrast" of 000 §2: four points on a scale of
// ten.
const starkSpread = 4

// The rules about what happens at a meeting.
func init() {
	register(&Rule{
		ID:       "meeting.apology-report",
		Severity: report.Warning,
		Title:    "Professionals who cannot attend send a written report",
		Why:      "A professional who cannot attend provides a written report, so the core group can judge progress without them.",
		Source:   "003 §3, 002, 000 §3",
		Example:  "apologies:\n  - who: gp-shah\n    report: false",
		Fix:      "Ask for the report and record it (report: true, note: a summary), or say in note: why there was none.",
		Run: func(ctx *Context) {
			for _, m := range ctx.held() {
				for _, a := range m.Apologies {
					if ctx.people[a.Who.ID].member != nil && !a.Report && !a.Note.IsSet() {
						ctx.Report(a.At.Of("report"), "Name", ctx.people[a.Who.ID].name, "Date", m.Date.String())
					}
				}
			}
		},
	})
	register(&Rule{
		ID:       "meeting.private-reason",
		Severity: report.Error,
		Title:    "A discussion without the family has a recorded reason",
		Why:      "When professionals discuss the case without the parents, the reasons must always be recorded.",
		Source:   "000 §2",
		Example:  "professionals_only:\n  summary: Police update   # no reason:",
		Fix:      "Add reason: under professionals_only:.",
		Run: func(ctx *Context) {
			for _, m := range ctx.Case.Meetings {
				if p := m.ProfessionalsOnly; p != nil && !p.Reason.IsSet() {
					ctx.Report(p.At.Of("reason"), "Date", m.Date.String())
				}
			}
		},
	})
	register(&Rule{
		ID:       "meeting.scaling-spread",
		Severity: report.Warning,
		Title:    "Scaling scores that differ starkly lead to a professionals' meeting",
		Why:      "When scores differ starkly, the team manager arranges a professionals' meeting so the purpose of scaling and the reasons for scores are clear.",
		Source:   "000 §2 (Scaling)",
		Example:  "scaling:\n  - {who: mum, score: 8}\n  - {who: hv-price, score: 3}",
		Fix:      "Arrange a professionals' meeting and record it in the work plan.",
		Run: func(ctx *Context) {
			for _, m := range ctx.held() {
				byChild := map[string][]casefile.Score{}
				var order []string
				for _, s := range m.Scaling {
					if _, ok := byChild[s.Child.ID]; !ok {
						order = append(order, s.Child.ID)
					}
					byChild[s.Child.ID] = append(byChild[s.Child.ID], s)
				}
				for _, child := range order {
					lo, hi := byChild[child][0], byChild[child][0]
					for _, s := range byChild[child] {
						if s.Score < lo.Score {
							lo = s
						}
						if s.Score > hi.Score {
							hi = s
						}
					}
					if hi.Score-lo.Score >= starkSpread {
						ctx.Report(m.At.Of("scaling"), "Date", m.Date.String(), "Low", lo.Score, "High", hi.Score)
					}
				}
			}
		},
	})
	register(&Rule{
		ID:       "meeting.unrecorded",
		Severity: report.Warning,
		Title:    "A meeting whose day has passed has a record, or is marked cancelled",
		Why:      "Every core group meeting is recorded in writing; a past meeting with nothing recorded is either missing its record or did not happen, and timescales cannot count it.",
		Source:   "003 §4 (record of the core group meeting)",
		Example:  "meetings:\n  - date: 2026-11-03   # no present:, no circulated:",
		Fix:      "Record who was present (and the rest of the record), or set cancelled: with the reason.",
		Run: func(ctx *Context) {
			for _, m := range ctx.Case.Meetings {
				if m.Date.IsSet() && !m.Date.After(ctx.Options.AsOf) && !m.Cancelled.IsSet() && !m.Held(ctx.Options.AsOf) {
					ctx.Report(m.Date.Pos, "Date", m.Date.String())
				}
			}
		},
	})
	register(&Rule{
		ID:       "case.date-missing",
		Severity: report.Error,
		Title:    "Every conference, meeting and request has a date, and there is an initial conference",
		Why:      "Every timescale is counted from these dates.",
		Source:   "shared/domain/README.md",
		Example:  "meetings:\n  - venue: Family Centre   # no date:",
		Fix:      "Add date: in YYYY-MM-DD.",
		Run: func(ctx *Context) {
			c := ctx.Case
			for _, x := range c.Conferences {
				if !x.Date.IsSet() {
					ctx.Report(x.At.Of("date"))
				}
			}
			for _, x := range c.Meetings {
				if !x.Date.IsSet() {
					ctx.ReportAs(report.Error, x.At.Of("date"), ".meeting")
				}
			}
			if r := c.Resolution; r != nil {
				for _, x := range r.Requests {
					if !x.Date.IsSet() {
						ctx.ReportAs(report.Error, x.At.Of("date"), ".request")
					}
				}
				for _, x := range r.Meetings {
					if !x.Date.IsSet() {
						ctx.ReportAs(report.Error, x.At.Of("date"), ".resolution-meeting")
					}
				}
			}
			if ctx.initialConference() == nil {
				ctx.ReportAs(report.Error, c.At.Of("conferences"), ".initial")
			}
		},
	})
}
