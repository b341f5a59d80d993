package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"coregroup/samples"
	"coregroup/templates"
)

// pdfText returns the text of a PDF through poppler's pdftotext.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext is needed (apt-get install poppler-utils)")
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

func TestRenderWritesEveryDocumentOfASample(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "out")
	code, stdout, stderr := run(t, "render", "--as-of", samples.Date, "-o", dir, "../../samples/england-signs-of-safety.yaml")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, kind := range templates.Kinds {
		for _, ext := range []string{".md", ".pdf"} {
			name := kind.Name
			if kind.Name == "minutes" {
				name += "-2026-11-24" // the latest meeting held
			}
			path := filepath.Join(dir, "LM-CP-2026-0311-"+name+"-en"+ext)
			info, err := os.Stat(path)
			if kind.Resolution {
				// England has no resolution process: no forms for it.
				if err == nil {
					t.Errorf("%s written for an England case", path)
				}
				continue
			}
			if err != nil {
				t.Errorf("%s not written: %v\n%s", path, err, stdout)
				continue
			}
			if info.Mode().Perm() != 0o600 {
				t.Errorf("%s has mode %v, want 0600", path, info.Mode().Perm())
			}
		}
	}
	text := pdfText(t, filepath.Join(dir, "LM-CP-2026-0311-plan-en.pdf"))
	for _, want := range []string{"A plan to help Maisie be safe and well", "OFFICIAL-SENSITIVE", "Page 1 of", "LM-CP-2026-0311", "FICTITIOUS"} {
		if !strings.Contains(text, want) {
			t.Errorf("the plan's PDF lacks %q", want)
		}
	}
	if info, _ := os.Stat(dir); info.Mode().Perm()&0o077 != 0 {
		t.Errorf("output directory mode %v is open to others", info.Mode().Perm())
	}
}

func TestRenderIsDeterministic(t *testing.T) {
	t.Parallel()
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if code, _, stderr := run(t, "render", "--as-of", samples.Date, "-o", dir, "../../samples/wales-resolution.yaml"); code != ExitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	}
	files, _ := filepath.Glob(filepath.Join(a, "*"))
	if len(files) != 12 {
		t.Fatalf("wrote %d files, want 12", len(files))
	}
	for _, f := range files {
		x, _ := os.ReadFile(f)
		y, _ := os.ReadFile(filepath.Join(b, filepath.Base(f)))
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs", filepath.Base(f))
		}
	}
}

func TestRenderHonoursSourceDateEpoch(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600") // 2026-01-01
	if code, _, stderr := run(t, "render", "--as-of", samples.Date, "--doc", "agenda", "--format", "pdf", "-o", dir, "../../samples/siblings.yaml"); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	pdf, _ := os.ReadFile(filepath.Join(dir, "AB-CP-2026-0772-agenda-en.pdf"))
	if !bytes.Contains(pdf, []byte("D:20260101")) {
		t.Error("the PDF's dates do not follow SOURCE_DATE_EPOCH")
	}
}

func TestRenderRefusesADocumentWithErrorsUnlessDraft(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	problems := "../../samples/with-problems/plan-and-timescales.yaml"
	code, _, stderr := run(t, "render", "--as-of", samples.Date, "--doc", "plan", "-o", dir, problems)
	if code != ExitFindings || !strings.Contains(stderr, "smart.owner-named") || !strings.Contains(stderr, "--draft") {
		t.Errorf("exit %d: %s", code, stderr)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "*plan*")); len(files) != 0 {
		t.Errorf("wrote %v", files)
	}
	code, _, stderr = run(t, "render", "--as-of", samples.Date, "--doc", "plan", "--draft", "-o", dir, problems)
	if code != ExitOK {
		t.Fatalf("draft: exit %d: %s", code, stderr)
	}
	if text := pdfText(t, filepath.Join(dir, "CG-DEMO-PROBLEMS-01-plan-en.pdf")); !strings.Contains(text, "DRAFT") {
		t.Error("the draft is not marked DRAFT")
	}
}

func TestRenderRefusesACaseThatDoesNotLoad(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	code, _, stderr := run(t, "render", "-o", dir, "../../samples/with-problems/misspelt-keys.yaml")
	if code != ExitFindings || !strings.Contains(stderr, `did you mean "chair"`) {
		t.Errorf("exit %d: %s", code, stderr)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "*")); len(files) != 0 {
		t.Errorf("wrote %v", files)
	}
}

func TestLatenessDoesNotStopTheFamilysCopy(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	late := writeFile(t, t.TempDir(), "late.yaml", strings.Replace(goodCase, "    circulated: 2026-11-06\n", "", 1))
	code, _, stderr := run(t, "render", "--as-of", samples.Date, "--doc", "plan", "--format", "md", "-o", dir, late)
	if code != ExitOK {
		t.Errorf("exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "CG-TEST-0001-plan-en.md")); err != nil {
		t.Error(err)
	}
}

func TestRenderBlankFormsWithoutACase(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	code, _, stderr := run(t, "render", "--blank", "-o", dir)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, kind := range templates.Kinds {
		path := filepath.Join(dir, "blank-"+kind.Name+"-en.pdf")
		if !kind.Blank {
			if _, err := os.Stat(path); err == nil {
				t.Errorf("%s written, but a %s is no form", path, kind.Name)
			}
			continue
		}
		if text := pdfText(t, path); !strings.Contains(text, "OFFICIAL-SENSITIVE") {
			t.Errorf("%s lacks the marking", path)
		}
	}
}

func TestRenderFlags(t *testing.T) {
	t.Parallel()
	tests := []struct {
		args   []string
		stderr string
	}{
		{[]string{"--doc", "letter", "x.yaml"}, `unknown --doc "letter"`},
		{[]string{"--format", "docx", "x.yaml"}, `unknown --format "docx"`},
		{[]string{"--meeting", "next week", "x.yaml"}, "YYYY-MM-DD"},
		{[]string{"--lang", "welsh", "x.yaml"}, "--lang"},
		{[]string{"--templates", "/no/such/dir", "x.yaml"}, "templates directory"},
	}
	for _, tt := range tests {
		code, _, stderr := run(t, append([]string{"render", "-o", t.TempDir()}, tt.args...)...)
		if code != ExitFailed || !strings.Contains(stderr, tt.stderr) {
			t.Errorf("%v: exit %d, %s", tt.args, code, stderr)
		}
	}
}

func TestSafeName(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{"CG/2026 0142": "CG-2026-0142", "../../etc": "etc", "": "case", "Ŵyr": "yr"} {
		if got := safeName(in); got != want {
			t.Errorf("safeName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRenderWritesTheResolutionFormsInWales(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if code, _, stderr := run(t, "render", "--as-of", samples.Date, "--format", "md", "-o", dir, "../../samples/wales-resolution.yaml"); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, name := range []string{"resolution-request", "agenda-tier2-2026-09-29", "resolution-record-tier2-2026-09-29"} {
		if _, err := os.Stat(filepath.Join(dir, "CTM-CP-2025-0219-"+name+"-en.md")); err != nil {
			t.Error(err)
		}
	}
}

func TestRenderDraftMarkdownSaysDraft(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	run(t, "render", "--as-of", samples.Date, "--doc", "plan", "--format", "md", "--draft", "-o", dir, "../../samples/with-problems/plan-and-timescales.yaml")
	md, err := os.ReadFile(filepath.Join(dir, "CG-DEMO-PROBLEMS-01-plan-en.md"))
	if err != nil || !strings.HasPrefix(markdownBody(string(md)), "**DRAFT") {
		t.Errorf("draft Markdown does not start with DRAFT: %v\n%.100s", err, md)
	}
}

// markdownBody is a Markdown file as the templates wrote it, without the
// front matter and the marking lines above and below it.
func markdownBody(md string) string {
	_, after, ok := strings.Cut(md, "\n* * *\n\n")
	if !ok {
		return md
	}
	body, _, _ := strings.Cut(after, "\n\n* * *\n")
	return body
}

func TestRenderWritesInTheFamilysLanguage(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	code, _, stderr := run(t, "render", "--as-of", samples.Date, "--doc", "plan", "-o", dir, "../../samples/wales-welsh.yaml")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	text := pdfText(t, filepath.Join(dir, "CTM-CP-2026-0388-plan-cy.pdf"))
	for _, want := range []string{"Gethin", "Tudalen 1 o", "SWYDDOGOL"} {
		if !strings.Contains(text, want) {
			t.Errorf("the Welsh plan lacks %q", want)
		}
	}
	if strings.Contains(text, "A plan to help") || strings.Contains(text, "What we are worried about") {
		t.Error("English words in the Welsh plan")
	}
}

func TestRenderBilingualPutsWelshFirst(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	code, _, stderr := run(t, "render", "--as-of", samples.Date, "--doc", "plan", "--format", "md", "--lang", "cy+en", "-o", dir, "../../samples/wales-welsh.yaml")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	md, _ := os.ReadFile(filepath.Join(dir, "CTM-CP-2026-0388-plan-cy-en.md"))
	cy, en := strings.Index(string(md), "Gethin"), strings.Index(string(md), "A plan to help Gethin")
	if cy < 0 || en < 0 || cy > en {
		t.Errorf("Welsh is not first (Welsh at %d, English at %d)", cy, en)
	}
}

func TestRenderReviewSheet(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	code, _, stderr := run(t, "render", "--as-of", samples.Date, "--doc", "review", "--lang", "cy", "--format", "md", "-o", dir, "../../samples/wales-resolution.yaml")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	md, _ := os.ReadFile(filepath.Join(dir, "CTM-CP-2025-0219-review-cy.md"))
	for _, want := range []string{"What we are worried about", "Core Group Escalation Request", "| en | cy |"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("review lacks %q", want)
		}
	}
}

func TestHelpShowsACommandsFlags(t *testing.T) {
	t.Parallel()
	code, stdout, _ := run(t, "help", "render")
	if code != ExitOK || !strings.Contains(stdout, "-draft") || !strings.Contains(stdout, "-blank") {
		t.Errorf("exit %d:\n%s", code, stdout)
	}
	if code, _, stderr := run(t, "help", "nope"); code != ExitFailed || !strings.Contains(stderr, `unknown command "nope"`) {
		t.Errorf("help nope: exit %d, %s", code, stderr)
	}
}

// TestOneChildsErrorsDoNotStopASiblingsPlan removes the contingency of the
// second child's plan: that plan is refused, the first child's is written.
func TestOneChildsErrorsDoNotStopASiblingsPlan(t *testing.T) {
	t.Parallel()
	src, err := os.ReadFile("../../samples/siblings.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	i := strings.LastIndex(text, "      contingency:")
	j := i + strings.Index(text[i+1:], "\n      ") + 1
	for strings.HasPrefix(text[j:], "        ") || strings.HasPrefix(text[j:], "\n        ") {
		j += strings.Index(text[j+1:], "\n") + 1
	}
	path := writeSample(t, "siblings.yaml", text[:i]+text[j+1:])
	dir := t.TempDir()
	code, _, stderr := run(t, "render", "--as-of", samples.Date, "--doc", "plan", "--format", "md", "-o", dir, path)
	if code != ExitFindings || strings.Count(stderr, "plan.contingency") != 1 {
		t.Errorf("exit %d: %s", code, stderr)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*plan*"))
	if len(files) != 1 {
		t.Errorf("wrote %v, want the first child's plan only", files)
	}
}

func TestRenderMeetingDaySkipsDocumentsWithoutIt(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	code, _, stderr := run(t, "render", "--as-of", samples.Date, "--format", "md", "--meeting", "2026-06-24", "-o", dir,
		"../../samples/wales-resolution.yaml", "../../samples/siblings.yaml")
	if code != ExitOK || !strings.Contains(stderr, "skipped") {
		t.Errorf("exit %d: %s", code, stderr)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "AB-CP-2026-0772-plan-*")); len(files) != 2 {
		t.Errorf("the second case was not written: %v", files)
	}
}

func TestRenderRefusesTwoCasesWhoseNamesCollide(t *testing.T) {
	t.Parallel()
	dir, in := t.TempDir(), t.TempDir()
	first := writeFile(t, in, "a.yaml", goodCase)
	second := writeFile(t, in, "b.yaml", strings.Replace(goodCase, "ref: CG-TEST-0001", "ref: CG/TEST/0001", 1))
	code, _, stderr := run(t, "render", "--as-of", samples.Date, "--doc", "plan", "--format", "md", "-o", dir, first, second)
	if code != ExitFindings {
		t.Errorf("exit %d, want %d: %s", code, ExitFindings, stderr)
	}
	for _, part := range []string{second + ": not written", "CG/TEST/0001", "CG-TEST-0001 in " + first} {
		if !strings.Contains(stderr, part) {
			t.Errorf("stderr lacks %q:\n%s", part, stderr)
		}
	}
	got, err := os.ReadFile(filepath.Join(dir, "CG-TEST-0001-plan-en.md"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(got), "CG/TEST/0001") {
		t.Error("the second case's plan overwrote the first's")
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "*")); len(files) != 1 {
		t.Errorf("wrote %v, want the first case's plan only", files)
	}
}

func TestRenderGivesAFileNamedTwiceOnce(t *testing.T) {
	t.Parallel()
	dir, in := t.TempDir(), t.TempDir()
	path := writeFile(t, in, "a.yaml", goodCase)
	code, stdout, stderr := run(t, "render", "--as-of", samples.Date, "--doc", "plan", "--format", "md", "-o", dir, path, in, filepath.Join(in, ".", "a.yaml"))
	if code != ExitOK || strings.Count(stdout, "plan-en.md") != 1 {
		t.Errorf("exit %d\n%s%s", code, stdout, stderr)
	}
}

// TestATextMissingInTheLanguageIsTheSameErrorInValidateAndRender: an
// English case written in Welsh lacks its texts in Welsh; validate
// --doc-lang cy and render --lang cy report the same finding at the same
// place, and neither passes.
func TestATextMissingInTheLanguageIsTheSameErrorInValidateAndRender(t *testing.T) {
	good := writeFile(t, t.TempDir(), "good.yaml", goodCase)
	code, stdout, _ := run(t, "validate", "--as-of", samples.Date, "--doc-lang", "cy", good)
	if code != ExitFindings || !strings.Contains(stdout, ":15:12: error lang.missing-translation: ") {
		t.Errorf("validate: exit %d\n%s", code, stdout)
	}
	// render speaks the language of the person at the keyboard, English
	// unless they ask for Welsh ("gwall" is Welsh for error), whatever
	// the document's.
	keyboardEnglish(t)
	code, _, stderr := run(t, "render", "--as-of", samples.Date, "--doc", "plan", "--format", "md", "--lang", "cy", "-o", t.TempDir(), good)
	if code != ExitFindings || !strings.Contains(stderr, ":15:12: error lang.missing-translation: ") || !strings.Contains(stderr, "not written") {
		t.Errorf("render: exit %d\n%s", code, stderr)
	}
	code, _, stderr = run(t, "render", "--as-of", samples.Date, "--doc", "plan", "--format", "md", "--lang", "cy", "--ui-lang", "cy", "-o", t.TempDir(), good)
	if code != ExitFindings || !strings.Contains(stderr, ":15:12: gwall lang.missing-translation: ") {
		t.Errorf("render --ui-lang cy: exit %d\n%s", code, stderr)
	}
	if code, _, stderr := run(t, "render", "--as-of", samples.Date, "--doc", "plan", "--format", "md", "-o", t.TempDir(), good); code != ExitOK {
		t.Errorf("in English: exit %d\n%s", code, stderr)
	}
}

// TestRenderDatesAndNamesThePDF: without SOURCE_DATE_EPOCH a PDF is dated
// the day the case is checked as of, or the --meeting day; its creator
// names coregroup's version; the English half of a cy+en document is
// marked English.
func TestRenderDatesAndNamesThePDF(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "")
	dir := t.TempDir()
	if code, _, stderr := run(t, "render", "--as-of", "2026-02-03", "--doc", "plan", "--lang", "cy+en", "--format", "pdf", "-o", dir, "../../samples/wales-welsh.yaml"); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	pdfs, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if len(pdfs) == 0 {
		t.Fatal("no PDF written")
	}
	pdf, _ := os.ReadFile(pdfs[0])
	for _, want := range []string{"/CreationDate (D:20260203000000Z)", "<xmp:CreatorTool>coregroup " + Version() + "</xmp:CreatorTool>", "/Lang (cy)"} {
		if !bytes.Contains(pdf, []byte(want)) {
			t.Errorf("the PDF lacks %s", want)
		}
	}
	if code, _, stderr := run(t, "render", "--as-of", samples.Date, "--meeting", "2026-11-19", "--doc", "minutes", "--format", "pdf", "-o", dir, "../../samples/siblings.yaml"); code != ExitOK {
		t.Fatalf("minutes: exit %d: %s", code, stderr)
	}
	pdf, _ = os.ReadFile(filepath.Join(dir, "AB-CP-2026-0772-minutes-2026-11-19-en.pdf"))
	if !bytes.Contains(pdf, []byte("/CreationDate (D:20261119000000Z)")) {
		t.Error("the minutes are not dated the day of their meeting")
	}
}
