package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"coregroup/locales"
)

// Result is what one validation run found: the findings and how many files
// were read.
type Result struct {
	Findings List
	Files    int
}

// Formatter writes a Result in one output format, in the localizer's
// language.
type Formatter interface {
	Format(w io.Writer, r Result, l *locales.Localizer) error
}

// Formats maps each --format name to its formatter.
var Formats = map[string]Formatter{
	"text": textFormatter{},
	"json": jsonFormatter{},
}

// FormatNames returns the names of Formats, sorted, for help texts.
func FormatNames() string {
	names := make([]string, 0, len(Formats))
	for n := range Formats {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, "|")
}

var _ Formatter = textFormatter{}

// textFormatter writes one "file:line:col: severity rule: message" line per
// finding, then a summary line.
type textFormatter struct{}

func (textFormatter) Format(w io.Writer, r Result, l *locales.Localizer) error {
	for _, f := range r.Findings {
		if _, err := fmt.Fprintf(w, "%s: %s %s: %s\n", f.Pos, f.Severity, f.Rule, f.Text(l)); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintln(w, l.Text(locales.M("report.summary",
		"Files", r.Files,
		"Errors", r.Findings.Count(Error),
		"Warnings", r.Findings.Count(Warning),
		"Infos", r.Findings.Count(Info))))
	return err
}
