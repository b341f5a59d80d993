package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"coregroup/samples"
	"coregroup/templates"
)

// withLetter returns the registry with one more kind, a letter, and the
// folder of its template: a kind coregroup does not have, to prove that
// an entry in the registry reaches the render command, the blocking of a
// document with errors and the translators' PO export.
func withLetter(t *testing.T) (templates.Registry, string) {
	t.Helper()
	minutes, ok := templates.Kinds.Lookup("minutes")
	if !ok {
		t.Fatal("no minutes in the registry")
	}
	letter := minutes // the builder of the minutes: the letter names the children and is dated as the meeting
	letter.Name, letter.Called, letter.Group = "letter", "the letter", ""
	letter.Reads = []string{"resolution"}
	letter.Blocking = []string{"load.", "plan.contingency"}
	dir := t.TempDir()
	writeFile(t, dir, "letter.md.tmpl", "# A letter about {{names .Children}}\n")
	return append(slices.Clone(templates.Kinds), letter), dir
}

// runWith runs a command with a registry of its own.
func runWith(kinds templates.Registry, c *command, args ...string) (ExitCode, string, string) {
	var out, errOut bytes.Buffer
	code := c.run(&env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, kinds: kinds}, c, args)
	return code, out.String(), errOut.String()
}

func TestANewKindIsWrittenByRender(t *testing.T) {
	t.Parallel()
	kinds, tmpl := withLetter(t)
	dir := t.TempDir()
	code, stdout, stderr := runWith(kinds, renderCommand, "--as-of", samples.Date, "--doc", "letter", "--templates", tmpl, "--format", "md", "-o", dir, "../../samples/siblings.yaml")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	path := filepath.Join(dir, "AB-CP-2026-0772-letter-2026-11-19-en.md")
	if strings.TrimSpace(stdout) != path {
		t.Errorf("wrote %q, want %s", stdout, path)
	}
	if md, _ := os.ReadFile(path); !strings.HasPrefix(markdownBody(string(md)), "# A letter about Leo") {
		t.Errorf("the letter is %q", md)
	}
	_, help, _ := runWith(kinds, renderCommand, "-h")
	if !strings.Contains(help, "plan, minutes, resolution-request, agenda, resolution-record, letter, all") {
		t.Errorf("--doc's help does not name the letter:\n%s", help)
	}
	if code, _, stderr := runWith(templates.Kinds, renderCommand, "--doc", "letter", "-o", dir, "../../samples/siblings.yaml"); code != ExitFailed || !strings.Contains(stderr, `unknown --doc "letter"`) {
		t.Errorf("without the letter in the registry: exit %d: %s", code, stderr)
	}
}

func TestANewKindIsStoppedByItsOwnRules(t *testing.T) {
	t.Parallel()
	kinds, tmpl := withLetter(t)
	dir := t.TempDir()
	code, stdout, stderr := runWith(kinds, renderCommand, "--as-of", samples.Date, "--doc", "letter", "--templates", tmpl, "-o", dir, "../../samples/with-problems/plan-and-timescales.yaml")
	if code != ExitFindings || stdout != "" {
		t.Fatalf("exit %d, wrote %q", code, stdout)
	}
	if !strings.Contains(stderr, "error plan.contingency:") || !strings.Contains(stderr, "CG-DEMO-PROBLEMS-01-letter-2026-11-03-en not written") {
		t.Errorf("the letter is not stopped by plan.contingency:\n%s", stderr)
	}
	for _, other := range []string{"smart.owner-named", "meeting.private-reason"} {
		if strings.Contains(stderr, other) {
			t.Errorf("the letter is stopped by %s, which is not among its rules:\n%s", other, stderr)
		}
	}
}

func TestANewKindIsNamedInThePOExport(t *testing.T) {
	t.Parallel()
	kinds, _ := withLetter(t)
	code, stdout, stderr := runWith(kinds, exportCommand, "--lang", "cy", englishSample)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "#. Appears in: the resolution forms and the letter.\n") || strings.Contains(stdout, "(request, agenda and record)") {
		t.Errorf("the PO file does not say the letter prints the resolution texts")
	}
}
