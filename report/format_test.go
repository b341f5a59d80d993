package report

import (
	"bytes"
	"testing"

	"coregroup/locales"
)

// TestFormats prints the same findings and the same schedule in every
// format and compares the exact output.
func TestFormats(t *testing.T) {
	r := Result{Files: 2}
	r.Findings.Add("load.unknown-key", Error, Position{File: "a.yaml", Line: 8, Col: 3},
		locales.M("load.unknown-key", "Key", "chiar", "Suggestion", "chair"))
	r.Findings.Add("load.empty", Warning, Position{File: "b.yaml", Line: 1, Col: 1}, locales.M("load.empty"))
	schedule := []Dated{
		{Date: "2026-09-07", Status: "done", Kind: "conference-initial", Due: "2026-09-07", Done: "2026-09-07",
			Pos: Position{File: "a.yaml", Line: 20, Col: 11}, Message: locales.M("schedule.conference-initial")},
		{Date: "2026-09-21", Status: "overdue", Kind: "first-core-group", Due: "2026-09-21",
			Pos: Position{File: "a.yaml", Line: 20, Col: 11}, Message: locales.M("schedule.first-core-group", "N", 10, "Due", "2026-09-21")},
	}
	want := map[string][2]string{
		"text": {`a.yaml:8:3: error load.unknown-key: unknown key "chiar": did you mean "chair"?
b.yaml:1:1: warning load.empty: the file is empty: a case file starts with "version: 1" and "ref:" (run "coregroup init" for a form to fill in)
Files checked: 2. Errors: 1. Warnings: 1. Notes: 0.
`, `2026-09-07  done      Initial child protection conference
2026-09-21  OVERDUE   First core group: due within 10 working days of the initial conference, by 2026-09-21
`},
		"json": {`{
  "findings": [
    {
      "rule": "load.unknown-key",
      "severity": "error",
      "file": "a.yaml",
      "line": 8,
      "column": 3,
      "message": "unknown key \"chiar\": did you mean \"chair\"?"
    },
    {
      "rule": "load.empty",
      "severity": "warning",
      "file": "b.yaml",
      "line": 1,
      "column": 1,
      "message": "the file is empty: a case file starts with \"version: 1\" and \"ref:\" (run \"coregroup init\" for a form to fill in)"
    }
  ],
  "files": 2
}
`, `{
  "events": [
    {
      "date": "2026-09-07",
      "status": "done",
      "kind": "conference-initial",
      "due": "2026-09-07",
      "done": "2026-09-07",
      "description": "Initial child protection conference",
      "file": "a.yaml",
      "line": 20,
      "column": 11
    },
    {
      "date": "2026-09-21",
      "status": "overdue",
      "kind": "first-core-group",
      "due": "2026-09-21",
      "description": "First core group: due within 10 working days of the initial conference, by 2026-09-21",
      "file": "a.yaml",
      "line": 20,
      "column": 11
    }
  ]
}
`},
	}
	if len(want) != len(Formats) {
		t.Fatalf("test covers %d formats, registry has %d", len(want), len(Formats))
	}
	en := locales.English()
	for name, f := range Formats {
		var b bytes.Buffer
		if err := f.Format(&b, r, en); err != nil {
			t.Fatal(err)
		}
		if b.String() != want[name][0] {
			t.Errorf("%s findings:\n got: %s\nwant: %s", name, b.String(), want[name][0])
		}
		b.Reset()
		if err := f.FormatSchedule(&b, schedule, en); err != nil {
			t.Fatal(err)
		}
		if b.String() != want[name][1] {
			t.Errorf("%s schedule:\n got: %s\nwant: %s", name, b.String(), want[name][1])
		}
	}
}

// TestErrListsErrorsAsLines: the error of a list names each error
// finding's rule and severity, as every other printed finding does.
func TestErrListsErrorsAsLines(t *testing.T) {
	var l List
	l.Add("load.unknown-key", Error, Position{File: "a.yaml", Line: 8, Col: 3}, locales.M("load.unknown-key", "Key", "chiar", "Suggestion", "chair"))
	l.Add("load.empty", Warning, Position{File: "b.yaml", Line: 1, Col: 1}, locales.M("load.empty"))
	l.Add("load.empty-item", Error, Position{File: "b.yaml", Line: 4, Col: 5}, locales.M("load.empty-item"))
	want := `a.yaml:8:3: error load.unknown-key: unknown key "chiar": did you mean "chair"?
b.yaml:4:5: error load.empty-item: this list item is empty: fill it in or remove the dash`
	if got := l.Err().Error(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestTextInWelsh: with Welsh messages the severity word and the summary
// are Welsh too; JSON keeps the severity as a code.
func TestTextInWelsh(t *testing.T) {
	r := Result{Files: 1}
	r.Findings.Add("load.empty", Warning, Position{File: "b.yaml", Line: 1, Col: 1}, locales.M("load.bad-key"))
	r.Findings.Add("load.bad-key", Error, Position{File: "b.yaml", Line: 2, Col: 1}, locales.M("load.bad-key"))
	r.Findings.Add("x", Info, Position{File: "b.yaml", Line: 3, Col: 1}, locales.M("load.bad-key"))
	cy, err := locales.New("cy")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Formats["text"].Format(&b, r, cy); err != nil {
		t.Fatal(err)
	}
	want := `b.yaml:1:1: rhybudd load.empty: rhaid i allwedd fod yn air syml a cholon ar ei ôl, fel name:
b.yaml:2:1: gwall load.bad-key: rhaid i allwedd fod yn air syml a cholon ar ei ôl, fel name:
b.yaml:3:1: nodyn x: rhaid i allwedd fod yn air syml a cholon ar ei ôl, fel name:
Ffeiliau a wiriwyd: 1. Gwallau: 1. Rhybuddion: 1. Nodiadau: 1.
`
	if b.String() != want {
		t.Errorf("got:\n%swant:\n%s", b.String(), want)
	}
	b.Reset()
	if err := Formats["json"].Format(&b, r, cy); err != nil || !bytes.Contains(b.Bytes(), []byte(`"severity": "warning"`)) {
		t.Errorf("JSON severity must stay a code: %v\n%s", err, b.String())
	}
}

func TestPositionString(t *testing.T) {
	tests := map[Position]string{
		{File: "a.yaml", Line: 3, Col: 7}: "a.yaml:3:7",
		{File: "a.yaml", Line: 3}:         "a.yaml:3:1",
		{Line: 3, Col: 7}:                 "3:7",
		{File: "a.yaml"}:                  "a.yaml",
		{}:                                "-",
	}
	for p, want := range tests {
		if got := p.String(); got != want {
			t.Errorf("%#v.String() = %q, want %q", p, got, want)
		}
	}
}

func TestSortAndErr(t *testing.T) {
	var l List
	l.Add("b", Warning, Position{File: "a", Line: 2, Col: 1}, locales.M("load.empty"))
	l.Add("a", Error, Position{File: "a", Line: 1, Col: 5}, locales.M("load.empty"))
	l.Add("a", Info, Position{File: "a", Line: 2, Col: 1}, locales.M("load.empty"))
	l.Sort()
	if l[0].Pos.Line != 1 || l[1].Rule != "a" || l[2].Rule != "b" {
		t.Errorf("sorted wrongly: %+v", l)
	}
	if l.Err() == nil || (List{}).Err() != nil || l[1:].Err() != nil {
		t.Error("Err must be non-nil exactly when there is an error finding")
	}
	if Warning.String() != "warning" || Severity(7).String() != "severity(7)" {
		t.Errorf("severity names: %s, %s", Warning, Severity(7))
	}
}
