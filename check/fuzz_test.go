package check

import (
	"os"
	"path/filepath"
	"testing"

	"coregroup/casefile"
	"coregroup/policy"
	"coregroup/samples"
)

// FuzzRun runs every rule over whatever the loader accepts: a case that
// loads must never make a rule panic or loop.
func FuzzRun(f *testing.F) {
	paths, _ := filepath.Glob("../samples/*.yaml")
	more, _ := filepath.Glob("../samples/with-problems/*.yaml")
	for _, p := range append(append(paths, more...), "testdata/base.yaml") {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		c, probs := casefile.Parse("fuzz.yaml", src)
		if c == nil || probs.Err() != nil {
			return
		}
		found, err := Run(c, Options{AsOf: samples.Day})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range found {
			if f.Rule == "" || f.Message.ID == "" {
				t.Fatalf("malformed finding %+v", f)
			}
		}
		_, err = Schedule(c, Options{AsOf: samples.Day})
		if known := policy.Builtin()[c.Policy] != nil; known != (err == nil) {
			t.Fatalf("policy %q known %v, but Schedule says %v", c.Policy, known, err)
		}
	})
}

func BenchmarkRun(b *testing.B) {
	src, err := os.ReadFile("testdata/base.yaml")
	if err != nil {
		b.Fatal(err)
	}
	c, _ := casefile.Parse("base.yaml", src)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Run(c, Options{AsOf: samples.Day}); err != nil {
			b.Fatal(err)
		}
	}
}
