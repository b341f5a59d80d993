package check

import (
	"sort"

	"coregroup/casefile"
)

// initialConference returns the initial conference, or nil.
func (ctx *Context) initialConference() *casefile.Conference {
	for i := range ctx.Case.Conferences {
		if c := &ctx.Case.Conferences[i]; c.Type == "initial" && c.Date.IsSet() {
			return c
		}
	}
	return nil
}

// reviewDates returns the dates of review conferences, in order.
func (ctx *Context) reviewDates() []casefile.Date {
	var out []casefile.Date
	for _, c := range ctx.Case.Conferences {
		if c.Type == "review" && c.Date.IsSet() {
			out = append(out, c.Date)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Before(out[j].Time) })
	return out
}

// nextReviewConference returns the first review conference on or after the
// day checked, or an unset Date.
func (ctx *Context) nextReviewConference() casefile.Date {
	for _, d := range ctx.reviewDates() {
		if !d.Before(ctx.Options.AsOf) {
			return d
		}
	}
	return casefile.Date{}
}
