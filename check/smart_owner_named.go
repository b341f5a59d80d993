package check

import (
	"strings"

	"coregroup/casefile"
	"coregroup/report"
)

// smartOwnerNamed is the rule smart.owner-named: each action has one named
// person responsible.
var smartOwnerNamed = Rule{
	ID:       "smart.owner-named",
	Severity: report.Error,
	Title:    "Each action has one named person responsible",
	Why:      "An action owned by \"all\" or by an agency is owned by nobody. Each action needs one named professional, parent or child.",
	Source:   "001 §4, 000 §2",
	Example:  "- id: a-school\n  what: Walk Ella to school every day",
	Fix:      "Add who: with the id of the one person responsible.",
	Run: func(ctx *Context) {
		ctx.eachAction(func(pl planned, a *casefile.Action) {
			switch p, ok := ctx.people[a.Who.ID]; {
			case !a.Who.IsSet():
				ctx.forChild(pl.child).Report(a.At.Of("who"), "ID", a.ID)
			case ok && looksLikeGroup(p.name):
				ctx.forChild(pl.child).ReportAs(report.Error, a.Who.Pos, ".group", "ID", a.ID, "Name", p.name)
			}
		})
	},
}

// looksLikeGroup reports whether a name is a group rather than a person.
func looksLikeGroup(name string) bool {
	lower := " " + strings.ToLower(name) + " "
	for _, w := range []string{" all ", " everyone ", " agencies ", " team ", " service ", " services ", " core group ", " professionals ", " parents ", " family "} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}
