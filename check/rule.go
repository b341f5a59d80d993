// Package check runs coregroup's rules over a loaded case and reports what
// a social worker must put right before the case's documents go out.
//
// A rule is a small value: an id, a severity, documentation and a
// function from a case to findings. Adding a rule is adding one file that
// registers it; nothing else changes.
package check

import (
	"sort"
	"time"

	"coregroup/casefile"
	"coregroup/locales"
	"coregroup/report"
)

// Rule is one check of a case.
type Rule struct {
	// ID names the rule in output and docs, such as "case.policy-known".
	ID string
	// Severity is how serious a finding of the rule is.
	Severity report.Severity
	// Why says what the rule protects and which procedure asks for it.
	Why string
	// Fix says how to put a finding right.
	Fix string
	// Run reports the rule's findings for a case through ctx.
	Run func(ctx *Context)
}

// Options are the circumstances of a check run.
type Options struct {
	// AsOf is the day the case is checked on; lateness is judged against it.
	AsOf time.Time
}

// Context is what a rule sees while it runs.
type Context struct {
	Case    *casefile.Case
	Options Options
	rule    *Rule
	out     *report.List
}

// Report records a finding of the running rule at pos. The message id is
// the rule id; kv are the message's values in key, value pairs.
func (ctx *Context) Report(pos report.Position, kv ...any) {
	ctx.out.Add(ctx.rule.ID, ctx.rule.Severity, pos, locales.M(ctx.rule.ID, kv...))
}

var registry = map[string]*Rule{}

// register adds a rule; each rule's file calls it from init.
func register(r *Rule) {
	if _, dup := registry[r.ID]; dup {
		panic("check: rule registered twice: " + r.ID)
	}
	registry[r.ID] = r
}

// Rules returns every rule, sorted by id.
func Rules() []*Rule {
	rules := make([]*Rule, 0, len(registry))
	for _, r := range registry {
		rules = append(rules, r)
	}
	sort.Slice(rules, func(i, j int) bool { return rules[i].ID < rules[j].ID })
	return rules
}

// Run checks a case with every rule and returns the findings, sorted.
func Run(c *casefile.Case, opts Options) report.List {
	var out report.List
	for _, r := range Rules() {
		ctx := &Context{Case: c, Options: opts, rule: r, out: &out}
		r.Run(ctx)
	}
	out.Sort()
	return out
}
