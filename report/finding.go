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

// Word returns the severity as a reader of the localizer's language says
// it: "error" in English, "gwall" in Welsh. String gives the fixed code
// that JSON output and tools use.
func (s Severity) Word(l *locales.Localizer) string {
	return l.Text(locales.M("report.severity." + s.String()))
}

// Finding is one thing a user should know about a case file: which rule
// found it, how serious it is, where it is, what it is about and what to
// do about it. The message is kept as an id and data and put into words
// only when printed, in the reader's language.
type Finding struct {
	Rule     string
	Severity Severity
	Pos      Position
	// Subject is the part of the case the finding is about; the zero
	// Subject means the case as a whole.
	Subject Subject
	Message locales.Message
}

// Subject is the part of a case a finding is about, so that a document
// that prints only that part can tell which findings concern it: a child
// (whose plan it is in) or a meeting (whose record it is in).
type Subject struct {
	// Child is the id of the child; "" when the finding is not about one
	// child.
	Child string
	// Meeting is the date of the core group meeting, YYYY-MM-DD; "" when
	// the finding is not about one meeting.
	Meeting string
}

// Text returns the finding's message in the localizer's language.
func (f Finding) Text(l *locales.Localizer) string { return l.Text(f.Message) }

// Line returns the finding as one line of text, in the localizer's
// language and with no newline: "file:line:col: severity rule: message",
// the severity as a word of that language ("gwall" in Welsh), made
// Printable, so nothing a file says (quoted in a message, or in its name)
// can reach a terminal raw. Every line coregroup prints about a finding is
// made here.
func (f Finding) Line(l *locales.Localizer) string {
	return Printable(f.Pos.String() + ": " + f.Severity.Word(l) + " " + f.Rule + ": " + f.Text(l))
}

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
// whose text lists every error finding in English, one Line each.
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
			lines = append(lines, f.Line(en))
		}
	}
	return strings.Join(lines, "\n")
}
