package cli

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"testing"

	"coregroup/samples"
)

// TestLargePrintSetsEveryDocumentLarger renders every kind of document of
// the Welsh samples, in English, Welsh and both, with and
// without --large-print, and compares the most common height of the
// words pdftotext finds: large print's body (16pt) is about 1.45 times
// the professional documents' (11pt), and larger than the family copy's
// (14pt).
func TestLargePrintSetsEveryDocumentLarger(t *testing.T) {
	for lang, sample := range map[string]string{"en": "wales-resolution", "cy": "wales-welsh", "cy+en": "wales-welsh"} {
		ordinary, large := t.TempDir(), t.TempDir()
		for _, o := range []struct {
			dir  string
			args []string
		}{{ordinary, nil}, {large, []string{"--large-print"}}} {
			args := append([]string{"render", "--as-of", samples.Date, "--lang", lang, "--format", "pdf", "-o", o.dir}, o.args...)
			if code, _, stderr := run(t, append(args, "../../samples/"+sample+".yaml")...); code != ExitOK {
				t.Fatalf("--lang %s %v: exit %d: %s", lang, o.args, code, stderr)
			}
		}
		files, _ := filepath.Glob(filepath.Join(ordinary, "*.pdf"))
		if len(files) < 5 {
			t.Fatalf("--lang %s: only %d documents", lang, len(files))
		}
		for _, f := range files {
			a, b := bodySize(t, f), bodySize(t, filepath.Join(large, filepath.Base(f)))
			if r := b / a; r < 1.12 || (a < 19 && r < 1.4) { // a: the family copy's 14pt is about 22pt high
				t.Errorf("--lang %s: %s: body %.1f high, %.1f in large print", lang, filepath.Base(f), a, b)
			}
		}
	}
}

var wordBox = regexp.MustCompile(`yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"`)

// bodySize returns the most common height, in points rounded to a half,
// of the words of a PDF but the page furniture's (set at 8 to 9pt, boxes
// under 15pt high, which large print leaves as they are): the height of
// its body text's line boxes.
func bodySize(t *testing.T, path string) float64 {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox %s: %v", path, err)
	}
	count := map[float64]int{}
	for _, m := range wordBox.FindAllStringSubmatch(string(out), -1) {
		lo, _ := strconv.ParseFloat(m[1], 64)
		hi, _ := strconv.ParseFloat(m[2], 64)
		if h := float64(int((hi-lo)*2+0.5)) / 2; h >= 15 {
			count[h]++
		}
	}
	var sizes []float64
	for h := range count {
		sizes = append(sizes, h)
	}
	slices.Sort(sizes)
	best := 0.0
	for _, h := range sizes {
		if count[h] > count[best] {
			best = h
		}
	}
	return best
}
