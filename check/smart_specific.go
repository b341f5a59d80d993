package check

import (
	"coregroup/casefile"
	"coregroup/report"
)

// smartSpecific is the rule smart.specific: each action says exactly what
// will be done.
var smartSpecific = Rule{
	ID:       "smart.specific",
	Severity: report.Warning,
	Title:    "Each action says exactly what will be done",
	Why:      "An action such as \"support Mum\" cannot be checked: nobody can say whether it was done. A SMART action says what, how often and where. The checker reads an action's what: for three things, from word lists a local authority can extend (policies.md): a phrase vague wherever it is (\"as needed\"); an attitude or a state asked for instead of a deed (\"be open and honest with professionals\", \"cooperate with the plan\", \"remain calm\"), which no frequency can make something anyone can see done; and a vague verb or a verb of an ongoing state (\"support\", \"monitor\", \"maintain\") with no number, frequency or day to say how often or when. An attitude is reported with its own message.",
	Source:   "001 §4, 002 (SMART actions), 000 §2",
	Example:  "what: Health visitor to support Mum as needed",
	Fix:      "Say what will happen, how often and where: \"Health visitor visits Mum at home every Tuesday to weigh Cai\". For an attitude, write the deed that would show it: not \"Mum is honest with professionals\" but \"Mum tells the social worker within a day when Dad visits\".",
	Run: func(ctx *Context) {
		ctx.eachAction(func(pl planned, a *casefile.Action) {
			for _, v := range ctx.versions(a.What) {
				if w := ctx.words(v.lang); w != nil {
					switch why, p := w.vague(v.text); why {
					case vagueAttitude:
						ctx.forChild(pl.child).ReportAs(report.Warning, v.pos, ".attitude", "ID", a.ID, "Phrase", p)
					case vaguePhrase, vagueVerb:
						ctx.forChild(pl.child).Report(v.pos, "ID", a.ID, "Phrase", p)
					}
				}
			}
		})
	},
}
