package report

import (
	"encoding/json"
	"io"

	"coregroup/locales"
)

var _ Formatter = jsonFormatter{}

// jsonFormatter writes one JSON object:
// {"findings":[{"rule","severity","file","line","column","message"}],"files":N}.
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
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
