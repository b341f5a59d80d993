package templates

// DocView is what every document shows about its case.
type DocView struct {
	Ref, Authority Value
	Fictitious     bool
	Blank          bool
}

func (b *builder) doc() DocView {
	return DocView{Ref: V(b.c.Ref), Authority: V(b.c.Authority), Fictitious: b.c.Fictitious}
}
