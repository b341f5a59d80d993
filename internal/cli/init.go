package cli

import (
	"coregroup/casefile"
	"coregroup/policy"
)

var initCommand = &command{
	name:    "init",
	usage:   "coregroup init --policy england|west-midlands|wales|scotland [--lang TAG] [--schema PATH-OR-URL] > case.yaml",
	summary: "Print a case file to fill in, every section present with a line on what it is.",
	run:     runInit,
}

func runInit(e *env, c *command, args []string) ExitCode {
	fs := e.flags(c)
	policyName := fs.String("policy", "", "whose procedures apply: england, west-midlands, wales or scotland")
	lang := fs.String("lang", "en", "the family's preferred language, such as en or cy")
	schema := fs.String("schema", "case.schema.json", "where editors find the JSON Schema, relative to the case file or a URL: the file's first line says so to yaml-language-server (write the schema with coregroup schema > case.schema.json)")
	args, code := e.parse(fs, args)
	if code >= 0 {
		return code
	}
	if len(args) > 0 {
		return e.fail("init takes no arguments: redirect its output to a file, such as > case.yaml")
	}
	if *policyName == "" {
		return e.fail("init needs --policy: england, west-midlands, wales or scotland")
	}
	profile := policy.Builtin()[*policyName]
	if profile == nil {
		return e.fail("unknown --policy %q: use england, west-midlands, wales or scotland", *policyName)
	}
	// groups: is for a split core group only, which most cases are not.
	opts := casefile.SkeletonOptions{Commented: []string{"groups"}}
	if !profile.MyWorld {
		opts.Omit = append(opts.Omit, "my_world")
	}
	if profile.Resolution == nil {
		opts.Omit = append(opts.Omit, "resolution")
	} else {
		opts.Commented = append(opts.Commented, "resolution")
	}
	out, err := casefile.Skeleton(*policyName, *lang, opts)
	if err != nil {
		return e.fail("%v", err)
	}
	// The first line tells editors that use yaml-language-server (VS Code,
	// Neovim, Emacs, Helix…) which schema checks the file as it is typed.
	modeline := "# yaml-language-server: $schema=" + *schema + "\n"
	if *schema == "case.schema.json" {
		modeline += "# (Editors check this file against case.schema.json beside it: coregroup schema > case.schema.json)\n"
	}
	out = append([]byte(modeline), out...)
	if _, err := e.stdout.Write(out); err != nil {
		return e.fail("write: %v", err)
	}
	return ExitOK
}
