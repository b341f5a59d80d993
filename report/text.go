package report

import (
	"fmt"
	"io"

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

func (textFormatter) FormatSchedule(w io.Writer, s []Dated, l *locales.Localizer) error {
	for _, d := range s {
		status := l.Text(locales.M("schedule.status." + d.Status))
		if _, err := fmt.Fprintf(w, "%s  %-9s %s\n", d.Date, status, l.Text(d.Message)); err != nil {
			return err
		}
	}
	return nil
}
