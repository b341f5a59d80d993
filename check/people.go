package check

import (
	"coregroup/casefile"
	"coregroup/policy"
	"coregroup/report"
)

// The rules about who chairs, interprets and is excluded.
func init() {
	register(&Rule{
		ID:       "people.chairing",
		Severity: report.Error,
		Title:    "The chair is who the policy says",
		Why:      "In Wales the social worker should not chair the core group; chairing rotates across agencies, except the core group after a Tier 1 meeting, which the social worker chairs. In England the social worker chairs (the team manager may chair the first meetings).",
		Source:   "003 §3, §5; 001 §5; 000 §3",
		Example:  "policy: wales\nmeetings:\n  - date: 2026-03-13\n    chair: sw-hughes   # the social worker",
		Fix:      "Name a chair from another agency (Wales), or the social worker (England).",
		Run: func(ctx *Context) {
			for i := range ctx.Case.Meetings {
				m := &ctx.Case.Meetings[i]
				if !m.Chair.IsSet() || m.Cancelled.IsSet() {
					continue
				}
				role := ctx.people[m.Chair.ID].role()
				switch ctx.Policy.Chairing {
				case policy.ChairNotSocialWorker:
					if role == "social-worker" && !ctx.firstAfterTier1(m) {
						ctx.Report(m.Chair.Pos, "Name", ctx.people[m.Chair.ID].name)
					}
				case policy.ChairSocialWorker:
					early := ctx.meetingNumber(m) < 2 && (role == "team-manager" || role == "senior-practitioner")
					if role != "social-worker" && !early {
						ctx.ReportAs(report.Warning, m.Chair.Pos, ".social-worker", "Name", ctx.people[m.Chair.ID].name)
					}
				}
			}
			if ch := ctx.Case.Chairing; ch != nil && ctx.Policy.Chairing == policy.ChairNotSocialWorker {
				if ctx.people[ch.Chair.ID].role() == "social-worker" {
					ctx.Report(ch.Chair.Pos, "Name", ctx.people[ch.Chair.ID].name)
				}
				for _, r := range ch.Rota {
					if ctx.people[r.ID].role() == "social-worker" {
						ctx.Report(r.Pos, "Name", ctx.people[r.ID].name)
					}
				}
			}
		},
	})
	register(&Rule{
		ID:       "people.deputy-chair",
		Severity: report.Warning,
		Title:    "A deputy chair is nominated",
		Why:      "The core group nominates a deputy (vice) chair who chairs when the chair cannot.",
		Source:   "001 §5, 002",
		Example:  "chairing:\n  chair: sw-hughes   # no deputy:",
		Fix:      "Add deputy: under chairing:, with the person's id.",
		Run: func(ctx *Context) {
			if !ctx.Policy.DeputyChair {
				return
			}
			if ch := ctx.Case.Chairing; ch == nil || !ch.Deputy.IsSet() {
				pos := ctx.Case.At.Of("chairing")
				if ch != nil {
					pos = ch.At.Of("deputy")
				}
				ctx.Report(pos)
			}
		},
	})
	register(&Rule{
		ID:       "people.interpreter",
		Severity: report.Error,
		Title:    "A family who needs one has a qualified interpreter, not a relative",
		Why:      "Family members, and never a child, must not be used as interpreters; a qualified interpreter is arranged for each meeting.",
		Source:   "001 §5, 000 §3",
		Example:  "language: pl\ninterpreter:\n  by: mum   # a family member",
		Fix:      "Add interpreter: with by: the id of a professional interpreter (a member with role: interpreter).",
		Run: func(ctx *Context) {
			c := ctx.Case
			needs := c.Interpreter != nil && c.Interpreter.Needed
			for _, f := range c.Family {
				needs = needs || f.Interpreter
			}
			if !needs {
				return
			}
			switch {
			case c.Interpreter == nil || !c.Interpreter.By.IsSet():
				pos := c.At.Of("interpreter")
				if c.Interpreter != nil {
					pos = c.Interpreter.At.Of("by")
				}
				ctx.Report(pos)
			default:
				p := ctx.people[c.Interpreter.By.ID]
				if p.child != nil || p.family != nil {
					ctx.ReportAs(report.Error, c.Interpreter.By.Pos, ".family", "Name", p.name)
				}
			}
		},
	})
	register(&Rule{
		ID:       "people.exclusion-reason",
		Severity: report.Error,
		Title:    "A parent excluded from the core group has a recorded reason",
		Why:      "A decision to exclude a parent must be recorded, with the reason, for future reference.",
		Source:   "000 §3",
		Example:  "excluded:\n  decided: 2026-03-02   # no reason:",
		Fix:      "Add reason: under excluded:, as decided at conference.",
		Run: func(ctx *Context) {
			for _, f := range ctx.Case.Family {
				if f.Excluded != nil && !f.Excluded.Reason.IsSet() {
					ctx.Report(f.Excluded.At.Of("reason"), "Name", f.Name)
				}
			}
		},
	})
}

// firstAfterTier1 reports whether m is the first core group after a Tier 1
// meeting, which in Wales the allocated social worker chairs (003 §5).
func (ctx *Context) firstAfterTier1(m *casefile.Meeting) bool {
	for _, t1 := range ctx.resolutionMeetings(1) {
		for _, next := range ctx.meetingsByDate() {
			if next.Date.After(t1.Date.Time) {
				if next == m {
					return true
				}
				break
			}
		}
	}
	return false
}

// meetingNumber is m's place among the meetings that were not cancelled,
// in date order, from 0.
func (ctx *Context) meetingNumber(m *casefile.Meeting) int {
	for i, x := range ctx.meetingsByDate() {
		if x == m {
			return i
		}
	}
	return -1
}
