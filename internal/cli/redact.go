package cli

import (
	"fmt"
	"strings"
	"time"

	"coregroup/casefile"
	"coregroup/internal/atomicfile"
	"coregroup/internal/input"
	"coregroup/redact"
)

var redactCommand = &command{
	name:  "redact",
	usage: "coregroup redact [-o FILE] [--as-of YYYY-MM-DD] [--policy-dir DIR] [--holidays FILE] FILE",
	summary: "Write a copy of a case to share (a problem, training, a bug report): fictitious names, addresses, " +
		"phone numbers, dates of birth and references, every date moved back by the same weeks, no comments; " +
		"its findings are the case's.",
	run: runRedact,
}

func runRedact(e *env, c *command, args []string) ExitCode {
	fs := e.flags(c)
	cf := addCheckFlags(fs)
	out := fs.String("o", "", "write the copy here (whole or not at all, readable by you only) instead of to standard output")
	args, code := e.parse(fs, args)
	if code >= 0 {
		return code
	}
	if len(args) != 1 {
		return e.fail("redact takes one case file\nusage: %s", c.usage)
	}
	opts, err := cf.options()
	if err != nil {
		return e.fail("%v", err)
	}
	path := args[0]
	data, err := input.ReadFile(path, casefile.MaxSize)
	if err != nil {
		return e.fail("%v", err)
	}
	res, err := redact.File(path, data, opts)
	if err != nil {
		return e.fail("%v", err)
	}
	if *out == "" {
		if _, err := e.stdout.Write(res.Data); err != nil {
			return e.fail("write: %v", err)
		}
	} else if err := atomicfile.WriteFile(*out, res.Data); err != nil {
		return e.fail("%v", err)
	}
	fmt.Fprintf(e.stderr, "coregroup: redact: every date is %d weeks earlier in the copy: what %s shows as on %s, the copy shows with --as-of %s\n",
		-res.Shift/7, path, opts.AsOf.Format(time.DateOnly), res.AsOf.Format(time.DateOnly))
	if len(res.Unchecked) > 0 {
		fmt.Fprintf(e.stderr, "coregroup: redact: before you share the copy, read its texts for these words, which coregroup cannot tell are not names: %s\n",
			strings.Join(res.Unchecked, ", "))
	}
	return ExitOK
}
