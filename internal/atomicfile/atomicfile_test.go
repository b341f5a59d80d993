package atomicfile

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFileIsOwnerOnlyAndWhole(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	if err := MakeDir(dir); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(dir); info.Mode().Perm() != 0o700 {
		t.Errorf("directory mode %v, want 0700", info.Mode().Perm())
	}
	path := filepath.Join(dir, "case-plan-en.md")
	if err := WriteFile(path, []byte("first")); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("second")); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	info, _ := os.Stat(path)
	if string(got) != "second" || info.Mode().Perm() != 0o600 {
		t.Errorf("got %q mode %v", got, info.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestWriteFileFailsWithoutLeavingAFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing-dir", "x.pdf")
	if err := WriteFile(path, []byte("x")); err == nil {
		t.Error("writing into a missing directory succeeded")
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("a file was left")
	}
}
