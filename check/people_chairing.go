package check

import (
	"coregroup/casefile"
	"coregroup/policy"
	"coregroup/report"
)

// peopleChairing is the rule people.chairing: the chair is who the policy
// says.
var peopleChairing = Rule{
	ID:       "people.chairing",
	Severity: report.Error,
	Title:    "The chair is who the policy says",
	Why:      "In Wales the social worker should not chair the core group; chairing rotates across agencies, except the core group after a Tier 1 meeting, which the social worker chairs (people.chair-after-tier1). In England the social worker chairs (the team manager may chair the first meetings); another chair is a warning to check it was agreed, and none when the chair is the nominated deputy, the chair the case records under chairing:, or the meeting records the agreement and its reason (chair_agreed:).",
	Source:   "003 §3, §5; 001 §5; 000 §3",
	Example:  "policy: wales\nmeetings:\n  - date: 2026-03-13\n    chair: sw-hughes   # the social worker",
	Fix:      "Name a chair from another agency (Wales), or the social worker (England); where another chair was agreed (England), record why in the meeting's chair_agreed:.",
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
					ctx.atMeeting(m).Report(m.Chair.Pos, "Name", ctx.people[m.Chair.ID].name)
				}
			case policy.ChairSocialWorker:
				early := ctx.meetingNumber(m) < 2 && (role == "team-manager" || role == "senior-practitioner")
				if role != "social-worker" && !early && !ctx.agreedChair(m.Chair.ID) && !m.ChairAgreed.IsSet() {
					ctx.atMeeting(m).ReportAs(report.Warning, m.Chair.Pos, ".social-worker", "Name", ctx.people[m.Chair.ID].name)
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

// agreedChair reports whether the case records the person as an agreed
// chair: the usual chair or the nominated deputy under chairing:.
func (ctx *Context) agreedChair(id string) bool {
	ch := ctx.Case.Chairing
	return ch != nil && (ch.Chair.ID == id || ch.Deputy.ID == id)
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
