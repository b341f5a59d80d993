package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestMakeFuzzRunsEveryFuzzTarget: a fuzz target that make fuzz does not
// list is never run.
func TestMakeFuzzRunsEveryFuzzTarget(t *testing.T) {
	t.Parallel()
	makefile, err := os.ReadFile("../../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	listed := regexp.MustCompile(`(?s)FUZZ_TARGETS := (.*?)\n\S`).FindSubmatch(makefile)
	if listed == nil {
		t.Fatal("the Makefile has no FUZZ_TARGETS")
	}
	want := map[string]bool{}
	for _, t := range strings.Fields(strings.ReplaceAll(string(listed[1]), "\\", " ")) {
		want[t] = true
	}
	fuzzFunc := regexp.MustCompile(`(?m)^func (Fuzz\w+)\(`)
	found := 0
	err = filepath.WalkDir("../..", func(path string, d os.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, "_test.go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		pkg, _ := filepath.Rel("../..", filepath.Dir(path))
		for _, m := range fuzzFunc.FindAllSubmatch(src, -1) {
			found++
			if target := filepath.ToSlash(pkg) + ":" + string(m[1]); !want[target] {
				t.Errorf("%s is not in the Makefile's FUZZ_TARGETS", target)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if found != len(want) {
		t.Errorf("FUZZ_TARGETS lists %d targets, the tests have %d", len(want), found)
	}
}
