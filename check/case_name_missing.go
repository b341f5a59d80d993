package check

import "coregroup/report"

// caseNameMissing is the rule case.name-missing: the case has a reference
// and everyone has a name.
var caseNameMissing = Rule{
	ID:       "case.name-missing",
	Severity: report.Error,
	Title:    "The case has a reference and everyone has a name",
	Why:      "Documents name the case on every page and each person by name; a blank would go out as a blank.",
	Source:   "003 Appendix 3 and 5 (names, case details)",
	Example:  "ref: \"\"\nfamily:\n  - id: mum\n    name: \"\"",
	Fix:      "Fill in ref: and each name:.",
	Run: func(ctx *Context) {
		c := ctx.Case
		if c.Ref == "" {
			ctx.ReportAs(report.Error, c.At.Of("ref"), ".ref")
		}
		for _, x := range c.Children {
			if x.Name == "" {
				ctx.Report(x.At.Of("name"), "ID", x.ID)
			}
		}
		for _, x := range c.Family {
			if x.Name == "" {
				ctx.Report(x.At.Of("name"), "ID", x.ID)
			}
		}
		for _, x := range c.Members {
			if x.Name == "" {
				ctx.Report(x.At.Of("name"), "ID", x.ID)
			}
		}
	},
}
