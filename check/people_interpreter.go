package check

import "coregroup/report"

// peopleInterpreter is the rule people.interpreter: a family who needs one
// has a qualified interpreter, not a relative.
var peopleInterpreter = Rule{
	ID:       "people.interpreter",
	Severity: report.Error,
	Title:    "A family who needs one has a qualified interpreter, not a relative",
	Why:      "Family members, and never a child, must not be used as interpreters; a qualified interpreter is arranged for each meeting.",
	Source:   "001 §5, 000 §3",
	Example:  "language: pl\ninterpreter:\n  by: mum   # a family member",
	Fix:      "Add interpreter: with by: the id of a professional interpreter (a member with role: interpreter).",
	Run: func(ctx *Context) {
		c := ctx.Case
		needs := c.Interpreter != nil && c.Interpreter.Needed
		for _, f := range c.Family {
			needs = needs || f.Interpreter
		}
		if !needs {
			return
		}
		switch {
		case c.Interpreter == nil || !c.Interpreter.By.IsSet():
			pos := c.At.Of("interpreter")
			if c.Interpreter != nil {
				pos = c.Interpreter.At.Of("by")
			}
			ctx.Report(pos)
		default:
			p := ctx.people[c.Interpreter.By.ID]
			if p.child != nil || p.family != nil {
				ctx.ReportAs(report.Error, c.Interpreter.By.Pos, ".family", "Name", p.name)
			}
		}
	},
}
