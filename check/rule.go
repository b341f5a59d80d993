// Package check runs coregroup's rules over a loaded case and reports what
// a social worker must put right before the case's documents go out.
//
// A rule is a small value: an id, a severity, its documentation and a
// function from a case to findings. Adding a rule is adding one file that
// holds it as a var, its line in the list in rules.go, a message in
// locales/ and a test; docs/rules.md is generated from the list.
package check

import (
	"time"

	"coregroup/casefile"
	"coregroup/locales"
	"coregroup/policy"
	"coregroup/report"
)

// Rule is one check of a case.
type Rule struct {
	// ID names the rule in output and docs, such as "smart.owner-named".
	ID string
	// Severity is how serious a finding of the rule is, unless the rule
	// reports one finding at another (a deadline due soon is a warning, an
	// overdue one an error).
	Severity report.Severity
	// Title says in a few words what the rule asks for.
	Title string
	// Why says what the rule protects.
	Why string
	// Source names the procedure the rule comes from: a number of
	// docs/sources.md with its section, such as "003 §5"; a document of
	// docs/ it names, such as policies.md, becomes a link in docs/rules.md.
	Source string
	// Example is a piece of a case file that the rule finds fault with.
	Example string
	// Fix says how to put a finding right.
	Fix string
	// Always marks a rule that runs even when the case's policy is unknown.
	Always bool
	// Run reports the rule's findings for a case through ctx.
	Run func(ctx *Context)
}

// Options are the circumstances of a check run.
type Options struct {
	// AsOf is the day the case is checked on; lateness is judged against it.
	AsOf time.Time
	// Policies are the profiles a case's policy key may name; nil means
	// the built-in ones.
	Policies policy.Set
	// Calendars gives the working-day calendar of a UK division; nil means
	// the built-in rules for bank holidays.
	Calendars func(division string) (Calendar, error)
	// Words are the word lists of the plain-language rules; nil means the
	// built-in ones (LoadWords adds a local authority's).
	Words *Words
	// DocLangs are the languages documents will be written in, such as
	// ["cy", "en"] for a bilingual document: every text must have a version
	// in each. Nil means the language render writes by default: the
	// family's, when coregroup writes it, else English.
	DocLangs []string
}

// Calendar counts working days.
type Calendar interface {
	// AddWorkingDays returns the day n working days after d.
	AddWorkingDays(d time.Time, n int) time.Time
}

// Context is what a rule sees while it runs.
type Context struct {
	Case    *casefile.Case
	Options Options
	// Policy is the case's profile; nil only for rules marked Always.
	Policy *policy.Profile
	// Calendar counts working days in the policy's division.
	Calendar Calendar
	people   map[string]person
	events   *[]Event       // the schedule, computed once per run
	texts    *[]keyedText   // the case's texts, listed once per run
	written  *[]writtenText // the strings it writes out, listed once per run
	rule     *Rule
	subject  report.Subject // what the findings reported are about
	out      *report.List
}

// Report records a finding of the running rule at pos, at the rule's
// severity, with the message whose id is the rule id.
func (ctx *Context) Report(pos report.Position, kv ...any) {
	ctx.ReportAs(ctx.rule.Severity, pos, "", kv...)
}

// ReportAs records a finding at a given severity, with the message whose
// id is the rule id plus suffix (such as ".due-soon").
func (ctx *Context) ReportAs(sev report.Severity, pos report.Position, suffix string, kv ...any) {
	*ctx.out = append(*ctx.out, report.Finding{Rule: ctx.rule.ID, Severity: sev, Pos: pos,
		Subject: ctx.subject, Message: locales.M(ctx.rule.ID+suffix, kv...)})
}

// forChild returns a Context whose findings are about a child: they stop
// that child's plan and no other.
func (ctx *Context) forChild(ch *casefile.Child) *Context {
	c := *ctx
	c.subject = report.Subject{Child: ch.ID}
	return &c
}

// atMeeting returns a Context whose findings are about a core group
// meeting.
func (ctx *Context) atMeeting(m *casefile.Meeting) *Context {
	c := *ctx
	c.subject = report.Subject{Meeting: m.Date.String()}
	return &c
}

// Run checks a case with every rule and returns the findings, sorted. When
// the case names a policy coregroup does not know, only the rules marked
// Always run. It returns an error only when a calendar cannot be made.
func Run(c *casefile.Case, opts Options) (report.List, error) {
	ctx, err := newContext(c, opts)
	if err != nil {
		return nil, err
	}
	var out report.List
	for _, r := range rules {
		if ctx.Policy == nil && !r.Always {
			continue
		}
		ctx.rule, ctx.out = r, &out
		r.Run(ctx)
	}
	out.Sort()
	return out, nil
}

// newContext prepares what the rules of a case share: its policy, the
// calendar of the policy's division and an index of its people.
func newContext(c *casefile.Case, opts Options) (*Context, error) {
	if opts.Policies == nil {
		opts.Policies = policy.Builtin()
	}
	ctx := &Context{Case: c, Options: opts, Policy: opts.Policies[c.Policy], people: people(c)}
	if ctx.Policy != nil {
		cal, err := calendarFor(opts, ctx.Policy.Division)
		if err != nil {
			return nil, err
		}
		ctx.Calendar = cal
	}
	return ctx, nil
}
