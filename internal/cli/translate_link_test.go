package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTranslateImportThroughASymlinkKeepsTheLinkAndTheMode: a case file
// kept behind a link is changed where it is, not replaced by a new file
// beside the link, and keeps the permissions it had.
func TestTranslateImportThroughASymlinkKeepsTheLinkAndTheMode(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	real := writeFile(t, dir, "shared/case.yaml", smallCase)
	if err := os.Chmod(real, 0o640); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "case.yaml")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	po := filepath.Join(dir, "cy.po")
	if code, _, stderr := run(t, "translate", "export", "--lang", "cy", "-o", po, link); code != ExitOK {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	fill(t, po)
	if code, stdout, stderr := run(t, "translate", "import", po, link); code != ExitOK {
		t.Fatalf("import: exit %d\n%s%s", code, stdout, stderr)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced by a file: %v", err)
	}
	if got := readText(t, real); !strings.Contains(got, "views: {cy: \"CY: I like school.\", en: I like school.}") {
		t.Errorf("the real file was not changed:\n%s", got)
	}
	if info, _ := os.Stat(real); info.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640", info.Mode().Perm())
	}
}
