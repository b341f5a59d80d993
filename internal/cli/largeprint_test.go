package cli

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"coregroup/samples"
	"coregroup/templates"
)

// TestLargePrintSetsEveryDocumentLarger renders every kind of document of
// the Welsh samples, in English, Welsh and both, with and without
// --large-print, and compares the heights of the same words in the two:
// large print's body (16pt) is about 1.45 times the professional
// documents' (11pt, tables 10pt), and larger than the family copy's (14pt).
// With -short each kind is drawn in one of the languages, in turn, so that
// every kind and every language is still measured (test-long draws all).
func TestLargePrintSetsEveryDocumentLarger(t *testing.T) {
	t.Parallel()
	langs := []struct{ lang, sample string }{{"en", "wales-resolution"}, {"cy", "wales-welsh"}, {"cy+en", "wales-welsh"}}
	for li, l := range langs {
		docs := []string{"all"}
		if testing.Short() {
			docs = nil
			for i, kind := range templates.Kinds.Names() {
				if i%len(langs) == li {
					docs = append(docs, kind)
				}
			}
		}
		for _, doc := range docs {
			largePrintGrows(t, l.lang, doc, l.sample)
		}
	}
}

// largePrintGrows renders --doc doc of a sample in a language with and
// without --large-print and compares the heights of their words.
func largePrintGrows(t *testing.T, lang, doc, sample string) {
	t.Helper()
	ordinary, large := t.TempDir(), t.TempDir()
	for _, o := range []struct {
		dir  string
		args []string
	}{{ordinary, nil}, {large, []string{"--large-print"}}} {
		args := append([]string{"render", "--as-of", samples.Date, "--lang", lang, "--doc", doc, "--format", "pdf", "-o", o.dir}, o.args...)
		if code, _, stderr := run(t, append(args, "../../samples/"+sample+".yaml")...); code != ExitOK {
			t.Fatalf("--lang %s --doc %s %v: exit %d: %s", lang, doc, o.args, code, stderr)
		}
	}
	files, _ := filepath.Glob(filepath.Join(ordinary, "*.pdf"))
	least := 1
	if doc == "all" {
		least = 5
	}
	if len(files) < least {
		t.Fatalf("--lang %s --doc %s: only %d documents", lang, doc, len(files))
	}
	for _, f := range files {
		want := 1.35
		if strings.Contains(filepath.Base(f), "-plan-") {
			want = 1.1 // the family's copy is large already
		}
		if r := growth(t, f, filepath.Join(large, filepath.Base(f))); r < want {
			t.Errorf("--lang %s: %s: words %.2f times as high in large print, want %.2f", lang, filepath.Base(f), r, want)
		}
	}
}

var wordBox = regexp.MustCompile(`yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>`)

// growth returns the median, over the words of a PDF but those of its
// page furniture (set at 8 to 9pt, boxes under 15pt high, which large
// print leaves as they are), of how many times higher each word is in
// the large-print PDF.
func growth(t *testing.T, ordinary, large string) float64 {
	t.Helper()
	a, b := heights(t, ordinary), heights(t, large)
	var ratios []float64
	for w, h := range a {
		if h >= 15 && b[w] > 0 {
			ratios = append(ratios, b[w]/h)
		}
	}
	if len(ratios) < 20 {
		t.Fatalf("%s: only %d words to compare", ordinary, len(ratios))
	}
	slices.Sort(ratios)
	return ratios[len(ratios)/2]
}

// heights returns the largest height pdftotext gives each word of a PDF.
func heights(t *testing.T, path string) map[string]float64 {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox %s: %v", path, err)
	}
	hs := map[string]float64{}
	for _, m := range wordBox.FindAllStringSubmatch(string(out), -1) {
		lo, _ := strconv.ParseFloat(m[1], 64)
		hi, _ := strconv.ParseFloat(m[2], 64)
		hs[m[3]] = max(hs[m[3]], hi-lo)
	}
	return hs
}
