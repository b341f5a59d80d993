package cli

import (
	"fmt"
	"path/filepath"
	"time"

	"coregroup/internal/desk"
)

var serveCommand = &command{
	name:    "serve",
	usage:   "coregroup serve [--addr 127.0.0.1:0] [--as-of YYYY-MM-DD] [--policy-dir DIR] [--locales DIR] [DIR]",
	summary: "Show a folder of case files in a browser on this machine: what is due, the findings, every document to read or download, blank forms, and the translators' review sheet and PO file, out and back in.",
	run:     runServe,
}

// runServe serves the desk (internal/desk) over a folder of case files,
// on a loopback address only, until the process is stopped. It prints the
// address with the run's token. It writes only a case file, when a PO
// file is sent back from its page, as translate import would.
func runServe(e *env, c *command, args []string) ExitCode {
	fs := e.flags(c)
	cf := addCheckFlags(fs)
	localesDir := addLocalesFlag(fs)
	addr := fs.String("addr", "127.0.0.1:0", "the address to listen on: this machine only (127.0.0.1 or ::1); port 0 picks a free one")
	args, code := e.parse(fs, args)
	if code >= 0 {
		return code
	}
	if err := useLocales(*localesDir); err != nil {
		return e.fail("%v", err)
	}
	dir := "."
	switch len(args) {
	case 0:
	case 1:
		dir = args[0]
	default:
		return e.fail("serve shows one folder of case files; got %d", len(args))
	}
	if _, err := caseFiles([]string{dir}); err != nil {
		return e.fail("%v", err)
	}
	opts, err := cf.options()
	if err != nil {
		return e.fail("%v", err)
	}
	ln, err := desk.Listen(*addr)
	if err != nil {
		return e.fail("%v", err)
	}
	token := desk.NewToken()
	src := newDeskSource(e, dir, cf, opts.AsOf)
	h := desk.Handler(src, dir, opts.AsOf.Format(time.DateOnly), token, ln.Addr().String())
	fmt.Fprintf(e.stdout, "coregroup serve: %s on this machine only; open\n  http://%s/?token=%s\nand stop with Ctrl-C.\n", filepath.Clean(dir), ln.Addr(), token)
	if err := desk.Serve(ln, h); err != nil {
		return e.fail("%v", err)
	}
	return ExitOK
}

// checkArgs are the check flags as render and validate take them, for
// the runs serve makes of them.
func (f *checkFlags) args() []string {
	var out []string
	for _, a := range []struct{ name, v string }{{"--as-of", *f.asOf}, {"--policy-dir", *f.policyDir}, {"--holidays", *f.holidays}} {
		if a.v != "" {
			out = append(out, a.name, a.v)
		}
	}
	return out
}
