package check

import (
	"strings"

	"coregroup/casefile"
	"coregroup/report"
)

// eachAction calls f for every action of every child's plan.
func (ctx *Context) eachAction(f func(pl planned, a *casefile.Action)) {
	for _, pl := range plans(ctx.Case) {
		for i := range pl.plan.Actions {
			f(pl, &pl.plan.Actions[i])
		}
	}
}

func init() {
	register(&Rule{
		ID:       "smart.specific",
		Severity: report.Warning,
		Title:    "Each action says exactly what will be done",
		Why:      "An action such as \"support Mum\" cannot be checked: nobody can say whether it was done. A SMART action says what, how often and where.",
		Source:   "001 §4, 002 (SMART actions), 000 §2",
		Example:  "what: Health visitor to support Mum as needed",
		Fix:      "Say what will happen, how often and where: \"Health visitor visits Mum at home every Tuesday to weigh Cai\".",
		Run: func(ctx *Context) {
			ctx.eachAction(func(_ planned, a *casefile.Action) {
				for _, v := range ctx.versions(a.What) {
					if w := vagueFor(v.lang); w != nil {
						if p := w.vaguePhrase(v.text); p != "" {
							ctx.Report(v.pos, "ID", a.ID, "Phrase", p)
						}
					}
				}
			})
		},
	})
	register(&Rule{
		ID:       "smart.what",
		Severity: report.Error,
		Title:    "Each action says what will be done",
		Why:      "An action with no description is not an action.",
		Source:   "001 §4",
		Example:  "- id: a-school\n  who: mum",
		Fix:      "Add what: with what will be done.",
		Run: func(ctx *Context) {
			ctx.eachAction(func(_ planned, a *casefile.Action) {
				if !a.What.IsSet() {
					ctx.Report(a.At.Of("what"), "ID", a.ID)
				}
			})
		},
	})
	register(&Rule{
		ID:       "smart.measurable",
		Severity: report.Error,
		Title:    "Each action says how we will know",
		Why:      "The plan must say how we will know things are better for the child; without it progress cannot be judged at the next core group.",
		Source:   "001 §4, 000 §2",
		Example:  "- id: a-school\n  what: Walk Ella to school every day\n  who: mum",
		Fix:      "Add how_we_know: what anyone could see or count, such as \"the school register shows Ella in class by 8.50\".",
		Run: func(ctx *Context) {
			ctx.eachAction(func(_ planned, a *casefile.Action) {
				if !a.HowToKnow.IsSet() {
					ctx.Report(a.At.Of("how_we_know"), "ID", a.ID)
				}
			})
		},
	})
	register(&Rule{
		ID:       "smart.owner-named",
		Severity: report.Error,
		Title:    "Each action has one named person responsible",
		Why:      "An action owned by \"all\" or by an agency is owned by nobody. Each action needs one named professional, parent or child.",
		Source:   "001 §4, 000 §2",
		Example:  "- id: a-school\n  what: Walk Ella to school every day",
		Fix:      "Add who: with the id of the one person responsible.",
		Run: func(ctx *Context) {
			ctx.eachAction(func(_ planned, a *casefile.Action) {
				switch p, ok := ctx.people[a.Who.ID]; {
				case !a.Who.IsSet():
					ctx.Report(a.At.Of("who"), "ID", a.ID)
				case ok && looksLikeGroup(p.name):
					ctx.ReportAs(report.Error, a.Who.Pos, ".group", "ID", a.ID, "Name", p.name)
				}
			})
		},
	})
	register(&Rule{
		ID:       "smart.time-bound",
		Severity: report.Error,
		Title:    "Each action has a date",
		Why:      "The plan must say when each action will be done or reviewed.",
		Source:   "001 §4, 000 §2",
		Example:  "- id: a-school\n  what: Walk Ella to school every day\n  who: mum",
		Fix:      "Add by: (when it will be done) or review: (when an action that goes on will be reviewed).",
		Run: func(ctx *Context) {
			ctx.eachAction(func(_ planned, a *casefile.Action) {
				if !a.By.IsSet() && !a.Review.IsSet() {
					ctx.Report(a.At.Of("by"), "ID", a.ID)
				}
			})
		},
	})
	register(&Rule{
		ID:       "smart.date-in-plan",
		Severity: report.Error,
		Title:    "Action dates fall within the plan's life",
		Why:      "A date before the plan started is a mistake; a date after the next review conference escapes the review of the plan.",
		Source:   "001 §4, 003 §4",
		Example:  "by: 2025-01-10   # before plan_start: 2026-03-02",
		Fix:      "Correct the date, or set a review date before the next review conference.",
		Run: func(ctx *Context) {
			next := ctx.nextReviewConference()
			ctx.eachAction(func(pl planned, a *casefile.Action) {
				for _, d := range []casefile.Date{a.By, a.Review} {
					switch {
					case !d.IsSet():
					case pl.child.PlanStart.IsSet() && d.Before(pl.child.PlanStart.Time):
						ctx.Report(d.Pos, "ID", a.ID, "Date", d.String(), "Start", pl.child.PlanStart.String())
					case next.IsSet() && d.After(next.Time) && a.Status != "done":
						ctx.ReportAs(report.Error, d.Pos, ".after-review", "ID", a.ID, "Date", d.String(), "Review", next.String())
					}
				}
			})
		},
	})
	register(&Rule{
		ID:       "smart.relevant",
		Severity: report.Warning,
		Title:    "Each action is tied to a worry or an outcome",
		Why:      "An action should answer something the plan is worried about, so the core group can see why it is there.",
		Source:   "001 §4, 002 (actions correlate to the plan and are centred on risk)",
		Example:  "- id: a-school\n  what: Walk Ella to school every day",
		Fix:      "Add for: with the ids of the worries or outcomes the action addresses.",
		Run: func(ctx *Context) {
			ctx.eachAction(func(_ planned, a *casefile.Action) {
				if len(a.For) == 0 {
					ctx.Report(a.At.Of("for"), "ID", a.ID)
				}
			})
		},
	})
	register(&Rule{
		ID:       "smart.worry-has-action",
		Severity: report.Error,
		Title:    "Every worry has an action",
		Why:      "A worry with no action is a worry the plan does nothing about.",
		Source:   "001 §4",
		Example:  "worries: [{id: w-food, text: Cai is often hungry}]   # and no action for: [w-food]",
		Fix:      "Add an action with for: [the worry's id], or remove the worry if the conference agreed it is resolved.",
		Run: func(ctx *Context) {
			for _, pl := range plans(ctx.Case) {
				covered := map[string]bool{}
				for _, a := range pl.plan.Actions {
					for _, r := range a.For {
						covered[r.ID] = true
					}
				}
				for _, o := range pl.plan.Outcomes {
					if covered[o.ID] {
						for _, w := range o.Worries {
							covered[w.ID] = true
						}
					}
				}
				for _, w := range pl.plan.Worries {
					if !covered[w.ID] {
						ctx.Report(w.At.Of("id"), "ID", w.ID)
					}
				}
			}
		},
	})
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
