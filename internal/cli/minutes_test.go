package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coregroup/samples"
)

// TestMinutesAreCompleteForTheChair renders the minutes of the test case's
// latest meeting with a parent and a teacher neither present nor sending
// apologies,
// the record not yet circulated and the next meeting's time and venue
// agreed: each shows.
func TestMinutesAreCompleteForTheChair(t *testing.T) {
	t.Parallel()
	src := strings.Replace(goodCase, "    present: [mum, sw-hughes, tchr-evans]\n", "    present: [sw-hughes]\n", 1)
	src = strings.Replace(src, "    circulated: 2026-11-06\n", "    next_time: \"09:30\"\n    next_venue: Testbury Library\n", 1)
	if src == goodCase {
		t.Fatal("the test case has changed: the edits did not apply")
	}
	path := writeFile(t, t.TempDir(), "case.yaml", src)
	dir := t.TempDir()
	code, _, stderr := run(t, "render", "--as-of", samples.Date, "--doc", "minutes", "--meeting", "2026-10-30", "--format", "md", "-o", dir, path)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	md, err := os.ReadFile(filepath.Join(dir, "CG-TEST-0001-minutes-2026-10-30-en.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| Jo Evans | Teacher, Testbury Primary | Did not attend; no apologies |",
		"| Rhian Example | Mother | Did not attend; no apologies |",
		"| Sam Davies | Team manager, Testbury Children's Services | Apologies; written report received: Report - seen the family weekly; no new concerns. |",
		"Friday 4 December 2026, 9.30, Testbury Library",
		// 10 working days (England) after Friday 30 October 2026.
		"This record is to be circulated by 13 November 2026.",
	} {
		if !strings.Contains(string(md), want) {
			t.Errorf("the minutes lack %q:\n%s", want, md)
		}
	}
}
