package report

import (
	"encoding/json"
	"io"

	"coregroup/locales"
)

var _ Formatter = jsonFormatter{}

// jsonFormatter writes one indented JSON object: for findings
// {"findings":[{"rule","severity","file","line","column","message"}],"files":N},
// for a schedule {"events":[{"date","status","kind","due","done","description","file","line","column"}]}.
type jsonFormatter struct{}

type jsonFinding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	File     string `json:"file"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Message  string `json:"message"`
}

type jsonResult struct {
	Findings []jsonFinding `json:"findings"`
	Files    int           `json:"files"`
}

func (jsonFormatter) Format(w io.Writer, r Result, l *locales.Localizer) error {
	out := jsonResult{Findings: make([]jsonFinding, 0, len(r.Findings)), Files: r.Files}
	for _, f := range r.Findings {
		out.Findings = append(out.Findings, jsonFinding{
			Rule:     f.Rule,
			Severity: f.Severity.String(),
			File:     f.Pos.File,
			Line:     f.Pos.Line,
			Column:   f.Pos.Col,
			Message:  f.Text(l),
		})
	}
	return writeJSON(w, out)
}

type jsonDated struct {
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

type jsonSchedule struct {
	Events []jsonDated `json:"events"`
}

func (jsonFormatter) FormatSchedule(w io.Writer, s []Dated, l *locales.Localizer) error {
	out := jsonSchedule{Events: make([]jsonDated, 0, len(s))}
	for _, d := range s {
		out.Events = append(out.Events, jsonDated{
			Date: d.Date, Status: d.Status, Kind: d.Kind, Due: d.Due, Done: d.Done,
			Description: l.Text(d.Message), File: d.Pos.File, Line: d.Pos.Line, Column: d.Pos.Col,
		})
	}
	return writeJSON(w, out)
}

// writeJSON writes v indented by two spaces, with a final newline.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
