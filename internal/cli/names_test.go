package cli

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"coregroup/casefile"
	"coregroup/samples"
	"coregroup/templates"
)

// TestMeetingsAndTiersGiveDistinctFiles renders the minutes of two
// meetings and the agendas of both tiers of one case into one folder, run
// after run, and finds four files named after what each is.
func TestMeetingsAndTiersGiveDistinctFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, args := range [][]string{
		{"--doc", "minutes", "--meeting", "2026-10-13"},
		{"--doc", "minutes"}, // the latest held: 2026-11-17
		{"--doc", "agenda", "--meeting", "2026-06-24"},
		{"--doc", "agenda", "--meeting", "2026-09-29"},
	} {
		args = append([]string{"render", "--as-of", samples.Date, "--format", "md", "-o", dir}, args...)
		if code, _, stderr := run(t, append(args, "../../samples/wales-resolution.yaml")...); code != ExitOK {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f))
	}
	want := []string{
		"CTM-CP-2025-0219-agenda-tier1-2026-06-24-en.md",
		"CTM-CP-2025-0219-agenda-tier2-2026-09-29-en.md",
		"CTM-CP-2025-0219-minutes-2026-10-13-en.md",
		"CTM-CP-2025-0219-minutes-2026-11-17-en.md",
	}
	if strings.Join(names, "\n") != strings.Join(want, "\n") {
		t.Errorf("wrote\n%s\nwant\n%s", strings.Join(names, "\n"), strings.Join(want, "\n"))
	}
}

func TestDocName(t *testing.T) {
	t.Parallel()
	day := casefile.Date{Time: time.Date(2026, 10, 22, 0, 0, 0, 0, time.UTC)}
	tests := []struct {
		d    templates.Document
		lang string
		want string
	}{
		{templates.Document{Kind: "plan"}, "en", "CG-1-plan-en"},
		{templates.Document{Kind: "plan", Part: "leo"}, "cy", "CG-1-plan-leo-cy"},
		{templates.Document{Kind: "minutes", Meeting: day}, "en", "CG-1-minutes-2026-10-22-en"},
		{templates.Document{Kind: "agenda", Meeting: day, Tier: 2}, "cy+en", "CG-1-agenda-tier2-2026-10-22-cy-en"},
		{templates.Document{Kind: "agenda"}, "en", "CG-1-agenda-en"}, // a blank form
	}
	for _, tt := range tests {
		if got := docName("CG-1", tt.d, tt.lang); got != tt.want {
			t.Errorf("docName(%+v, %s) = %s, want %s", tt.d, tt.lang, got, tt.want)
		}
	}
}

func TestTwoDocumentsCannotClaimOneName(t *testing.T) {
	t.Parallel()
	j := &renderJob{path: "a.yaml"}
	if _, taken := j.claimFile("CG-1-plan-en", templates.Document{Kind: "plan"}); taken {
		t.Fatal("the first claim is refused")
	}
	j.path = "b.yaml"
	other, taken := j.claimFile("CG-1-plan-en", templates.Document{Kind: "plan"})
	if !taken || other != "plan (a.yaml)" {
		t.Errorf("second claim: %q, %v", other, taken)
	}
}
