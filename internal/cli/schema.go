package cli

import "coregroup/casefile"

var schemaCommand = &command{
	name:    "schema",
	usage:   "coregroup schema",
	summary: "Print the JSON Schema (2020-12) of the case file format, for editors.",
	run:     runSchema,
}

func runSchema(e *env, c *command, args []string) ExitCode {
	fs := e.flags(c)
	args, code := e.parse(fs, args)
	if code >= 0 {
		return code
	}
	if len(args) > 0 {
		return e.fail("schema takes no arguments")
	}
	if _, err := e.stdout.Write(casefile.Schema()); err != nil {
		return e.fail("write: %v", err)
	}
	return ExitOK
}
