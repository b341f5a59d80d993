package check

import (
	"os"
	"path/filepath"
	"testing"

	"coregroup/casefile"
	"coregroup/policy"
	"coregroup/samples"
)

// FuzzRun runs every rule over whatever the loader accepts, seeded with
// the samples and the catalogue of bad input: a case that loads must never
// make a rule panic or loop.
func FuzzRun(f *testing.F) {
	paths, _ := filepath.Glob("../samples/*.yaml")
	for _, pattern := range []string{"../samples/with-problems/*.yaml", "../testdata/catalogue/*.yaml"} {
		more, _ := filepath.Glob(pattern)
		paths = append(paths, more...)
	}
	for _, p := range append(paths, "testdata/base.yaml") {
		// Large seeds slow mutation down; the large files of the catalogue
		// are about the loader's limits.
		if src, err := os.ReadFile(p); err == nil && len(src) <= 8<<10 {
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
