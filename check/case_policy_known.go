package check

import (
	"strings"

	"coregroup/report"
)

// casePolicyKnown is the rule case.policy-known: the policy is one coregroup
// knows.
var casePolicyKnown = Rule{
	ID:       "case.policy-known",
	Severity: report.Error,
	Title:    "The policy is one coregroup knows",
	Why:      "Timescales, chairing and what a plan must hold differ between areas; a case can only be checked against procedures coregroup knows.",
	Source:   "the procedures of 000-004, as the profiles in policies.md",
	Example:  "policy: narnia",
	Fix:      "Set policy to england, west-midlands, wales or scotland, or add your area's profile with --policy-dir.",
	Always:   true,
	Run: func(ctx *Context) {
		if _, ok := ctx.Options.Policies[ctx.Case.Policy]; !ok {
			ctx.Report(ctx.Case.At.Of("policy"), "Policy", ctx.Case.Policy, "Known", strings.Join(ctx.Options.Policies.Names(), ", "))
		}
	},
}
