package check

import (
	"coregroup/casefile"
)

// person is what the rules need to know about someone in the case.
type person struct {
	id, name string
	child    *casefile.Child
	family   *casefile.Family
	member   *casefile.Member
}

// role is the professional role, or "" for a child or family member.
func (p person) role() string {
	if p.member != nil {
		return p.member.Role
	}
	return ""
}

// people indexes everyone in a case by id.
func people(c *casefile.Case) map[string]person {
	m := map[string]person{}
	for i := range c.Children {
		ch := &c.Children[i]
		m[ch.ID] = person{id: ch.ID, name: ch.Name, child: ch}
	}
	for i := range c.Family {
		f := &c.Family[i]
		m[f.ID] = person{id: f.ID, name: f.Name, family: f}
	}
	for i := range c.Members {
		mb := &c.Members[i]
		m[mb.ID] = person{id: mb.ID, name: mb.Name, member: mb}
	}
	return m
}

// planned is one child's plan with the child it belongs to.
type planned struct {
	child *casefile.Child
	plan  *casefile.Plan
}

// plans returns each child's plan; a child with no plan is left out.
func plans(c *casefile.Case) []planned {
	var out []planned
	for i := range c.Children {
		if p := c.Children[i].Plan; p != nil {
			out = append(out, planned{&c.Children[i], p})
		}
	}
	return out
}

// childName is what messages call a child: the name they are known by.
func childName(ch *casefile.Child) string {
	if ch.KnownAs != "" {
		return ch.KnownAs
	}
	return ch.Name
}

// eachAction calls f for every action of every child's plan.
func (ctx *Context) eachAction(f func(pl planned, a *casefile.Action)) {
	for _, pl := range plans(ctx.Case) {
		for i := range pl.plan.Actions {
			f(pl, &pl.plan.Actions[i])
		}
	}
}
