package check

import "coregroup/casefile"

// held returns the meetings held by the day checked, oldest first (the
// loader sorts meetings by date).
func (ctx *Context) held() []*casefile.Meeting {
	var out []*casefile.Meeting
	for i := range ctx.Case.Meetings {
		if m := &ctx.Case.Meetings[i]; m.Held(ctx.Options.AsOf) {
			out = append(out, m)
		}
	}
	return out
}
