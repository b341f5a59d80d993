package check

import "coregroup/report"

// meetingInterpreter is the rule meeting.interpreter: whoever interprets at
// a meeting is a qualified interpreter, never the family or another
// professional of the core group.
var meetingInterpreter = Rule{
	ID:       "meeting.interpreter",
	Severity: report.Error,
	Title:    "A meeting's interpreter is a qualified interpreter, not the family or a core group professional",
	Why:      "A qualified interpreter is arranged for each meeting; family members, and never a child of the family, are not used as interpreters, and a professional with a part in the plan cannot also interpret for the family.",
	Source:   "001 §5, 000 §3",
	Example:  "interpreters:\n  - {who: hv-price, for: [mum], language: pl}   # the health visitor",
	Fix:      "Name a professional interpreter (a member with role: interpreter) under interpreters:, with qualified: true.",
	Run: func(ctx *Context) {
		for _, m := range ctx.held() {
			for _, in := range m.Interpreters {
				p, ok := ctx.people[in.Who.ID]
				switch {
				case !ok:
				case p.child != nil || p.family != nil:
					ctx.atMeeting(m).ReportAs(report.Error, in.Who.Pos, ".family", "Name", p.name, "Date", m.Date.Time)
				case p.role() != "interpreter":
					ctx.atMeeting(m).Report(in.Who.Pos, "Name", p.name, "Date", m.Date.Time)
				case in.Qualified != nil && !*in.Qualified:
					ctx.atMeeting(m).ReportAs(report.Warning, in.At.Of("qualified"), ".unqualified", "Name", p.name, "Date", m.Date.Time)
				}
			}
		}
	},
}
