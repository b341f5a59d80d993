package templates

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"coregroup/casefile"
	"coregroup/samples"
)

// FuzzMarkdown writes every document, in English and in Welsh, of whatever
// case the loader accepts, seeded with the samples and the catalogue of
// bad input. No case may make a template panic, and no document may hold
// invalid UTF-8, a carriage return, a control character or raw HTML: the
// escaping of case values holds for any value.
func FuzzMarkdown(f *testing.F) {
	var paths []string
	for _, pattern := range []string{"../samples/*.yaml", "../samples/with-problems/*.yaml", "../testdata/catalogue/*.yaml"} {
		more, _ := filepath.Glob(pattern)
		paths = append(paths, more...)
	}
	for _, path := range paths {
		// The large files of the catalogue are about the loader's limits,
		// and large seeds slow mutation down.
		if src, err := os.ReadFile(path); err == nil && len(src) <= 8<<10 {
			f.Add(src)
		}
	}
	set, err := Load("")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		c, probs := casefile.Parse("fuzz.yaml", src)
		if c == nil || probs.Err() != nil {
			return
		}
		for _, lang := range []string{"en", "cy"} {
			for _, kind := range Kinds.Names() {
				docs, err := set.Write(c, kind, Options{Lang: lang, AsOf: samples.Day})
				if errors.Is(err, ErrNoMeeting) {
					continue
				}
				if err != nil {
					t.Fatalf("%s %s: %v", kind, lang, err)
				}
				for _, d := range docs {
					checkMarkdown(t, kind+" "+lang, d.Markdown)
				}
			}
		}
	})
}

// checkMarkdown fails the test when md is not clean text or holds HTML.
func checkMarkdown(t *testing.T, what string, md []byte) {
	t.Helper()
	if !utf8.Valid(md) {
		t.Fatalf("%s: invalid UTF-8", what)
	}
	if i := strings.IndexFunc(string(md), func(r rune) bool { return unicode.IsControl(r) && r != '\n' }); i >= 0 {
		t.Fatalf("%s: control character %q at byte %d", what, md[i], i)
	}
	if _, html := shape(md); html {
		t.Fatalf("%s: raw HTML got through:\n%s", what, md)
	}
}
