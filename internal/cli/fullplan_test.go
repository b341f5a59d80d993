package cli

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"coregroup/casefile"
	"coregroup/samples"
)

// TestTheFullPlanHoldsEveryMeasure renders the full plan of every sample
// child and reads the PDF back: each outcome's measure and target, and
// each action, is there (read in drawing order, pdftotext -raw, so that
// the lines of a table cell come together; compared without white space,
// as a cell's text wraps).
func TestTheFullPlanHoldsEveryMeasure(t *testing.T) {
	t.Parallel()
	paths, _ := filepath.Glob("../../samples/*.yaml")
	if len(paths) < 5 {
		t.Fatalf("only %d samples", len(paths))
	}
	dir := t.TempDir()
	args := append([]string{"render", "--as-of", samples.Date, "--doc", "full-plan", "--format", "pdf", "-o", dir}, paths...)
	if code, _, stderr := run(t, args...); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	measures := 0
	for _, p := range paths {
		c, _, err := casefile.Load(p)
		if err != nil {
			t.Fatal(err)
		}
		lang := c.Language
		if lang == "" {
			lang = "en"
		}
		for _, ch := range c.Children {
			name := c.Ref + "-full-plan-" + ch.ID + "-" + lang + ".pdf"
			if len(c.Children) == 1 {
				name = c.Ref + "-full-plan-" + lang + ".pdf"
			}
			out, err := exec.Command("pdftotext", "-raw", filepath.Join(dir, name), "-").Output()
			if err != nil {
				t.Fatalf("pdftotext -raw %s: %v", name, err)
			}
			text := squash(withoutFurniture(string(out), c.Ref))
			var want []casefile.Text
			for _, o := range ch.Plan.Outcomes {
				want = append(want, o.Measure, o.Text)
			}
			for _, a := range ch.Plan.Actions {
				want = append(want, a.What)
			}
			for _, w := range want {
				s, ok := w.In(lang, c.PlainLanguage())
				if !ok || s == "" {
					continue
				}
				measures++
				if !strings.Contains(text, squash(s)) {
					t.Errorf("%s lacks %q", name, s)
				}
			}
		}
	}
	if measures < 20 {
		t.Errorf("only %d texts checked", measures)
	}
}

// squash removes white space and the hyphens a line may break at.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\n' || r == '\t' || r == '\u00a0' || r == '\f' {
			return -1
		}
		return r
	}, s)
}

var furniture = regexp.MustCompile(`^(OFFICIAL-SENSITIVE|SWYDDOGOL-SENSITIF|FICTITIOUS EXAMPLE.*|ENGHRAIFFT DDYCHMYGOL.*|(Page|Tudalen) \d+ o f? ?\d+|(Page|Tudalen) \d+ (of|o) \d+)$`)

// withoutFurniture drops the lines of the page furniture (marking,
// banner, page number, the header with the case reference), which
// pdftotext -raw puts in the middle of a text that runs over a page.
func withoutFurniture(text, ref string) string {
	var keep []string
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimLeft(l, "\f")
		if furniture.MatchString(l) || strings.HasPrefix(l, ref+" ") {
			continue
		}
		keep = append(keep, l)
	}
	return strings.Join(keep, "\n")
}
