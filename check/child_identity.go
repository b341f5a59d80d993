package check

import "coregroup/report"

// childIdentity is the rule child.identity: ethnicity, identity, culture and
// disability are considered.
var childIdentity = Rule{
	ID:       "child.identity",
	Severity: report.Warning,
	Title:    "Ethnicity, identity, culture and disability are considered",
	Why:      "The plan must consider the child's ethnicity, identity, culture and any disability.",
	Source:   "001 §4",
	Example:  "- id: ella\n  name: Ella Example   # no ethnicity:, identity: or disability:",
	Fix:      "Add ethnicity:, identity: and disability: (write \"None known\" rather than leave it empty).",
	Run: func(ctx *Context) {
		for _, ch := range ctx.Case.Children {
			for _, k := range []struct {
				key string
				set bool
			}{{"ethnicity", ch.Ethnicity.IsSet()}, {"identity", ch.Identity.IsSet()}, {"disability", ch.Disability.IsSet()}} {
				if !k.set {
					ctx.forChild(&ch).Report(ch.At.Of(k.key), "Child", childName(&ch), "Key", k.key)
				}
			}
		}
	},
}
