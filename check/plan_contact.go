package check

import "coregroup/report"

// planContact is the rule plan.contact: the plan says how often each
// professional is in contact.
var planContact = Rule{
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
				ctx.forChild(all[0].child).Report(all[0].plan.At.Of("contact"), "Child", childName(all[0].child), "Name", m.Name)
			}
		}
	},
}
