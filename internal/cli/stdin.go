package cli

import (
	"fmt"
	"io"
	"os"

	"coregroup/casefile"
	"coregroup/report"
)

// stdinName is how a file read from standard input ("-") is named in
// messages: file:line:col positions then read "<stdin>:3:5".
const stdinName = "<stdin>"

// readFile reads a file named on the command line, or standard input for
// "-" (at most one byte more than casefile.MaxSize of it, so that the
// loader reports it too large). Standard input is read once: a second "-"
// reads what is left of it, nothing.
func (e *env) readFile(path string) ([]byte, error) {
	if path != "-" {
		return os.ReadFile(path)
	}
	data, err := io.ReadAll(io.LimitReader(e.stdin, casefile.MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", stdinName, err)
	}
	return data, nil
}

// loadCase loads a case file, or a case read from standard input for "-".
func (e *env) loadCase(path string) (*casefile.Case, report.List, error) {
	if path != "-" {
		return casefile.Load(path)
	}
	data, err := e.readFile(path)
	if err != nil {
		return nil, nil, err
	}
	c, probs := casefile.Parse(stdinName, data)
	return c, probs, nil
}

// displayName is the name of a file in messages: "<stdin>" for "-".
func displayName(path string) string {
	if path == "-" {
		return stdinName
	}
	return path
}
