package check

import (
	"strings"

	"coregroup/report"
)

// knownPolicies are the areas whose procedures coregroup knows.
var knownPolicies = []string{"england", "west-midlands", "wales", "scotland"}

func init() {
	register(&Rule{
		ID:       "case.policy-known",
		Severity: report.Error,
		Why:      "Timescales, chairing and the plan's contents differ between areas; coregroup can only check a case against procedures it knows.",
		Fix:      "Set policy to england, west-midlands, wales or scotland.",
		Run: func(ctx *Context) {
			p := ctx.Case.Policy
			for _, k := range knownPolicies {
				if p == k {
					return
				}
			}
			ctx.Report(ctx.Case.At.Of("policy"), "Policy", p, "Known", strings.Join(knownPolicies, ", "))
		},
	})
}
