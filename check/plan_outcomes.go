package check

import "coregroup/report"

// planOutcomes is the rule plan.outcomes: personal outcomes say what must
// change, by how much and by when.
var planOutcomes = Rule{
	ID:       "plan.outcomes",
	Severity: report.Error,
	Title:    "Personal outcomes say what must change, by how much and by when",
	Why:      "In Wales the plan is built on personal outcomes set at conference; everywhere the plan says what needs to change, by how much and by when.",
	Source:   "003 §2, §4; 001 §2",
	Example:  "outcomes:\n  - id: o-school\n    text: Ella goes to school   # no measure: or by:",
	Fix:      "Add outcomes: with text:, measure: (by how much) and by: (by when). An outcome without measure: or by: is a warning.",
	Run: func(ctx *Context) {
		for _, pl := range plans(ctx.Case) {
			if len(pl.plan.Outcomes) == 0 && ctx.Policy.PersonalOutcomes {
				ctx.forChild(pl.child).Report(pl.plan.At.Of("outcomes"), "Child", childName(pl.child))
			}
			for _, o := range pl.plan.Outcomes {
				if !o.Measure.IsSet() || !o.By.IsSet() {
					ctx.forChild(pl.child).ReportAs(report.Warning, o.At.Node, ".incomplete", "ID", o.ID)
				}
			}
		}
	},
}
