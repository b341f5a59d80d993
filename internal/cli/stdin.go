package cli

import (
	"fmt"
	"io"

	"coregroup/casefile"
	"coregroup/internal/input"
	"coregroup/report"
)

// stdinName is how a file read from standard input ("-") is named in
// messages: file:line:col positions then read "<stdin>:3:5".
const stdinName = "<stdin>"

// readFile reads a file named on the command line, at most limit bytes of
// it, or standard input for "-". A file must be a regular file (a named
// pipe would block the run: see internal/input). Standard input is read
// once: a second "-" reads what is left of it, nothing.
func (e *env) readFile(path string, limit int64) ([]byte, error) {
	if path != "-" {
		return input.ReadFile(path, limit)
	}
	data, err := io.ReadAll(io.LimitReader(e.stdin, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", stdinName, err)
	}
	if int64(len(data)) > limit {
		return nil, &input.TooLargeError{Path: stdinName, Limit: limit}
	}
	return data, nil
}

// loadCase loads a case file, or a case read from standard input for "-".
func (e *env) loadCase(path string) (*casefile.Case, report.List, error) {
	if path != "-" {
		return casefile.Load(path)
	}
	data, err := e.readFile(path, casefile.MaxSize)
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
