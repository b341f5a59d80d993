package check

import "coregroup/report"

// peopleDeputyChair is the rule people.deputy-chair: a deputy chair is
// nominated.
var peopleDeputyChair = Rule{
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
}
