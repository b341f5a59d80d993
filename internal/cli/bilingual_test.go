package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"coregroup/samples"
)

// pdfPages returns the number of pages of a PDF, through pdfinfo.
func pdfPages(t *testing.T, path string) int {
	t.Helper()
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", path, err)
	}
	for _, l := range strings.Split(string(out), "\n") {
		if n, ok := strings.CutPrefix(l, "Pages:"); ok {
			var pages int
			for _, r := range strings.TrimSpace(n) {
				pages = pages*10 + int(r-'0')
			}
			return pages
		}
	}
	t.Fatalf("pdfinfo %s: no page count", path)
	return 0
}

// TestABilingualFormIsOneForm writes the blank forms in English and in
// Welsh and English: each bilingual form is one form whose labels are in
// Welsh then English on the same page, with bilingual page furniture, and
// the Appendix 3 request takes at most one page more than the English.
func TestABilingualFormIsOneForm(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, lang := range []string{"en", "cy+en"} {
		if code, _, stderr := run(t, "render", "--blank", "--lang", lang, "-o", dir); code != ExitOK {
			t.Fatalf("--lang %s: exit %d: %s", lang, code, stderr)
		}
	}
	en, both := filepath.Join(dir, "blank-resolution-request-en.pdf"), filepath.Join(dir, "blank-resolution-request-cy-en.pdf")
	if e, b := pdfPages(t, en), pdfPages(t, both); b > e+1 {
		t.Errorf("the bilingual request has %d pages, the English %d", b, e)
	}
	text := pdfText(t, both)
	for _, want := range []string{
		"Enw'r plentyn/plant / Name of child/ren",
		"SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE",
		"Tudalen 1 o 3 / Page 1 of 3",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the bilingual request lacks %q", want)
		}
	}
	if strings.Count(text, "Name of child/ren") != 1 || strings.Count(text, "Enw'r plentyn/plant") != 1 {
		t.Error("the bilingual request is two forms, not one")
	}
	record := pdfText(t, filepath.Join(dir, "blank-resolution-record-cy-en.pdf"))
	if !strings.Contains(record, "Haen /") || !strings.Contains(record, "Cadeirydd / Chair") {
		t.Errorf("the bilingual record lacks its tier and chair fields in both languages:\n%.600s", record)
	}
}

// TestABilingualPlanStartsEachLanguageOnAnOddPage writes the Welsh
// sample's plan in Welsh and English: the English starts on an odd page
// under English furniture, the Welsh pages keep the Welsh.
func TestABilingualPlanStartsEachLanguageOnAnOddPage(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if code, _, stderr := run(t, "render", "--as-of", samples.Date, "--doc", "plan", "--lang", "cy+en", "--format", "pdf", "-o", dir, "../../samples/wales-welsh.yaml"); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	text := pdfText(t, filepath.Join(dir, "CTM-CP-2026-0388-plan-cy-en.pdf"))
	pages := strings.Split(text, "\f")
	first := -1
	for i, p := range pages {
		if strings.Contains(p, "A plan to help Gethin") {
			first = i + 1
			break
		}
	}
	if first < 0 || first%2 == 0 {
		t.Fatalf("the English starts on page %d", first)
	}
	for i, p := range pages[:len(pages)-1] {
		english := i+1 >= first
		if english && (!strings.Contains(p, "OFFICIAL-SENSITIVE") || strings.Contains(p, "SWYDDOGOL")) {
			t.Errorf("English page %d has Welsh furniture", i+1)
		}
		if !english && (!strings.Contains(p, "SWYDDOGOL-SENSITIF") || strings.Contains(p, "OFFICIAL-SENSITIVE")) {
			t.Errorf("Welsh page %d has English furniture", i+1)
		}
	}
}

func TestABilingualDraftFormSaysDraftInBothLanguages(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if code, _, stderr := run(t, "render", "--blank", "--draft", "--doc", "agenda", "--lang", "cy+en", "--format", "md", "-o", dir); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	md, _ := os.ReadFile(filepath.Join(dir, "blank-agenda-cy-en.md"))
	if !strings.HasPrefix(markdownBody(string(md)), "**DRAFFT: heb ei wirio, nid i'w anfon / DRAFT: not checked, not for sending**") {
		t.Errorf("the draft banner is %.100q", md)
	}
}
