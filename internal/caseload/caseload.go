// Package caseload makes a caseload to measure coregroup with: as many
// case files as asked, each a sample case (samples/*.yaml) under a new
// reference and with new invented names, the same for the same seed and
// size. Every case is marked fictitious, as the samples are; the names
// are drawn from the lists in names.go, which are invented too.
package caseload

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"coregroup/casefile"
	"coregroup/samples"
)

// Case is one case file of a caseload: its file name and its bytes.
type Case struct {
	Name string
	Data []byte
}

// base is a sample case the caseload is made from: its text, its
// reference, and the words of the names of its people.
type base struct {
	text  string
	ref   string
	words []string // every word of every person's name and known_as, sorted
}

// Generate returns n case files made from the samples with seed: case i
// (from 1) is sample (i-1) mod the number of samples, its reference
// FICT-SEED-NNNNN and each word of each name in it replaced, everywhere
// in the file, by one drawn from the invented names with the seed and i.
func Generate(n int, seed uint64) ([]Case, error) {
	bases, err := loadBases()
	if err != nil {
		return nil, err
	}
	cases := make([]Case, n)
	for i := range cases {
		b := bases[i%len(bases)]
		rng := rand.New(rand.NewPCG(seed, uint64(i)))
		swap := map[string]string{}
		for _, w := range b.words {
			swap[w] = pick(rng, w, b)
		}
		text := strings.ReplaceAll(b.text, b.ref, fmt.Sprintf("FICT-%d-%05d", seed, i+1))
		cases[i] = Case{Name: fmt.Sprintf("case-%05d.yaml", i+1), Data: []byte(replaceWords(text, swap))}
	}
	return cases, nil
}

// loadBases reads the samples, in the order of their names.
func loadBases() ([]base, error) {
	names, err := fs.Glob(samples.Files, "*.yaml")
	if err != nil {
		return nil, err
	}
	var out []base
	for _, name := range names {
		data, err := samples.Files.ReadFile(name)
		if err != nil {
			return nil, err
		}
		c, probs := casefile.Parse(path.Join("samples", name), data)
		if err := probs.Err(); err != nil || c == nil {
			return nil, fmt.Errorf("sample %s: %v", name, err)
		}
		if !c.Fictitious {
			return nil, fmt.Errorf("sample %s is not marked fictitious", name)
		}
		out = append(out, base{text: string(data), ref: c.Ref, words: nameWords(c)})
	}
	return out, nil
}

// nameWords returns the words of the names of a case's people, each once:
// the words of three letters or more, which are the ones worth changing.
func nameWords(c *casefile.Case) []string {
	var names []string
	for _, ch := range c.Children {
		names = append(names, ch.Name, ch.KnownAs)
	}
	for _, f := range c.Family {
		names = append(names, f.Name)
	}
	for _, m := range c.Members {
		names = append(names, m.Name)
	}
	seen := map[string]bool{}
	var words []string
	for _, n := range names {
		for _, w := range strings.FieldsFunc(n, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if len([]rune(w)) >= 3 && !titles[w] && !seen[w] {
				seen[w] = true
				words = append(words, w)
			}
		}
	}
	sort.Strings(words)
	return words
}

// pick draws the word that replaces w: a surname when w ends a name in the
// sample, else a first name.
func pick(rng *rand.Rand, w string, b base) string {
	pool := firstNames
	if endsAName(b.text, w) {
		pool = surnames
	}
	return pool[rng.IntN(len(pool))]
}

// endsAName reports whether w is the last word of some "name: " line.
func endsAName(text, w string) bool {
	for _, line := range strings.Split(text, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "name: "); ok {
			if strings.HasSuffix(v, " "+w) {
				return true
			}
		}
	}
	return false
}

// replaceWords replaces, in one pass, every whole word of text (a run of
// letters and digits) that is a key of swap by its value.
func replaceWords(text string, swap map[string]string) string {
	var b strings.Builder
	b.Grow(len(text))
	inWord := func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	start := -1
	flush := func(end int) {
		w := text[start:end]
		if v, ok := swap[w]; ok {
			w = v
		}
		b.WriteString(w)
		start = -1
	}
	for i, r := range text {
		switch {
		case inWord(r) && start < 0:
			start = i
		case !inWord(r) && start >= 0:
			flush(i)
			b.WriteRune(r)
		case !inWord(r):
			b.WriteRune(r)
		}
	}
	if start >= 0 {
		flush(len(text))
	}
	return b.String()
}

// Write writes a caseload of n cases made with seed into dir, with the
// pictures the cases name (pictures/, as beside the samples).
func Write(dir string, n int, seed uint64) error {
	cases, err := Generate(n, seed)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(dir, "pictures"), 0o700); err != nil {
		return err
	}
	for _, c := range cases {
		if err := os.WriteFile(filepath.Join(dir, c.Name), c.Data, 0o600); err != nil {
			return err
		}
	}
	pictures, err := fs.Glob(samples.Files, "pictures/*")
	if err != nil {
		return err
	}
	for _, name := range pictures {
		data, err := samples.Files.ReadFile(name)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), data, 0o600); err != nil {
			return err
		}
	}
	return nil
}
