package templates

// DocView is what every document shows about its case.
type DocView struct {
	Ref, Authority Value
	Fictitious     bool
	Blank          bool
}

func (b *builder) doc() DocView {
	return DocView{Ref: b.value(b.c.Ref, b.c.At.Of("ref")), Authority: b.value(b.c.Authority, b.c.At.Of("authority")), Fictitious: b.c.Fictitious}
}
