package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"coregroup/samples"
)

func TestScheduleText(t *testing.T) {
	path := writeFile(t, t.TempDir(), "case.yaml", goodCase)
	code, stdout, stderr := run(t, "schedule", "--as-of", samples.Date, path)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := []string{
		"2026-09-07  done      Initial child protection conference",
		"2026-09-18  done      First core group: due within 10 working days of the initial conference, by 2026-09-21",
		"2026-09-25  done      Record of the core group on 2026-09-18 circulated: due within 10 working days, by 2026-10-02",
		"2026-12-04  due       Core group meeting",
		"2026-12-07  due       Review child protection conference",
		"2026-12-11  due       Next core group: due within 6 weeks of 2026-10-30, by 2026-12-11",
	}
	last := -1
	for _, line := range want {
		i := strings.Index(stdout, line)
		if i < 0 {
			t.Errorf("schedule lacks %q:\n%s", line, stdout)
		} else if i < last {
			t.Errorf("%q is out of date order", line)
		}
		last = i
	}
}

func TestScheduleMarksOverdue(t *testing.T) {
	path := writeFile(t, t.TempDir(), "case.yaml", strings.Replace(goodCase, "    circulated: 2026-11-06\n", "", 1))
	_, stdout, _ := run(t, "schedule", "--as-of", samples.Date, "--format", "json", path)
	var got struct{ Events []map[string]any }
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, stdout)
	}
	found := false
	for _, e := range got.Events {
		if e["kind"] == "record" && e["due"] == "2026-11-13" {
			found = true
			if e["status"] != "overdue" || e["file"] != path || e["line"] == 0.0 {
				t.Errorf("record event = %v", e)
			}
		}
	}
	if !found {
		t.Errorf("no record event due 2026-11-13:\n%s", stdout)
	}
}

func TestScheduleRefusesABrokenCase(t *testing.T) {
	path := writeFile(t, t.TempDir(), "case.yaml", badCase)
	code, _, stderr := run(t, "schedule", path)
	if code != ExitFailed || !strings.Contains(stderr, `unknown key "chiar"`) || !strings.Contains(stderr, "coregroup validate") {
		t.Errorf("exit %d: %s", code, stderr)
	}
}
