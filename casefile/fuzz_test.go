package casefile

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds the loader arbitrary bytes, seeded with the samples and
// the problem files. It must never panic or hang, and whatever it returns
// must be consistent: a nil case only with a problem to say why.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("../samples/*.yaml")
	more, _ := filepath.Glob("../samples/with-problems/*.yaml")
	for _, path := range append(seeds, more...) {
		if src, err := os.ReadFile(path); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte(minimal))
	f.Add([]byte("a: &x [*x]\n"))
	f.Add([]byte("\uFEFFversion: 1\r\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		c, probs := Parse("fuzz.yaml", src)
		if c == nil && len(probs) == 0 {
			t.Fatal("no case and no problem")
		}
		for _, p := range probs {
			if p.Pos.File != "fuzz.yaml" || p.Rule == "" || p.Message.ID == "" {
				t.Fatalf("malformed finding %+v", p)
			}
		}
	})
}
