// Package cli is the coregroup command line: subcommands, flags and exit
// codes. It holds no domain logic of its own.
package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"coregroup/report"
	"coregroup/templates"
)

// ExitCode is what the coregroup process exits with.
type ExitCode int

// The exit codes, as documented in the README.
const (
	// ExitOK means the command ran and found no errors.
	ExitOK ExitCode = 0
	// ExitFindings means the command ran and found errors in a case.
	ExitFindings ExitCode = 1
	// ExitFailed means the command could not run: a bad flag, an unreadable
	// file, a failed write.
	ExitFailed ExitCode = 2
)

// env is what a command reads and writes.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// kinds are the documents render writes and translate export names;
	// Main gives the built-in ones, a test may add its own.
	kinds templates.Registry
	// sawFlags, when set, is handed every FlagSet a command makes: the
	// completion scripts learn each command's flags from it.
	sawFlags func(*flag.FlagSet)
	// kept, when set, is where render keeps the files it makes, by base
	// name, instead of writing them: serve shows documents it never writes.
	kept map[string][]byte
	// term is stderr as given, when it is a terminal, nil otherwise: where
	// render and validate show their progress line (whose control
	// characters the printable stderr would spell out) and their summary.
	term io.Writer
}

// command is one subcommand. Its run function is given the command
// itself, for its flags and usage.
type command struct {
	name    string
	usage   string
	summary string
	run     func(e *env, c *command, args []string) ExitCode
	// subcommands are the words that may follow the command's name, each
	// with flags of its own (translate check, export, import).
	subcommands []string
}

// commands lists every subcommand, in the order help lists them: a new
// command is one var and one line here.
var commands = []*command{
	completionCommand,
	initCommand,
	redactCommand,
	renderCommand,
	scheduleCommand,
	schemaCommand,
	serveCommand,
	translateCommand,
	validateCommand,
	versionCommand,
	workdaysCommand,
}

// lookup returns the command of a name, or nil.
func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// Main runs coregroup with the arguments after the program name.
//
// Everything written to stderr is made printable (see report.Printable):
// the messages there quote file names and file contents.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) ExitCode {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, kinds: templates.Kinds}
	if isTerminal(stderr) {
		e.term = stderr
	}
	return runIn(e, args)
}

// runIn runs coregroup in an env, as Main does.
func runIn(e *env, args []string) ExitCode {
	stdout := e.stdout
	stderr := report.PrintableWriter(e.stderr)
	e.stderr = stderr
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			c := lookup(args[1])
			if c == nil {
				fmt.Fprintf(stderr, "coregroup: unknown command %q\n", args[1])
				usage(stderr)
				return ExitFailed
			}
			// A command's -h prints its usage and flags to stdout.
			return c.run(e, c, []string{"-h"})
		}
		usage(stdout)
		if len(args) == 0 {
			return ExitFailed
		}
		return ExitOK
	}
	if args[0] == "--version" || args[0] == "-version" {
		return versionCommand.run(e, versionCommand, args[1:])
	}
	c := lookup(args[0])
	if c == nil {
		fmt.Fprintf(stderr, "coregroup: unknown command %q\n", args[0])
		usage(stderr)
		return ExitFailed
	}
	return c.run(e, c, args[1:])
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "coregroup checks child protection core group case files and writes their documents.")
	fmt.Fprintln(w, "\nusage: coregroup <command> [flags] [arguments]\n\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun \"coregroup help <command>\" or \"coregroup <command> --help\" for a command's flags.")
	fmt.Fprintln(w, "A file argument of - reads the file from standard input.")
	fmt.Fprintln(w, "Exit codes: 0 no errors, 1 errors found in a case, 2 could not run.")
}

// flags returns a FlagSet for a command. What the flag package prints
// goes to a buffer that parse hands on: the help asked for with -h or
// --help to stdout, as "coregroup help COMMAND" prints it; a bad flag's
// error and the usage after it to stderr.
func (e *env) flags(c *command) *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(new(bytes.Buffer))
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: %s\n\n%s\n\nflags:\n", c.usage, c.summary)
		fs.PrintDefaults()
	}
	if e.sawFlags != nil {
		e.sawFlags(fs)
	}
	return fs
}

// parse parses flags, and returns ExitOK for -h, ExitFailed for a bad
// flag, or -1 to go on. Flags may come before or after the arguments.
func (e *env) parse(fs *flag.FlagSet, args []string) ([]string, ExitCode) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			printed, _ := fs.Output().(*bytes.Buffer)
			if errors.Is(err, flag.ErrHelp) {
				e.stdout.Write(printed.Bytes())
				return nil, ExitOK
			}
			e.stderr.Write(printed.Bytes())
			return nil, ExitFailed
		}
		consumed := len(args) - len(fs.Args())
		ended := consumed > 0 && args[consumed-1] == "--"
		args = fs.Args()
		if ended || len(args) == 0 {
			return append(rest, args...), -1
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

// fail prints an error for a command that could not run.
func (e *env) fail(format string, a ...any) ExitCode {
	msg := fmt.Sprintf(format, a...)
	fmt.Fprintln(e.stderr, "coregroup: "+strings.TrimSuffix(msg, "\n"))
	return ExitFailed
}
