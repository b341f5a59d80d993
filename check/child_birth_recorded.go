package check

import "coregroup/report"

// birthGraceDays is how long after the expected date of delivery a
// pre-birth plan may go without the birth recorded.
const birthGraceDays = 28

// childBirthRecorded is the rule child.birth-recorded: once an unborn
// child's expected date has well passed, the case records the birth.
var childBirthRecorded = Rule{
	ID:       "child.birth-recorded",
	Severity: report.Warning,
	Title:    "A pre-birth plan records the birth once the baby is born",
	Why:      "A pre-birth plan carries on once the baby is born: the plan is then for a named child with a date of birth, and the baby's views come to be sought as they grow.",
	Source:   "001 §3",
	Example:  "- id: baby\n  name: Baby Example (unborn)\n  expected: 2026-08-01   # four weeks and more ago, no born:",
	Fix:      "Add born: with the date of birth and give the child's name; remove expected: or keep it for the record.",
	Run: func(ctx *Context) {
		for i := range ctx.Case.Children {
			ch := &ctx.Case.Children[i]
			if ch.Unborn() && ctx.Options.AsOf.After(ch.Expected.AddDate(0, 0, birthGraceDays)) {
				ctx.forChild(ch).Report(ch.Expected.Pos, "Child", childName(ch), "Expected", ch.Expected.Time)
			}
		}
	},
}
