package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"coregroup/locales"
)

var _ Formatter = textFormatter{}

// textFormatter writes one Line per finding, then a summary line; and a
// schedule as one "date  status  what" line per date.
type textFormatter struct{}

func (textFormatter) Format(w io.Writer, r Result, l *locales.Localizer) error {
	for _, f := range r.Findings {
		if _, err := fmt.Fprintln(w, f.Line(l)); err != nil {
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

// FormatSchedule pads the status words to the longest in the schedule
// (Welsh "wedi'i gwblhau" is longer than "done"), and to at least the 9
// columns the schedule has always had, so the descriptions start in one
// column.
func (textFormatter) FormatSchedule(w io.Writer, s []Dated, l *locales.Localizer) error {
	statuses := make([]string, len(s))
	width := 9
	for i, d := range s {
		statuses[i] = l.Text(locales.M("schedule.status." + d.Status))
		width = max(width, utf8.RuneCountInString(statuses[i]))
	}
	for i, d := range s {
		pad := strings.Repeat(" ", width-utf8.RuneCountInString(statuses[i]))
		if _, err := fmt.Fprintf(w, "%s  %s%s %s\n", d.Date, statuses[i], pad, l.Text(d.Message)); err != nil {
			return err
		}
	}
	return nil
}
