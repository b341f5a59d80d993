package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"coregroup/samples"
)

func TestScheduleText(t *testing.T) {
	t.Parallel()
	path := writeFile(t, t.TempDir(), "case.yaml", goodCase)
	code, stdout, stderr := run(t, "schedule", "--as-of", samples.Date, path)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := []string{
		"2026-09-07  done      Initial child protection conference",
		"2026-09-18  done      First core group: due within 10 working days of the initial conference, by 21 September 2026",
		"2026-09-25  done      Record of the core group on 18 September 2026 circulated: due within 10 working days, by 2 October 2026",
		"2026-12-04  due       Core group meeting",
		"2026-12-07  due       Review child protection conference",
		"2026-12-11  due       Next core group: due within 6 weeks of 30 October 2026, by 11 December 2026",
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
	t.Parallel()
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
	t.Parallel()
	path := writeFile(t, t.TempDir(), "case.yaml", badCase)
	code, _, stderr := run(t, "schedule", path)
	if code != ExitFailed || !strings.Contains(stderr, `unknown key "chiar"`) || !strings.Contains(stderr, "coregroup validate") {
		t.Errorf("exit %d: %s", code, stderr)
	}
}

// TestScheduleInWelshIsAligned: the Welsh status words are longer than
// the English, and the descriptions still start in one column, with dates
// in words.
func TestScheduleInWelshIsAligned(t *testing.T) {
	t.Parallel()
	path := writeFile(t, t.TempDir(), "case.yaml", goodCase)
	code, stdout, stderr := run(t, "schedule", "--lang", "cy", "--as-of", samples.Date, path)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	col := -1
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		i := strings.Index(line, "Cyfarfod")
		if i < 0 {
			i = strings.Index(line, "Cynhadledd")
		}
		if i < 0 {
			i = strings.Index(line, "Dosbarthu")
		}
		if n := len([]rune(line[:max(i, 0)])); i >= 0 && col >= 0 && n != col {
			t.Errorf("description not in column %d: %q", col, line)
		} else if i >= 0 {
			col = n
		}
	}
	if !strings.Contains(stdout, "wedi'i gwblhau") || !strings.Contains(stdout, "erbyn 21 Medi 2026") {
		t.Errorf("Welsh schedule:\n%s", stdout)
	}
}
