package casefile

// Wording is one text the family's plan prints: the child's wording when
// the case gives one, otherwise the text written for adults.
type Wording struct {
	// Child is the wording for the child, which may be unset; ChildKey
	// is its key ("child", "contingency_child").
	Child    Text
	ChildKey string
	// Adult is the text written for adults, printed when Child is unset.
	Adult Text
}

// Printed returns the text the family's plan prints.
func (w Wording) Printed() Text {
	if w.Child.IsSet() {
		return w.Child
	}
	return w.Adult
}

// FamilyWordings calls f with each text of the plan that the family's
// plan prints, in the order it prints them. The child's own views are
// not among them: they are the child's words already.
func (p *Plan) FamilyWordings(f func(Wording)) {
	if p == nil {
		return
	}
	for _, w := range p.Worries {
		f(Wording{w.Child, "child", w.Text})
	}
	for _, o := range p.Outcomes {
		f(Wording{o.Child, "child", o.Text})
	}
	for _, a := range p.Actions {
		if a.Status == "done" || a.Status == "stopped" {
			continue // the family's plan lists the actions still going on
		}
		f(Wording{a.Child, "child", a.What})
		f(Wording{a.HowToKnowChild, "how_we_know_child", a.HowToKnow})
	}
	for _, s := range p.Seen {
		group(f, s.Child, s.HowOften, s.With, s.Where)
	}
	for _, c := range p.Contact {
		group(f, c.Child, c.HowOften, c.Purpose)
	}
	for _, e := range p.Expectations {
		f(Wording{e.Child, "child", e.Text})
		f(Wording{e.ConsequenceChild, "consequence_child", e.Consequence})
	}
	f(Wording{p.ContingencyChild, "contingency_child", p.Contingency})
	f(Wording{p.ParticipationChild, "participation_child", p.Participation})
	if w := p.MyWorld; w != nil {
		for _, t := range []Text{w.Grow, w.Needs, w.World} {
			f(Wording{Adult: t})
		}
	}
}

// group calls f for an item whose one child wording stands for several
// adult texts: once with the child wording when it is set, else once for
// each adult text.
func group(f func(Wording), child Text, adults ...Text) {
	if child.IsSet() {
		f(Wording{Child: child, ChildKey: "child"})
		return
	}
	for _, a := range adults {
		f(Wording{ChildKey: "child", Adult: a})
	}
}
