package check

import (
	"coregroup/casefile"
	"coregroup/report"
)

// caseBornFuture is the rule case.born-future: no one is born after the day
// checked.
var caseBornFuture = Rule{
	ID:       "case.born-future",
	Severity: report.Error,
	Title:    "No one is born after the day checked",
	Why:      "A date of birth after today is a typing mistake (often the year), and ages, the resolution request's D.O.B. and a child's turning 18 are all worked out from it.",
	Source:   "003 Appendix 3 (D.O.B.)",
	Example:  "children:\n  - id: ella\n    born: 2028-05-04   # meant 2018",
	Fix:      "Correct the date of birth. For a baby not yet born, leave born: out until the birth.",
	Run: func(ctx *Context) {
		check := func(c *Context, name string, born casefile.Date) {
			if born.IsSet() && born.After(c.Options.AsOf) {
				c.Report(born.Pos, "Name", name, "Date", born.Time, "Today", c.Options.AsOf)
			}
		}
		for i := range ctx.Case.Children {
			ch := &ctx.Case.Children[i]
			check(ctx.forChild(ch), childName(ch), ch.Born)
		}
		for _, f := range ctx.Case.Family {
			check(ctx, f.Name, f.Born)
		}
	},
}
