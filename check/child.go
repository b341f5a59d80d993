package check

import (
	"coregroup/report"
)

// The rules about the child's voice and identity.
func init() {
	register(&Rule{
		ID:       "child.views",
		Severity: report.Error,
		Title:    "The child's views, wishes and feelings are recorded",
		Why:      "The voice of the child must be present throughout core group meetings and plans.",
		Source:   "000 §3, 003 §2",
		Example:  "- id: ella\n  name: Ella Example   # no views:",
		Fix:      "Add views: the child's own views, wishes and feelings, in their words where possible.",
		Run: func(ctx *Context) {
			for _, ch := range ctx.Case.Children {
				if !ch.Views.IsSet() {
					ctx.Report(ch.At.Of("views"), "Child", childName(&ch))
				}
			}
		},
	})
	register(&Rule{
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
						ctx.Report(ch.At.Of(k.key), "Child", childName(&ch), "Key", k.key)
					}
				}
			}
		},
	})
}
