package check

import (
	"coregroup/casefile"
	"coregroup/report"
)

// peopleSplitGroup is the rule people.split-group: the meetings of a split
// core group are attended only by the family members of that group.
var peopleSplitGroup = Rule{
	ID:       "people.split-group",
	Severity: report.Error,
	Title:    "In a split core group, each group's meeting has only its own family members",
	Why:      "After a split conference the core group may meet as separate groups; the social worker manages this so that it is effective and safe for the people kept apart.",
	Source:   "001 §5",
	Example:  "groups:\n  - {id: g-mum, family: [mum]}\n  - {id: g-dad, family: [dad]}\nmeetings:\n  - group: g-mum\n    present: [mum, dad, sw-hughes]   # dad",
	Fix:      "Record each meeting's group: and list as present only the family members of that group; a case with groups: says for every meeting which group met.",
	Run: func(ctx *Context) {
		if len(ctx.Case.Groups) == 0 {
			return
		}
		for _, m := range ctx.held() {
			if !m.Group.IsSet() {
				ctx.atMeeting(m).ReportAs(report.Error, m.At.Node, ".group", "Date", m.Date.Time)
				continue
			}
			for _, r := range m.Present {
				if ctx.people[r.ID].family != nil && !ctx.inGroupOf(m, r.ID) {
					ctx.atMeeting(m).Report(r.Pos, "Name", ctx.people[r.ID].name, "Date", m.Date.Time)
				}
			}
		}
	},
}

// inGroupOf reports whether a family member belongs to the group that held
// m: always, unless the core group is split and the member is not listed in
// m's group.
func (ctx *Context) inGroupOf(m *casefile.Meeting, id string) bool {
	if len(ctx.Case.Groups) == 0 || !m.Group.IsSet() {
		return true
	}
	for _, g := range ctx.Case.Groups {
		if g.ID == m.Group.ID {
			for _, f := range g.Family {
				if f.ID == id {
					return true
				}
			}
			return false
		}
	}
	return true
}
