package cli

import (
	"errors"
	"fmt"
	"strings"

	"coregroup/render"
	"coregroup/templates"
)

// drawError is a document that cannot be drawn: one line for each fault,
// each naming its own place (see place).
type drawError []string

func (e drawError) Error() string { return strings.Join(e, "\n") }

// place says where each fault of a document that cannot be drawn lies.
// A value a named block cannot take that comes from the case file is put
// at the value's line and column there;
// one the template wrote is put at its line of the document's Markdown,
// never at that line of the case file.
func (j *renderJob) place(name string, d templates.Document, err error) error {
	var out drawError
	for _, e := range leaves(err) {
		var (
			line       int
			want, what string
			be         *render.BlockError
		)
		switch {
		case errors.As(e, &be):
			line, want, what = be.Line, be.Text, be.Problem()
		default:
			out = append(out, j.inCase(name+": "+e.Error()))
			continue
		}
		if pos, ok := d.Blame(line, want); ok {
			out = append(out, fmt.Sprintf("%s: %s: %s", pos, name, what))
		} else if line > 0 {
			out = append(out, j.inCase(fmt.Sprintf("%s: line %d of its Markdown: %s", name, line, what)))
		} else {
			out = append(out, j.inCase(name+": "+e.Error()))
		}
	}
	return out
}

// inCase prefixes a message with the case file being written, if any.
func (j *renderJob) inCase(msg string) string {
	if j.path == "" {
		return msg
	}
	return j.path + ": " + msg
}

// leaves returns the errors joined in err with errors.Join, or err.
func leaves(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
