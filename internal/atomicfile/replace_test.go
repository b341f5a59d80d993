package atomicfile

import (
	"os"
	"path/filepath"
	"testing"
)

// TestReplaceWritesThroughASymlinkKeepingTheMode: a case file kept behind
// a link stays behind it, with its content changed and its mode kept.
func TestReplaceWritesThroughASymlinkKeepingTheMode(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "cases", "case.yaml")
	os.MkdirAll(filepath.Dir(real), 0o700)
	if err := os.WriteFile(real, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	os.Chmod(real, 0o640)
	link := filepath.Join(dir, "case.yaml")
	if err := os.Symlink(filepath.Join("cases", "case.yaml"), link); err != nil {
		t.Fatal(err)
	}
	if err := Replace(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", info, err)
	}
	got, _ := os.ReadFile(real)
	info, _ := os.Stat(real)
	if string(got) != "new" || info.Mode().Perm() != 0o640 {
		t.Errorf("real file: %q, mode %v; want \"new\", 0640", got, info.Mode().Perm())
	}
	if entries, _ := os.ReadDir(filepath.Dir(real)); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

func TestReplaceRefusesWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	if err := Replace(dir, []byte("x")); err == nil {
		t.Error("replaced a folder")
	}
	if err := Replace(filepath.Join(dir, "missing"), []byte("x")); err == nil {
		t.Error("replaced a missing file")
	}
}
