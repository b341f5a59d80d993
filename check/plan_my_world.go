package check

import "coregroup/report"

// planMyWorld is the rule plan.my-world: the plan refers to the My World
// Triangle.
var planMyWorld = Rule{
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
				ctx.forChild(pl.child).Report(pl.plan.At.Of("my_world"), "Child", childName(pl.child), "Side", "my_world")
			default:
				sides := []struct {
					key string
					set bool
				}{{"how_i_grow", w.Grow.IsSet()}, {"what_i_need", w.Needs.IsSet()}, {"my_wider_world", w.World.IsSet()}}
				for _, side := range sides {
					if !side.set {
						ctx.forChild(pl.child).Report(w.At.Of(side.key), "Child", childName(pl.child), "Side", side.key)
					}
				}
			}
		}
	},
}
