package check

import "coregroup/report"

// smartWorryHasAction is the rule smart.worry-has-action: every worry has an
// action.
var smartWorryHasAction = Rule{
	ID:       "smart.worry-has-action",
	Severity: report.Error,
	Title:    "Every worry has an action",
	Why:      "A worry with no action is a worry the plan does nothing about.",
	Source:   "001 §4",
	Example:  "worries: [{id: w-food, text: Cai is often hungry}]   # and no action for: [w-food]",
	Fix:      "Add an action with for: [the worry's id], or remove the worry if the conference agreed it is resolved.",
	Run: func(ctx *Context) {
		for _, pl := range plans(ctx.Case) {
			covered := map[string]bool{}
			for _, a := range pl.plan.Actions {
				for _, r := range a.For {
					covered[r.ID] = true
				}
			}
			for _, o := range pl.plan.Outcomes {
				if covered[o.ID] {
					for _, w := range o.Worries {
						covered[w.ID] = true
					}
				}
			}
			for _, w := range pl.plan.Worries {
				if !covered[w.ID] {
					ctx.forChild(pl.child).Report(w.At.Of("id"), "ID", w.ID)
				}
			}
		}
	},
}
