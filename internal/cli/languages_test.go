package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"coregroup/locales"
	"coregroup/samples"
)

// standIn writes a STAND-IN message file for lang into dir: English's
// messages under lang's tag, with the few replacements given (which must
// be words the test can vouch for), so that a test can add a language
// without shipping a translation no translator has checked.
func standIn(t *testing.T, dir, lang string, replace map[string]string) {
	t.Helper()
	src, err := os.ReadFile("../../locales/en.yaml")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	for i, l := range lines {
		id, _, ok := strings.Cut(l, ": ")
		if r, found := replace[id]; ok && found {
			lines[i] = id + ": '" + strings.ReplaceAll(r, "'", "''") + "'"
		}
	}
	out := "# STAND-IN for tests, not a translation: English under the tag " + lang + ".\n" + strings.Join(lines, "\n")
	if err := os.WriteFile(filepath.Join(dir, lang+".yaml"), []byte(out), 0o600); err != nil {
		t.Fatal(err)
	}
}

// caseIn writes a sample as a case whose family and texts are in lang.
func caseIn(t *testing.T, dir, lang string) string {
	t.Helper()
	src, err := os.ReadFile("../../samples/england-signs-of-safety.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := regexp.MustCompile(`(?m)^language: .*$`).ReplaceAllString(string(src), "language: "+lang+"\ntext_language: "+lang)
	path := filepath.Join(dir, "case-"+lang+".yaml")
	if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestALanguageFromAFolder: a Polish message file given to --locales
// renders a plan in Polish as PDF and HTML, which say on every page that
// no translator has vouched for the file; an Urdu one renders HTML right
// to left and refuses PDF with a message that says why and what to do.
// The message files are stand-ins (English under each tag), but for the
// Polish "page x of y" and fictitious banner, which the PDF must draw
// with its Polish letters.
func TestALanguageFromAFolder(t *testing.T) {
	t.Cleanup(locales.ResetAdded)
	dir, loc := t.TempDir(), t.TempDir()
	standIn(t, loc, "pl", map[string]string{"doc.page-of": "Strona {page} z {pages}", "doc.fictitious": "PRZYKŁAD FIKCYJNY: to nie jest prawdziwa sprawa"})
	standIn(t, loc, "ur", nil)
	out := filepath.Join(dir, "out")
	code, stdout, stderr := run(t, "render", "--locales", loc, "--as-of", samples.Date, "--format", "pdf,html", "--doc", "plan", "-o", out, caseIn(t, dir, "pl"))
	if code != ExitOK {
		t.Fatalf("pl: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "plan-pl.pdf") || !strings.Contains(stdout, "plan-pl.html") {
		t.Fatalf("pl wrote %s", stdout)
	}
	pdf, err := exec.Command("pdftotext", filepath.Join(out, "LM-CP-2026-0311-plan-pl.pdf"), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Strona 1 z ", "PRZYKŁAD FIKCYJNY", "UNCHECKED TRANSLATION (pl)"} {
		if !strings.Contains(string(pdf), want) {
			t.Errorf("the Polish PDF has no %q", want)
		}
	}
	page, _ := os.ReadFile(filepath.Join(out, "LM-CP-2026-0311-plan-pl.html"))
	for _, want := range []string{`<html lang="pl" dir="ltr">`, `"Strona " counter(page) " z " counter(pages)`, "UNCHECKED TRANSLATION (pl)"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("the Polish HTML has no %q", want)
		}
	}
	ur := caseIn(t, dir, "ur")
	code, _, stderr = run(t, "render", "--locales", loc, "--as-of", samples.Date, "--format", "pdf", "--doc", "plan", "-o", out, ur)
	if code != ExitFailed || !strings.Contains(stderr, "Urdu (ur) is written in the Arabic script") || !strings.Contains(stderr, "--format html") {
		t.Errorf("Urdu PDF: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "LM-CP-2026-0311-plan-ur.pdf")); err == nil {
		t.Error("an Urdu PDF was written")
	}
	code, _, stderr = run(t, "render", "--locales", loc, "--as-of", samples.Date, "--format", "html", "--doc", "plan", "-o", out, ur)
	if code != ExitOK {
		t.Fatalf("Urdu HTML: exit %d: %s", code, stderr)
	}
	page, _ = os.ReadFile(filepath.Join(out, "LM-CP-2026-0311-plan-ur.html"))
	if !strings.Contains(string(page), `<html lang="ur" dir="rtl">`) {
		t.Errorf("the Urdu page is not right to left: %.300s", page)
	}
}

// TestMessagesForANewLanguage: translate export --messages writes every
// message as a PO entry (the id its context, the English its msgid,
// what the language has its msgstr), and translate check judges a
// language from --locales as it judges Welsh.
func TestMessagesForANewLanguage(t *testing.T) {
	t.Cleanup(locales.ResetAdded)
	loc := t.TempDir()
	standIn(t, loc, "pl", map[string]string{"doc.page-of": "Strona {page} z {pages}", "doc.draft": "SZKIC {{.Oops}}"})
	code, po, stderr := run(t, "translate", "export", "--messages", "--lang", "pl", "--locales", loc)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	en, _ := os.ReadFile("../../locales/en.yaml")
	ids := regexp.MustCompile(`(?m)^[a-z][\w.-]*:`).FindAll(en, -1)
	if n := strings.Count(po, "\nmsgctxt "); n != len(ids) {
		t.Errorf("%d entries for %d English messages", n, len(ids))
	}
	for _, want := range []string{"msgctxt \"doc.page-of\"\nmsgid \"Page {page} of {pages}\"\nmsgstr \"Strona {page} z {pages}\"", "Language: pl"} {
		if !strings.Contains(po, want) {
			t.Errorf("no %q in the PO file", want)
		}
	}
	code, stdout, _ := run(t, "translate", "check", "--locales", loc)
	if code != ExitFindings || !regexp.MustCompile(`pl\.yaml:\d+: pl doc\.draft: placeholders`).MatchString(stdout) {
		t.Errorf("translate check: exit %d:\n%s", code, stdout)
	}
}
