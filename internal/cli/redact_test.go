package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coregroup/samples"
)

// TestRedact: the copy goes to standard output, or whole to -o, readable
// by its owner only; what the user needs to know goes to standard error;
// the copy validates as the case does.
func TestRedact(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	sample := writeFile(t, dir, "case.yaml", goodCase)
	code, stdout, stderr := run(t, "redact", "--as-of", samples.Date, sample)
	if code != ExitOK || !strings.HasPrefix(stdout, "# Redacted copy, made by coregroup redact") {
		t.Fatalf("exit %d\n%s\n%s", code, stderr, stdout)
	}
	for _, name := range []string{"Ella", "Example", "Hughes", "CG-TEST-0001"} {
		if strings.Contains(stdout, name) {
			t.Errorf("%s is in the copy", name)
		}
	}
	if !strings.Contains(stderr, "coregroup: redact: every date is ") || !strings.Contains(stderr, "the copy shows with --as-of ") {
		t.Errorf("stderr: %s", stderr)
	}
	asOf := stderr[strings.Index(stderr, "--as-of ")+8:][:10]
	out := filepath.Join(dir, "copy.yaml")
	if code, stdout2, _ := run(t, "redact", "--as-of", samples.Date, "-o", out, sample); code != ExitOK || stdout2 != "" {
		t.Fatalf("-o: exit %d, stdout %q", code, stdout2)
	}
	if info, err := os.Stat(out); err != nil || info.Mode().Perm() != 0o600 || readText(t, out) != stdout {
		t.Errorf("-o: %v %v", info.Mode(), err)
	}
	_, want, _ := run(t, "validate", "--as-of", samples.Date, sample)
	_, got, _ := run(t, "validate", "--as-of", asOf, out)
	if summary := func(s string) string { return s[strings.LastIndex(strings.TrimSuffix(s, "\n"), "\n")+1:] }; summary(got) != summary(want) {
		t.Errorf("the copy validates as %q, the case as %q", summary(got), summary(want))
	}

	bad := writeFile(t, dir, "bad.yaml", "version: 1\n")
	for _, args := range [][]string{{bad}, {}, {sample, sample}, {filepath.Join(dir, "none.yaml")}} {
		if code, _, stderr := run(t, append([]string{"redact"}, args...)...); code != ExitFailed {
			t.Errorf("%v: exit %d, %s", args, code, stderr)
		}
	}
}
