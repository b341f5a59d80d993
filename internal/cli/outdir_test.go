package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRenderWarnsAboutAnOutputFolderOpenToOthers: a new -o folder is made
// for its owner only; an existing one open to others is written into,
// with a warning that says how to close it.
func TestRenderWarnsAboutAnOutputFolderOpenToOthers(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	fresh := filepath.Join(dir, "new")
	code, _, stderr := run(t, "render", "--blank", "--doc", "agenda", "--format", "md", "-o", fresh)
	if info, err := os.Stat(fresh); code != ExitOK || err != nil || info.Mode().Perm() != 0o700 || strings.Contains(stderr, "warning") {
		t.Errorf("new folder: exit %d, %v, %v, %s", code, info.Mode(), err, stderr)
	}
	shared := filepath.Join(dir, "shared")
	if err := os.Mkdir(shared, 0o700); err != nil {
		t.Fatal(err)
	}
	os.Chmod(shared, 0o755)
	code, _, stderr = run(t, "render", "--blank", "--doc", "agenda", "--format", "md", "-o", shared)
	want := "coregroup: warning: " + shared + " is open to others (-rwxr-xr-x): the documents are readable by you only, but others can list their names, which hold the case reference; to close it: chmod 700 " + shared + "\n"
	if code != ExitOK || stderr != want {
		t.Errorf("shared folder: exit %d, stderr %q\nwant %q", code, stderr, want)
	}
	entries, _ := os.ReadDir(shared)
	for _, e := range entries {
		if info, _ := e.Info(); info.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v", e.Name(), info.Mode())
		}
	}
}
