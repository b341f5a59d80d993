package report

import (
	"fmt"
	"sort"
	"strings"

	"coregroup/locales"
)

// Severity says how much a finding matters.
type Severity int

// The severities, least to most serious.
const (
	Info Severity = iota
	Warning
	Error
)

var severityNames = [...]string{Info: "info", Warning: "warning", Error: "error"}

// String returns "info", "warning" or "error".
func (s Severity) String() string {
	if s < 0 || int(s) >= len(severityNames) {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// Finding is one thing a user should know about a case file: which rule
// found it, how serious it is, where it is and what to do about it. The
// message is kept as an id and data and put into words only when printed,
// in the reader's language.
type Finding struct {
	Rule     string
	Severity Severity
	Pos      Position
	Message  locales.Message
}

// Text returns the finding's message in the localizer's language.
func (f Finding) Text(l *locales.Localizer) string { return l.Text(f.Message) }

// List collects findings. The zero value is an empty list ready to use.
type List []Finding

// Add appends a finding.
func (l *List) Add(rule string, sev Severity, pos Position, msg locales.Message) {
	*l = append(*l, Finding{Rule: rule, Severity: sev, Pos: pos, Message: msg})
}

// Sort orders findings by file, line, column, then rule id.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.Pos != b.Pos {
			return a.Pos.Before(b.Pos)
		}
		return a.Rule < b.Rule
	})
}

// Count returns how many findings have the severity.
func (l List) Count(s Severity) int {
	n := 0
	for _, f := range l {
		if f.Severity == s {
			n++
		}
	}
	return n
}

// Err returns nil when the list has no errors, and otherwise an error
// whose text lists every error finding in English, one per line.
func (l List) Err() error {
	if l.Count(Error) == 0 {
		return nil
	}
	return listError(l)
}

type listError List

func (e listError) Error() string {
	en := locales.English()
	var lines []string
	for _, f := range e {
		if f.Severity == Error {
			lines = append(lines, f.Pos.String()+": "+f.Text(en))
		}
	}
	return strings.Join(lines, "\n")
}
