package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"coregroup/casefile"
	"coregroup/check"
	"coregroup/locales"
)

var scheduleCommand = &command{
	name:    "schedule",
	usage:   "coregroup schedule [--as-of YYYY-MM-DD] [--format text|json] [--policy-dir DIR] [--holidays FILE] FILE",
	summary: "List every date that matters for a case, in order, each marked done, due or overdue.",
	run:     runSchedule,
}

func runSchedule(e *env, c *command, args []string) ExitCode {
	fs := e.flags(c)
	cf := addCheckFlags(fs)
	format := fs.String("format", "text", "output format: text|json")
	lang := fs.String("lang", "en", "language of the descriptions")
	args, code := e.parse(fs, args)
	if code >= 0 {
		return code
	}
	if len(args) != 1 {
		return e.fail("schedule takes one case file")
	}
	if *format != "text" && *format != "json" {
		return e.fail("unknown --format %q: use text|json", *format)
	}
	opts, err := cf.options()
	if err != nil {
		return e.fail("%v", err)
	}
	loc, err := locales.New(*lang)
	if err != nil {
		return e.fail("--lang: %v", err)
	}
	cs, probs, err := casefile.Load(args[0])
	if err != nil {
		return e.fail("%v", err)
	}
	if err := probs.Err(); err != nil {
		fmt.Fprintln(e.stderr, err)
		return e.fail("%s cannot be scheduled until it loads: run coregroup validate %s", args[0], args[0])
	}
	events, err := check.Schedule(cs, opts)
	if err != nil {
		return e.fail("%s: %v", args[0], err)
	}
	if *format == "json" {
		err = writeScheduleJSON(e.stdout, events, loc)
	} else {
		err = writeScheduleText(e.stdout, events, loc)
	}
	if err != nil {
		return e.fail("write: %v", err)
	}
	return ExitOK
}

// listed reports whether an event belongs in the printed schedule: the gap
// between two held meetings is shown only when it was too long, since the
// meetings themselves are listed.
func listed(ev check.Event) bool {
	return ev.Kind != "core-group-interval" || ev.Status == check.Late
}

func describe(ev check.Event, l *locales.Localizer) string {
	data := []any{"Due", day(ev.Due), "Done", day(ev.Done)}
	for k, v := range ev.Data {
		data = append(data, k, v)
	}
	return l.Text(locales.M("schedule."+ev.Kind, data...))
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

func writeScheduleText(w io.Writer, events []check.Event, l *locales.Localizer) error {
	for _, ev := range events {
		if !listed(ev) {
			continue
		}
		status := l.Text(locales.M("schedule.status." + ev.Status.String()))
		if _, err := fmt.Fprintf(w, "%s  %-9s %s\n", day(ev.When()), status, describe(ev, l)); err != nil {
			return err
		}
	}
	return nil
}

type scheduleEntry struct {
	Date        string `json:"date"`
	Status      string `json:"status"`
	Kind        string `json:"kind"`
	Due         string `json:"due"`
	Done        string `json:"done,omitempty"`
	Description string `json:"description"`
	File        string `json:"file"`
	Line        int    `json:"line"`
	Column      int    `json:"column"`
}

func writeScheduleJSON(w io.Writer, events []check.Event, l *locales.Localizer) error {
	out := struct {
		Events []scheduleEntry `json:"events"`
	}{Events: []scheduleEntry{}}
	for _, ev := range events {
		if !listed(ev) {
			continue
		}
		out.Events = append(out.Events, scheduleEntry{
			Date: day(ev.When()), Status: ev.Status.String(), Kind: ev.Kind, Due: day(ev.Due), Done: day(ev.Done),
			Description: describe(ev, l), File: ev.Pos.File, Line: ev.Pos.Line, Column: ev.Pos.Col,
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
