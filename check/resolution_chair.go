package check

import "coregroup/report"

// resolutionChair is the rule resolution.chair: the Team Manager chairs a
// Tier 1 meeting, a Principal Officer or Service Manager a Tier 2 meeting.
var resolutionChair = Rule{
	ID:       "resolution.chair",
	Severity: report.Error,
	Title:    "The Team Manager chairs Tier 1; a Principal Officer or Service Manager chairs Tier 2",
	Why:      "The Children's Services Team Manager chairs the Tier 1 meeting; the Team Manager escalates to a Principal Officer or Service Manager, who convenes and chairs the Tier 2 meeting.",
	Source:   "003 §5, Appendix 4",
	Example:  "meetings:\n  - tier: 1\n    chair: sw-hughes   # the social worker",
	Fix:      "Name as chair: the team manager (role: team-manager) for Tier 1, or the service manager (role: service-manager) for Tier 2.",
	Run: func(ctx *Context) {
		want := map[int]string{1: "team-manager", 2: "service-manager"}
		for tier, role := range want {
			for _, rm := range ctx.resolutionMeetings(tier) {
				if p := ctx.people[rm.Chair.ID]; rm.Chair.IsSet() && p.role() != role {
					ctx.Report(rm.Chair.Pos, "Name", p.name, "Tier", tier, "Date", rm.Date.Time)
				}
			}
		}
	},
}
