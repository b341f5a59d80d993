package check

import (
	"strings"

	"coregroup/casefile"
	"coregroup/report"
)

// planTurns18 is the rule plan.turns-18: the plan of a child who turns 18
// before the next review conference says what happens then.
var planTurns18 = Rule{
	ID:       "plan.turns-18",
	Severity: report.Error,
	Title:    "The plan of a child who turns 18 before the next review conference says what happens then",
	Why:      "A child protection plan ends when the child becomes an adult. When that comes before the next review conference, the plan must say what will happen: support as an adult, a pathway plan, a referral to adult services. The plan's texts are read for words of adulthood.LANG.txt (18, adult, transition, leaving care and others, which a local authority can extend: policies.md). Checked only when the next review conference has a date.",
	Source:   "001 §4 (what will happen), 003 §2 (what life will need to look like at de-registration)",
	Example:  "born: 2008-12-20   # 18 before the review conference of 2027-01-11\nplan:\n  contingency: ...   # and no word of what happens at 18",
	Fix:      "Say in the plan what happens when the young person turns 18: an action, an outcome or the contingency (\"Referral to adult services before 18\", \"Pathway plan agreed by 1 December\").",
	Run: func(ctx *Context) {
		next := ctx.nextReviewConference()
		if !next.IsSet() {
			return
		}
		for _, pl := range plans(ctx.Case) {
			ch := pl.child
			if !ch.Born.IsSet() {
				continue
			}
			adult := ch.Born.AddDate(18, 0, 0)
			if adult.After(next.Time) || ctx.speaksOfAdulthood(pl.plan) {
				continue
			}
			ctx.forChild(ch).Report(ch.Born.Pos, "Child", childName(ch), "Date", adult, "Review", next.Time)
		}
	},
}

// speaksOfAdulthood reports whether any text of a plan has a word of the
// adulthood list of its language.
func (ctx *Context) speaksOfAdulthood(p *casefile.Plan) bool {
	var texts []casefile.Text
	for _, w := range p.Worries {
		texts = append(texts, w.Text, w.Child)
	}
	for _, o := range p.Outcomes {
		texts = append(texts, o.Text, o.Child, o.Measure)
	}
	for _, a := range p.Actions {
		texts = append(texts, a.What, a.Child, a.HowToKnow)
	}
	for _, e := range p.Expectations {
		texts = append(texts, e.Text, e.Consequence)
	}
	texts = append(texts, p.Contingency, p.Participation)
	for _, t := range texts {
		for _, v := range ctx.versions(t) {
			if w := ctx.words(v.lang); w != nil {
				for _, word := range w.adulthood {
					if containsWords(strings.ToLower(v.text), word) {
						return true
					}
				}
			}
		}
	}
	return false
}
