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
	Why:      "An action such as \"support Mum\" cannot be checked: nobody can say whether it was done. A SMART action says what, how often and where.",
	Source:   "001 §4, 002 (SMART actions), 000 §2",
	Example:  "what: Health visitor to support Mum as needed",
	Fix:      "Say what will happen, how often and where: \"Health visitor visits Mum at home every Tuesday to weigh Cai\".",
	Run: func(ctx *Context) {
		ctx.eachAction(func(pl planned, a *casefile.Action) {
			for _, v := range ctx.versions(a.What) {
				if w := vagueFor(v.lang); w != nil {
					if p := w.vaguePhrase(v.text); p != "" {
						ctx.forChild(pl.child).Report(v.pos, "ID", a.ID, "Phrase", p)
					}
				}
			}
		})
	},
}
