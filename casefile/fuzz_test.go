package casefile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// maxSeed bounds the size of a seed: mutating a large input is slow, and
// the large files of the catalogue are about limits, which tests check.
const maxSeed = 8 << 10

// fuzzSeeds returns the samples, the problem samples and the catalogue of
// bad input, up to maxSeed bytes each: the starting points of every fuzz
// target over case files.
func fuzzSeeds(f *testing.F) [][]byte {
	var paths []string
	for _, pattern := range []string{"../samples/*.yaml", "../samples/with-problems/*.yaml", "../testdata/catalogue/*.yaml"} {
		more, _ := filepath.Glob(pattern)
		paths = append(paths, more...)
	}
	if len(paths) == 0 {
		f.Fatal("no seeds")
	}
	var seeds [][]byte
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		if len(src) <= maxSeed {
			seeds = append(seeds, src)
		}
	}
	return seeds
}

// FuzzParse feeds the loader arbitrary bytes, seeded with the samples, the
// problem files and the catalogue of bad input. It must never panic or
// hang, and whatever it returns must be consistent: a nil case only with
// a problem to say why, every problem in the file at a line it has, and
// in a case that loads, no text with a carriage return or a character
// the loader refuses.
func FuzzParse(f *testing.F) {
	for _, src := range fuzzSeeds(f) {
		f.Add(src)
	}
	f.Add([]byte(minimal))
	f.Add([]byte("a: &x [*x]\n"))
	f.Add([]byte("\uFEFFversion: 1\r\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		c, probs := Parse("fuzz.yaml", src)
		if c == nil && len(probs) == 0 {
			t.Fatal("no case and no problem")
		}
		lines := strings.Count(string(src), "\n") + 1
		for _, p := range probs {
			if p.Pos.File != "fuzz.yaml" || p.Rule == "" || p.Message.ID == "" {
				t.Fatalf("malformed finding %+v", p)
			}
			if p.Pos.Line > lines {
				t.Fatalf("finding on line %d of a file of %d lines: %+v", p.Pos.Line, lines, p)
			}
		}
		if c == nil || probs.Err() != nil {
			return
		}
		c.EachText(func(key string, tx Text) {
			for _, s := range append([]string{tx.Plain}, mapValues(tx.ByLang)...) {
				if r, bad := badRune(s); bad || strings.ContainsRune(s, '\r') {
					t.Fatalf("%s at %v holds %U", key, tx.Pos, r)
				}
			}
		})
	})
}

func mapValues(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return out
}
