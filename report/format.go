package report

import (
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

// Formatter writes what coregroup reports in one output format, in the
// localizer's language: the findings of a validation run, and the
// schedule of a case.
type Formatter interface {
	Format(w io.Writer, r Result, l *locales.Localizer) error
	FormatSchedule(w io.Writer, s []Dated, l *locales.Localizer) error
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
