package check

import (
	"strings"

	"coregroup/report"
)

// planContingencyComplete is the rule plan.contingency-complete: the
// contingency plan says what will happen, who does it and when.
var planContingencyComplete = Rule{
	ID:       "plan.contingency-complete",
	Severity: report.Warning,
	Title:    "The contingency plan says what will happen, who does it and when",
	Why:      "Parents and professionals must know what will happen if the plan is not working or circumstances change: what action follows, who takes it and on what sign or by when, including family court proceedings where needed.",
	Source:   "001 §4, 000 §2, 003 §2",
	Example:  "contingency: Further action will be considered.",
	Fix:      "Say who will act (a named person, the social worker, the core group, the conference) and on what sign or by when: \"If Ella misses a week of school, the social worker will ask for the review conference to be brought forward within five working days.\"",
	Run: func(ctx *Context) {
		for _, pl := range plans(ctx.Case) {
			for _, v := range ctx.versions(pl.plan.Contingency) {
				w := ctx.words(v.lang)
				if w == nil {
					continue
				}
				lower := strings.ToLower(v.text)
				who := ctx.namesSomeone(lower) || anyWords(lower, w.contingencyWho) || anyWords(lower, w.groups)
				when := hasDigit(lower) || anyWords(lower, w.contingencyWhen)
				if !who || !when {
					ctx.forChild(pl.child).Report(v.pos, "Child", childName(pl.child))
				}
			}
		}
	},
}

// anyWords reports whether text holds one of the phrases as whole words.
func anyWords(text string, phrases []string) bool {
	for _, p := range phrases {
		if containsWords(text, p) {
			return true
		}
	}
	return false
}

// namesSomeone reports whether a lower-case text names an adult of the
// case by a word of their name, or a professional by their role: not a
// child, whom a contingency plan speaks of but does not give to act.
func (ctx *Context) namesSomeone(text string) bool {
	for _, p := range ctx.people {
		if p.child != nil {
			continue
		}
		for _, part := range strings.Fields(strings.ToLower(p.name)) {
			if len(part) > 2 && containsWords(text, part) {
				return true
			}
		}
		if r := p.role(); r != "" && containsWords(text, strings.ReplaceAll(r, "-", " ")) {
			return true
		}
	}
	return false
}
