package check

import (
	"coregroup/report"
)

// The rules of what a plan must hold.
func init() {
	register(&Rule{
		ID:       "plan.present",
		Severity: report.Error,
		Title:    "Each child has a plan",
		Why:      "Each child subject to a plan needs their own plan, even in a sibling group.",
		Source:   "001 §4",
		Example:  "children:\n  - id: ella\n    name: Ella Example   # no plan:",
		Fix:      "Add plan: under the child, with worries, actions and a contingency.",
		Run: func(ctx *Context) {
			for _, ch := range ctx.Case.Children {
				if ch.Plan == nil {
					ctx.Report(ch.At.Of("plan"), "Child", childName(&ch))
				}
			}
		},
	})
	register(&Rule{
		ID:       "plan.worries",
		Severity: report.Error,
		Title:    "The plan says what we are worried about, and what will be done",
		Why:      "A plan with no worries or no actions tells the family nothing; the plan must say what we are worried about and the actions needed for the child's safety.",
		Source:   "001 §4",
		Example:  "plan:\n  worries: []\n  actions: []",
		Fix:      "Add worries: and actions: as agreed at conference.",
		Run: func(ctx *Context) {
			for _, pl := range plans(ctx.Case) {
				if len(pl.plan.Worries) == 0 {
					ctx.Report(pl.plan.At.Of("worries"), "Child", childName(pl.child))
				}
				if len(pl.plan.Actions) == 0 {
					ctx.ReportAs(report.Error, pl.plan.At.Of("actions"), ".actions", "Child", childName(pl.child))
				}
			}
		},
	})
	register(&Rule{
		ID:       "plan.contingency",
		Severity: report.Error,
		Title:    "The plan says what happens if it is not working",
		Why:      "Parents and professionals must know in advance what will happen if things do not change.",
		Source:   "001 §4, 000 §2, 003 §2",
		Example:  "plan:\n  worries: [...]   # no contingency:",
		Fix:      "Add contingency: what will happen if the plan is not working, and when.",
		Run: func(ctx *Context) {
			for _, pl := range plans(ctx.Case) {
				if !pl.plan.Contingency.IsSet() {
					ctx.Report(pl.plan.At.Of("contingency"), "Child", childName(pl.child))
				}
			}
		},
	})
	register(&Rule{
		ID:       "plan.child-seen",
		Severity: report.Error,
		Title:    "The plan says how the child is seen, alone and with others",
		Why:      "The plan sets out when and how the child is seen by the social worker, both alone and with family members present.",
		Source:   "000 §2, 003 §2",
		Example:  "plan:\n  seen: []",
		Fix:      "Add seen: entries with who, how_often, alone: true for time alone, and with: for time with others. A plan with no time alone is a warning.",
		Run: func(ctx *Context) {
			for _, pl := range plans(ctx.Case) {
				alone := false
				for _, s := range pl.plan.Seen {
					alone = alone || s.Alone
				}
				switch {
				case len(pl.plan.Seen) == 0:
					ctx.Report(pl.plan.At.Of("seen"), "Child", childName(pl.child))
				case !alone:
					ctx.ReportAs(report.Warning, pl.plan.At.Of("seen"), ".alone", "Child", childName(pl.child))
				}
			}
		},
	})
	register(&Rule{
		ID:       "plan.contact",
		Severity: report.Warning,
		Title:    "The plan says how often each professional is in contact",
		Why:      "Each professional's role and frequency of contact with the child and family is part of the plan.",
		Source:   "000 §2, 003 §2, 004",
		Example:  "members: [{id: hv-price, role: health-visitor, ...}]   # and no contact: entry for hv-price in any child's plan",
		Fix:      "Add a contact: entry with who: and how_often: for each professional working with the family.",
		Run: func(ctx *Context) {
			all := plans(ctx.Case)
			if len(all) == 0 {
				return
			}
			has := map[string]bool{}
			for _, pl := range all {
				for _, c := range pl.plan.Contact {
					has[c.Who.ID] = true
				}
				for _, s := range pl.plan.Seen {
					has[s.Who.ID] = true
				}
			}
			for _, m := range ctx.Case.Members {
				if m.WorksWithFamily() && !has[m.ID] {
					ctx.Report(all[0].plan.At.Of("contact"), "Child", childName(all[0].child), "Name", m.Name)
				}
			}
		},
	})
	register(&Rule{
		ID:       "plan.expectations",
		Severity: report.Error,
		Title:    "The plan says what is expected of the parents, and what happens if not",
		Why:      "Expectations of parents must be explicit and plain, with the consequences of not meeting them.",
		Source:   "000 §2, 003 §2",
		Example:  "expectations:\n  - text: Keep Cai's health appointments   # no consequence:",
		Fix:      "Add expectations: each with text: and consequence:.",
		Run: func(ctx *Context) {
			for _, pl := range plans(ctx.Case) {
				if len(pl.plan.Expectations) == 0 {
					ctx.Report(pl.plan.At.Of("expectations"), "Child", childName(pl.child))
				}
				for _, e := range pl.plan.Expectations {
					if !e.Consequence.IsSet() {
						ctx.ReportAs(report.Error, e.At.Of("consequence"), ".consequence", "Child", childName(pl.child))
					}
				}
			}
		},
	})
	register(&Rule{
		ID:       "plan.participation",
		Severity: report.Warning,
		Title:    "The plan says how the child takes part",
		Why:      "The plan describes how the child participates in carrying it out and reviewing it.",
		Source:   "000 §2, 003 §3",
		Example:  "plan:\n  contingency: ...   # no participation:",
		Fix:      "Add participation: how the child's views reach the core group.",
		Run: func(ctx *Context) {
			for _, pl := range plans(ctx.Case) {
				if !pl.plan.Participation.IsSet() {
					ctx.Report(pl.plan.At.Of("participation"), "Child", childName(pl.child))
				}
			}
		},
	})
	register(&Rule{
		ID:       "plan.outcomes",
		Severity: report.Error,
		Title:    "Personal outcomes say what must change, by how much and by when",
		Why:      "In Wales the plan is built on personal outcomes set at conference; everywhere the plan says what needs to change, by how much and by when.",
		Source:   "003 §2, §4; 001 §2",
		Example:  "outcomes:\n  - id: o-school\n    text: Ella goes to school   # no measure: or by:",
		Fix:      "Add outcomes: with text:, measure: (by how much) and by: (by when). An outcome without measure: or by: is a warning.",
		Run: func(ctx *Context) {
			for _, pl := range plans(ctx.Case) {
				if len(pl.plan.Outcomes) == 0 && ctx.Policy.PersonalOutcomes {
					ctx.Report(pl.plan.At.Of("outcomes"), "Child", childName(pl.child))
				}
				for _, o := range pl.plan.Outcomes {
					if !o.Measure.IsSet() || !o.By.IsSet() {
						ctx.ReportAs(report.Warning, o.At.Node, ".incomplete", "ID", o.ID)
					}
				}
			}
		},
	})
	register(&Rule{
		ID:       "plan.my-world",
		Severity: report.Error,
		Title:    "The plan refers to the My World Triangle",
		Why:      "Under this policy the plan refers to each side of the My World Triangle.",
		Source:   "004",
		Example:  "plan:\n  my_world:\n    how_i_grow: ...   # what_i_need: and my_wider_world: missing",
		Fix:      "Add my_world: with how_i_grow:, what_i_need: and my_wider_world:.",
		Run: func(ctx *Context) {
			if !ctx.Policy.MyWorld {
				return
			}
			for _, pl := range plans(ctx.Case) {
				w := pl.plan.MyWorld
				switch {
				case w == nil:
					ctx.Report(pl.plan.At.Of("my_world"), "Child", childName(pl.child), "Side", "my_world")
				default:
					sides := []struct {
						key string
						set bool
					}{{"how_i_grow", w.Grow.IsSet()}, {"what_i_need", w.Needs.IsSet()}, {"my_wider_world", w.World.IsSet()}}
					for _, side := range sides {
						if !side.set {
							ctx.Report(w.At.Of(side.key), "Child", childName(pl.child), "Side", side.key)
						}
					}
				}
			}
		},
	})
}
