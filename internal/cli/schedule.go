package cli

import (
	"fmt"

	"coregroup/check"
	"coregroup/report"
)

var scheduleCommand = &command{
	name:    "schedule",
	usage:   "coregroup schedule [--as-of YYYY-MM-DD] [--format " + report.FormatNames() + "] [--policy-dir DIR] [--holidays FILE] FILE",
	summary: "List every date that matters for a case, in order, each marked done, due or overdue.",
	run:     runSchedule,
}

func runSchedule(e *env, c *command, args []string) ExitCode {
	fs := e.flags(c)
	cf := addCheckFlags(fs)
	of := addOutputFlags(fs, "language of the descriptions")
	args, code := e.parse(fs, args)
	if code >= 0 {
		return code
	}
	if len(args) != 1 {
		return e.fail("schedule takes one case file")
	}
	formatter, err := of.formatter()
	if err != nil {
		return e.fail("%v", err)
	}
	opts, err := cf.options()
	if err != nil {
		return e.fail("%v", err)
	}
	loc, err := of.localizer()
	if err != nil {
		return e.fail("%v", err)
	}
	cs, probs, err := e.loadCase(args[0])
	if err != nil {
		return e.fail("%v", err)
	}
	if err := probs.Err(); err != nil {
		fmt.Fprintln(e.stderr, err)
		return e.fail("%s cannot be scheduled until it loads: run coregroup validate %s", args[0], args[0])
	}
	events, err := check.Schedule(cs, opts)
	if err != nil {
		return e.fail("%s: %v", args[0], err)
	}
	if err := formatter.FormatSchedule(e.stdout, check.Dates(events), loc); err != nil {
		return e.fail("write: %v", err)
	}
	return ExitOK
}
