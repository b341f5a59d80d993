package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var versionCommand = &command{
	name:    "version",
	usage:   "coregroup version (or coregroup --version)",
	summary: "Print coregroup's version, the commit it was built from and the Go release that built it, from the build information in the program.",
	run:     runVersion,
}

func runVersion(e *env, c *command, args []string) ExitCode {
	fs := e.flags(c)
	args, code := e.parse(fs, args)
	if code >= 0 {
		return code
	}
	if len(args) > 0 {
		return e.fail("version takes no arguments")
	}
	b, _ := debug.ReadBuildInfo()
	fmt.Fprintln(e.stdout, "coregroup "+Version())
	if b != nil {
		var rev, when, modified string
		for _, s := range b.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.time":
				when = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					modified = ", with uncommitted changes"
				}
			}
		}
		if rev != "" {
			fmt.Fprintf(e.stdout, "commit %s (%s%s)\n", rev, when, modified)
		}
	}
	fmt.Fprintf(e.stdout, "built with %s for %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return ExitOK
}

// Version is coregroup's version as the Go build information gives it: the
// module version of a tagged build, the pseudo-version the go command
// stamps from the commit of a build in a checkout ("v0.0.0-DATE-COMMIT",
// "+dirty" when it had uncommitted changes), or "devel" for a build that
// has neither, such as a test binary. PDFs name it as their creator.
func Version() string {
	b, ok := debug.ReadBuildInfo()
	if !ok || b.Main.Version == "" || b.Main.Version == "(devel)" {
		return "devel"
	}
	return b.Main.Version
}
