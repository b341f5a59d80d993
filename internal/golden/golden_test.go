package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that keeps failures instead of failing.
type recorder struct {
	testing.TB
	failed []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, a ...any) {
	r.failed = append(r.failed, format)
}

func TestCheck(t *testing.T) {
	was := *update
	*update = false
	defer func() { *update = was }()
	dir := t.TempDir()
	path := filepath.Join(dir, "out.golden")
	if err := os.WriteFile(path, []byte("same\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &recorder{TB: t}
	Check(r, path, []byte("same\n"))
	if len(r.failed) != 0 {
		t.Errorf("equal output failed: %v", r.failed)
	}
	Check(r, path, []byte("other\n"))
	got, err := os.ReadFile(path + ".got")
	if len(r.failed) != 1 || err != nil || string(got) != "other\n" {
		t.Errorf("a difference: failures %v, .got %q (%v)", r.failed, got, err)
	}
	r.failed = nil
	Check(r, filepath.Join(dir, "missing.golden"), []byte("x"))
	if len(r.failed) != 1 || !strings.Contains(r.failed[0], "make golden") {
		t.Errorf("a missing golden file: %v", r.failed)
	}
}

func TestUpdateWrites(t *testing.T) {
	was := *update
	*update = true
	defer func() { *update = was }()
	path := filepath.Join(t.TempDir(), "new", "out.golden")
	Check(t, path, []byte("written\n"))
	if got, err := os.ReadFile(path); err != nil || string(got) != "written\n" {
		t.Errorf("-update wrote %q (%v)", got, err)
	}
}
