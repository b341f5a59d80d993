package check

import "coregroup/report"

// meetingCirculation is the rule meeting.circulation: when a meeting says
// who received its record, the parents are among them.
var meetingCirculation = Rule{
	ID:       "meeting.circulation",
	Severity: report.Warning,
	Title:    "The record goes to the parents as well as the professionals",
	Why:      "A copy of the core group record and the plan is provided to the parents and the child, if old enough, as well as to the agencies providing services under the plan.",
	Source:   "000 §3",
	Example:  "circulation:\n  - {to: sw-hughes, date: 2026-11-03}\n  - {to: tchr-evans, date: 2026-11-03}   # not mum",
	Fix:      "Send the record to each parent (a parent who is excluded too, unless the conference decided otherwise) and list them under circulation:.",
	Run: func(ctx *Context) {
		for _, m := range ctx.held() {
			if len(m.Circulation) == 0 {
				continue
			}
			got := map[string]bool{}
			for _, s := range m.Circulation {
				got[s.To.ID] = true
			}
			for _, f := range ctx.Case.Family {
				if f.Role == "parent" && !got[f.ID] && ctx.inGroupOf(m, f.ID) {
					ctx.atMeeting(m).Report(m.At.Of("circulation"), "Name", f.Name, "Date", m.Date.Time)
				}
			}
		}
	},
}
