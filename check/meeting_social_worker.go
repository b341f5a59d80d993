package check

import "coregroup/report"

// meetingSocialWorker is the rule meeting.social-worker: the social worker,
// or their team manager or a senior practitioner, attends each core group.
var meetingSocialWorker = Rule{
	ID:       "meeting.social-worker",
	Severity: report.Warning,
	Title:    "The social worker, or their team manager or a senior practitioner, attends",
	Why:      "The social worker leads the plan; if they are unable to attend a core group, their team manager or a senior practitioner attends instead.",
	Source:   "001 §5",
	Example:  "present: [mum, hv-price, tchr-evans]   # no social worker, team manager or senior practitioner",
	Fix:      "Record the social worker, or the team manager or senior practitioner who came instead, under present:.",
	Run: func(ctx *Context) {
		hasSW := false
		for _, m := range ctx.Case.Members {
			hasSW = hasSW || m.Role == "social-worker"
		}
		if !hasSW {
			return
		}
		for _, m := range ctx.held() {
			if len(m.Present) == 0 {
				continue // no attendance recorded: meeting.unrecorded sees to it
			}
			covered := false
			for _, r := range m.Present {
				switch ctx.people[r.ID].role() {
				case "social-worker", "team-manager", "senior-practitioner":
					covered = true
				}
			}
			if !covered {
				ctx.atMeeting(m).Report(m.At.Of("present"), "Date", m.Date.Time)
			}
		}
	},
}
