package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"coregroup/casefile"
	"coregroup/internal/po"
)

const englishSample = "../../samples/wales-resolution.yaml"

// smallCase is an English case with two texts.
const smallCase = `# A small case for the translate tests.
version: 1
ref: CG-PO-1
policy: wales
children:
  - id: ella
    name: Ella Example
    views: I like school.   # her own words
    ethnicity: White Welsh
`

func readText(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func parsePO(t *testing.T, path, text string) *po.File {
	t.Helper()
	f, err := po.Parse(path, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestTranslateExport(t *testing.T) {
	t.Parallel()
	code, stdout, stderr := run(t, "translate", "export", "--lang", "cy", englishSample)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, part := range []string{
		"\"Language: cy\\n\"",
		"\"Content-Type: text/plain; charset=UTF-8\\n\"",
		"(n==6) ? 4 : 5;\\n\"",
		"#. Case CTM-CP-2025-0219, children[jayden].plan.worries[w-drugs].child: The same worry in words the child will understand.\n",
		"#. Appears in: the plan and the full plan.\n#. Names of people and places are not translated.\n#: " + englishSample + ":",
		"msgctxt \"CTM-CP-2025-0219|children[jayden].plan.worries[w-drugs].child\"\n",
		"msgctxt \"CTM-CP-2025-0219|meetings[0].working_well[0]\"\n",
		"#. Appears in: the minutes.\n",
		"#. Appears in: the resolution forms (request, agenda and record).\n",
	} {
		if !strings.Contains(stdout, part) {
			t.Errorf("the PO file lacks %q", part)
		}
	}
	// The dates are the latest day the case records, not the clock, so
	// the same case gives the same bytes.
	if !strings.Contains(stdout, "\"PO-Revision-Date: 2026-") || strings.Contains(stdout, time.Now().Format("2006-01-02 15:04")) {
		t.Error("the PO file's revision date is not the case's latest day")
	}
	file := parsePO(t, "stdout", stdout)
	for _, e := range file.Entries {
		if e.Str != "" || e.ID == "" {
			t.Errorf("%s: msgid %q msgstr %q", e.Context, e.ID, e.Str)
		}
	}
	if _, again, _ := run(t, "translate", "export", "--lang", "cy", englishSample); again != stdout {
		t.Error("two exports differ")
	}

	out := filepath.Join(t.TempDir(), "cy.po")
	if code, stdout2, stderr := run(t, "translate", "export", englishSample, "--lang", "cy", "-o", out); code != ExitOK || stdout2 != "" {
		t.Fatalf("-o: exit %d, stdout %q, %s", code, stdout2, stderr)
	}
	if readText(t, out) != stdout {
		t.Error("-o writes other bytes than standard output")
	}
}

func TestTranslateExportFails(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	a := writeFile(t, dir, "a.yaml", smallCase)
	b := writeFile(t, dir, "b.yaml", smallCase)
	bad := writeFile(t, dir, "bad.yaml", badCase)
	tests := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"no files", []string{"--lang", "cy"}, "usage"},
		{"no --lang", []string{a}, "--lang cy"},
		{"not a language", []string{"--lang", "welsh!", a}, "not a language tag"},
		{"into the source language", []string{"--lang", "en-GB", a}, "source language"},
		{"two cases with one ref", []string{"--lang", "cy", a, b}, "same ref CG-PO-1"},
		{"a case that does not load", []string{"--lang", "cy", bad}, "does not load"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := run(t, append([]string{"translate", "export"}, tt.args...)...)
			if code != ExitFailed || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("exit %d, stderr %q, want %q", code, stderr, tt.stderr)
			}
		})
	}
}

// fill translates every entry of a PO file as "CY: " and its msgid.
func fill(t *testing.T, path string) {
	t.Helper()
	file := parsePO(t, path, readText(t, path))
	for i := range file.Entries {
		file.Entries[i].Str = "CY: " + file.Entries[i].ID
	}
	if err := os.WriteFile(path, file.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestTranslateRoundTrip(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	original := readText(t, englishSample)
	path := writeFile(t, dir, "case.yaml", original)
	po := filepath.Join(dir, "cy.po")
	if code, _, stderr := run(t, "translate", "export", "--lang", "cy", "-o", po, path); code != ExitOK {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	fill(t, po)
	entries := len(parsePO(t, po, readText(t, po)).Entries)
	code, stdout, stderr := run(t, "translate", "import", po, path)
	if code != ExitOK || entries == 0 || !strings.Contains(stdout, fmt.Sprintf("%s: %d texts translated", path, entries)) {
		t.Fatalf("import: exit %d\n%s%s", code, stdout, stderr)
	}

	_, before, _ := casefile.KeyedTexts("before.yaml", []byte(original))
	_, after, probs := casefile.KeyedTexts(path, []byte(readText(t, path)))
	if probs.Err() != nil || len(after) != len(before) {
		t.Fatalf("%d texts after, %d before: %v", len(after), len(before), probs.Err())
	}
	for i, b := range before {
		a := after[i]
		en, _ := a.Text.In("en", "en")
		cy, _ := a.Text.In("cy", "en")
		if a.Path != b.Path || en != b.Text.Plain || cy != "CY: "+b.Text.Plain {
			t.Errorf("%s: en %q, cy %q; was %q", a.Path, en, cy, b.Text.Plain)
		}
	}
	var comments []string
	for _, l := range strings.Split(original, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "#") {
			comments = append(comments, l)
		}
	}
	afterLines := strings.Split(readText(t, path), "\n")
	i := 0
	for _, c := range comments {
		for i < len(afterLines) && afterLines[i] != c {
			i++
		}
		if i == len(afterLines) {
			t.Fatalf("comment lost or moved: %q", c)
		}
	}

	// Exported again, every text is translated; imported again, no byte changes.
	code, again, _ := run(t, "translate", "export", "--lang", "cy", path)
	if code != ExitOK {
		t.Fatalf("second export: exit %d", code)
	}
	for _, e := range parsePO(t, "again", again).Entries {
		if e.Str != "CY: "+e.ID {
			t.Errorf("%s: msgstr %q after the import", e.Context, e.Str)
		}
	}
	translated := readText(t, path)
	if code, stdout, stderr := run(t, "translate", "import", po, path); code != ExitOK || !strings.Contains(stdout, "0 texts translated in 0 case files") {
		t.Errorf("second import: exit %d\n%s%s", code, stdout, stderr)
	}
	if readText(t, path) != translated {
		t.Error("importing the same PO file again changed the case file")
	}
}

func TestTranslateImportOfABilingualCaseChangesNothing(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	original := readText(t, "../../samples/wales-welsh.yaml")
	path := writeFile(t, dir, "welsh.yaml", original)
	po := filepath.Join(dir, "cy.po")
	if code, _, stderr := run(t, "translate", "export", "--lang", "cy", "-o", po, path); code != ExitOK {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	for _, e := range parsePO(t, po, readText(t, po)).Entries {
		if e.Str == "" {
			t.Errorf("%s has no Welsh", e.Context)
		}
	}
	if code, stdout, stderr := run(t, "translate", "import", po, path); code != ExitOK || readText(t, path) != original {
		t.Errorf("import: exit %d\n%s%s", code, stdout, stderr)
	}
}

func TestTranslateImportLeavesOutWhatMatchesNothing(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := writeFile(t, dir, "case.yaml", smallCase)
	po := writeFile(t, dir, "cy.po", `msgid ""
msgstr "Language: cy\n"

msgctxt "CG-PO-1|children[ella].views"
msgid "I like school."
msgstr "Dw i'n hoffi'r ysgol."

msgctxt "CG-PO-1|children[nobody].views"
msgid "Gone."
msgstr "Wedi mynd."

msgctxt "CG-OTHER|children[ella].views"
msgid "I like school."
msgstr "Dw i'n hoffi'r ysgol."

msgctxt "CG-PO-1|children[ella].ethnicity"
msgid "White British"
msgstr "Prydeiniwr gwyn"

#, fuzzy
msgctxt "CG-PO-1|children[ella].ethnicity"
msgid "White Welsh"
msgstr "Cymro gwyn?"
`)
	code, stdout, stderr := run(t, "translate", "import", po, path)
	if code != ExitFindings {
		t.Errorf("exit %d, want %d", code, ExitFindings)
	}
	for _, part := range []string{
		po + ":8: msgctxt \"CG-PO-1|children[nobody].views\" matches nothing",
		po + ":12: msgctxt \"CG-OTHER|children[ella].views\" matches nothing: no case file given has ref CG-OTHER",
		po + ":16: the en text of children[ella].ethnicity has changed since the export",
	} {
		if !strings.Contains(stderr, part) {
			t.Errorf("stderr lacks %q:\n%s", part, stderr)
		}
	}
	if !strings.Contains(stdout, "3 entries left out") {
		t.Errorf("stdout: %s", stdout)
	}
	want := strings.Replace(smallCase, "views: I like school.", `views: {cy: Dw i'n hoffi'r ysgol., en: I like school.}`, 1)
	if got := readText(t, path); got != want {
		t.Errorf("the matching entry is not merged, or the fuzzy one is:\n%s", got)
	}
}

func TestTranslateImportFails(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := writeFile(t, dir, "case.yaml", smallCase)
	bad := writeFile(t, dir, "bad.po", "msgid \"\"\nmsgstr \"Language: cy\\n\"\nmsgid \"a\" oops\nmsgstr \"\"\n")
	noLang := writeFile(t, dir, "nolang.po", "msgctxt \"CG-PO-1|children[ella].views\"\nmsgid \"I like school.\"\nmsgstr \"Helo\"\n")
	good := writeFile(t, dir, "good.po", "msgid \"\"\nmsgstr \"Language: cy\\n\"\n")
	entry := "msgctxt \"CG-PO-1|children[ella].views\"\nmsgid \"I like school.\"\nmsgstr \"I love school.\"\n"
	english := writeFile(t, dir, "en.po", "msgid \"\"\nmsgstr \"Language: en-GB\\n\"\n\n"+entry)
	welshSource := writeFile(t, dir, "from-cy.po", "msgid \"\"\nmsgstr \"Language: cy\\nX-Source-Language: cy\\n\"\n")
	tests := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"a PO syntax error", []string{bad, path}, "bad.po:3: text after the closing quote"},
		{"no case file", []string{good}, "usage"},
		{"no language", []string{noLang, path}, "no Language header"},
		{"another language", []string{"--lang", "de", good, path}, "is in cy, not de"},
		{"no PO file", []string{filepath.Join(dir, "none.po"), path}, "none.po"},
		{"the source language by header", []string{english, path}, "is in en-GB, the language it was translated from"},
		{"the source language by flag", []string{"--lang", "en", noLang, path}, "is in en, the language it was translated from"},
		{"the source language by X-Source-Language", []string{welshSource, path}, "is in cy, the language it was translated from"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := run(t, append([]string{"translate", "import"}, tt.args...)...)
			if code != ExitFailed || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("exit %d, stderr %q, want %q", code, stderr, tt.stderr)
			}
			if readText(t, path) != smallCase {
				t.Error("the case file changed")
			}
		})
	}
}

func TestTranslateImportRefusesTheCasePlainLanguage(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	welshCase := strings.Replace(smallCase, "policy: wales\n", "policy: wales\ntext_language: cy\n", 1)
	path := writeFile(t, dir, "case.yaml", welshCase)
	po := writeFile(t, dir, "cy.po", "msgid \"\"\nmsgstr \"Language: cy\\n\"\n\nmsgctxt \"CG-PO-1|children[ella].views\"\nmsgid \"I like school.\"\nmsgstr \"Helo\"\n")
	code, _, stderr := run(t, "translate", "import", po, path)
	if code != ExitFindings || !strings.Contains(stderr, "children[ella].views of "+path+" is written in cy already") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if readText(t, path) != welshCase {
		t.Error("the case file changed")
	}
}
