// Package golden compares what a test makes with a file kept in the
// repository (a golden file), for tests of output that must not change by
// accident: documents, generated docs, command output. Every golden test
// shares the one -update flag, which rewrites the files instead of
// comparing; "make golden" runs every such test with it.
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files with what the tests make, instead of comparing (make golden)")

// Check compares got with the golden file at path. With -update it writes
// got to path instead, creating its directory. On a difference it writes
// got beside the golden file, as path+".got", and fails the test naming
// both.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("%v: run make golden to write it", err)
		return
	}
	if !bytes.Equal(got, want) {
		if err := os.WriteFile(path+".got", got, 0o644); err != nil {
			t.Errorf("%s differs from what the test made, which cannot be kept: %v", path, err)
			return
		}
		t.Errorf("%s differs from what the test made (in %s.got): read the diff, then run make golden to accept it", path, path)
	}
}
