package check

import (
	"regexp"

	"coregroup/casefile"
	"coregroup/report"
)

// starkSpread is the difference between two scaling scores at one meeting
// that counts as the "stark contrast" of 000 §2: four points on a scale of
// ten.
const starkSpread = 4

// meetingScalingSpread is the rule meeting.scaling-spread: scaling scores
// that differ starkly lead to a professionals' meeting.
var meetingScalingSpread = Rule{
	ID:       "meeting.scaling-spread",
	Severity: report.Warning,
	Title:    "Scaling scores that differ starkly lead to a professionals' meeting",
	Why:      "When scores differ starkly, the team manager arranges a professionals' meeting so the purpose of scaling and the reasons for scores are clear.",
	Source:   "000 §2 (Scaling)",
	Example:  "scaling:\n  - {who: mum, score: 8}\n  - {who: hv-price, score: 3}",
	Fix:      "Arrange a professionals' meeting and record it under the meeting's professionals_meeting: (date:, by:, outcome:). A work_plan: task whose what: says \"professionals' meeting\" (in Welsh \"cyfarfod gweithwyr proffesiynol\"), such as \"Team manager arranges a professionals' meeting by 6 November to agree what the scores mean\", also clears the warning.",
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
				if hi.Score-lo.Score >= starkSpread && !ctx.plansProfessionalsMeeting(m) {
					ctx.atMeeting(m).Report(m.At.Of("scaling"), "Date", m.Date.Time, "Low", lo.Score, "High", hi.Score)
				}
			}
		}
	},
}

// professionalsMeeting finds a professionals' meeting named in a task, in
// English or Welsh: "professionals' meeting", "professionals meeting",
// "meeting of the professionals", "cyfarfod gweithwyr proffesiynol".
var professionalsMeeting = regexp.MustCompile(`(?i)professionals['’]?\s+(meeting|discussion)|meeting\s+of\s+(the\s+)?professionals|cyfarfod\s+(y\s+)?gweithwyr\s+proffesiynol|cyfarfod\s+proffesiynol`)

// plansProfessionalsMeeting reports whether a meeting records the
// professionals' meeting, as an item of its own or a task of its work plan, that scores far apart call for.
func (ctx *Context) plansProfessionalsMeeting(m *casefile.Meeting) bool {
	if m.ProfessionalsMeeting != nil {
		return true
	}
	for _, task := range m.WorkPlan {
		for _, v := range ctx.versions(task.What) {
			if professionalsMeeting.MatchString(v.text) {
				return true
			}
		}
	}
	return false
}
