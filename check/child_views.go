package check

import "coregroup/report"

// childViews is the rule child.views: the child's views, wishes and feelings
// are recorded.
var childViews = Rule{
	ID:       "child.views",
	Severity: report.Error,
	Title:    "The child's views, wishes and feelings are recorded",
	Why:      "The voice of the child must be present throughout core group meetings and plans.",
	Source:   "000 §3, 003 §2",
	Example:  "- id: ella\n  name: Ella Example   # no views:",
	Fix:      "Add views: the child's own views, wishes and feelings, in their words where possible. An unborn child (expected: without born:) has none to give.",
	Run: func(ctx *Context) {
		for _, ch := range ctx.Case.Children {
			if !ch.Views.IsSet() && !ch.Unborn() {
				ctx.forChild(&ch).Report(ch.At.Of("views"), "Child", childName(&ch))
			}
		}
	},
}
