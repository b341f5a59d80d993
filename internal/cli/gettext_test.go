package cli

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"coregroup/internal/xliff"
)

// gettextTool runs a GNU gettext program (Debian's gettext package, which
// .ci/run installs) and returns its output; a warning fails the test.
func gettextTool(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	if strings.Contains(string(out), "warning") {
		t.Errorf("%s %s warns:\n%s", name, strings.Join(args, " "), out)
	}
	return string(out)
}

// TestExportIsGettext: msgfmt --check accepts the export, headers and
// all, without a warning; msgcat --sort-by-file reads its references as
// file:line, so sorting by file keeps the texts in the order of their
// lines (a reference file:line:col would be read as a file named
// file:line, and line 100 would sort before line 12).
func TestExportIsGettext(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	po := filepath.Join(dir, "cy.po")
	if code, _, stderr := run(t, "translate", "export", "--lang", "cy", "--translator", "Nia Example <nia@example.org>", "-o", po, englishSample); code != ExitOK {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	gettextTool(t, "msgfmt", "--check", "--check-header", "-o", filepath.Join(dir, "cy.mo"), po)
	for _, h := range []string{"PO-Revision-Date: 2026-", "POT-Creation-Date: 2026-", "Last-Translator: Nia Example <nia@example.org>", "Language-Team: Welsh"} {
		if !strings.Contains(readText(t, po), h) {
			t.Errorf("the header lacks %s", h)
		}
	}
	sorted := gettextTool(t, "msgcat", "--sort-by-file", po)
	ref := regexp.MustCompile(`(?m)^#: (\S+):(\d+)$`)
	refs := ref.FindAllStringSubmatch(sorted, -1)
	if len(refs) < 20 {
		t.Fatalf("msgcat kept %d references of the form file:line", len(refs))
	}
	last := 0
	for _, r := range refs {
		line, _ := strconv.Atoi(r[2])
		if r[1] != englishSample || line < last {
			t.Fatalf("msgcat --sort-by-file put %s:%s after line %d", r[1], r[2], last)
		}
		last = line
	}
}

// TestXLIFFRoundTrip: the XLIFF 2.0 export is well-formed XML (xmllint),
// names each unit by its key, and its translations import as the PO
// file's do; a unit in state initial is a draft import leaves out.
func TestXLIFFRoundTrip(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := writeFile(t, dir, "case.yaml", readText(t, englishSample))
	xlf := filepath.Join(dir, "cy.xlf")
	if code, _, stderr := run(t, "translate", "export", "--lang", "cy", "-o", xlf, path); code != ExitOK {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	gettextTool(t, "xmllint", "--noout", xlf)
	text := readText(t, xlf)
	if !strings.Contains(text, `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="cy">`) ||
		!strings.Contains(text, `name="CTM-CP-2025-0219|children[jayden].plan.worries[w-drugs].child"`) {
		t.Fatalf("not XLIFF 2.0 with the keys as unit names:\n%.600s", text)
	}
	// A translator fills every target but leaves the first a draft.
	source := regexp.MustCompile(`(?s)<source>(.*?)</source>`)
	n := 0
	text = source.ReplaceAllStringFunc(text, func(s string) string {
		n++
		m := source.FindStringSubmatch(s)
		return s + "\n        <target>CY: " + m[1] + "</target>"
	})
	text = strings.Replace(text, `state="initial"`, `state="translated"`, -1)
	text = strings.Replace(text, `state="translated"`, `state="initial"`, 1)
	writeFile(t, dir, "cy.xlf", text)
	code, stdout, stderr := run(t, "translate", "import", xlf, path)
	if code != ExitOK || !strings.Contains(stdout, path+": "+strconv.Itoa(n-1)+" texts translated") {
		t.Fatalf("import: exit %d\n%s%s", code, stdout, stderr)
	}
	if !strings.Contains(readText(t, path), "cy: 'CY: ") && !strings.Contains(readText(t, path), "cy: CY: ") && !strings.Contains(readText(t, path), "cy: \"CY: ") {
		t.Error("the case file has no Welsh after the import")
	}
	bad := writeFile(t, dir, "bad.xlf", "<xliff xmlns=\""+xliff.Namespace+"\" version=\"2.0\" srcLang=\"en\">\n<file id=\"f\">\n<unit id=\"u\">\n</file>\n</xliff>\n")
	if code, _, stderr := run(t, "translate", "import", bad, path); code != ExitFailed || !strings.Contains(stderr, "bad.xlf:4:") {
		t.Errorf("a broken XLIFF file: exit %d, %s", code, stderr)
	}
}

// TestStaleTranslations: after an English text is edited, export with
// the previous PO file writes its old Welsh fuzzy with the old English
// (#| msgid), the entries msgmerge --previous marks so, with the same
// previous text; translate check reports the text at its Welsh's line;
// import leaves the fuzzy entry out.
func TestStaleTranslations(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := writeFile(t, dir, "case.yaml", readText(t, englishSample))
	old := filepath.Join(dir, "cy.po")
	if code, _, stderr := run(t, "translate", "export", "--lang", "cy", "-o", old, path); code != ExitOK {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	fill(t, old)
	if code, stdout, stderr := run(t, "translate", "import", old, path); code != ExitOK {
		t.Fatalf("import: exit %d\n%s%s", code, stdout, stderr)
	}
	// The English of one worry is edited.
	edited := strings.Replace(readText(t, path), "Every hair strand test", "Every hair-strand test", 1)
	writeFile(t, dir, "case.yaml", edited)

	cur := filepath.Join(dir, "new.po")
	code, _, stderr := run(t, "translate", "export", "--lang", "cy", "--previous", old, "-o", cur, path)
	if code != ExitOK || !strings.Contains(stderr, "1 translations made from a text that has changed") {
		t.Fatalf("export --previous: exit %d: %s", code, stderr)
	}
	ours := fuzzyEntries(t, readText(t, cur))
	const key = "CTM-CP-2025-0219|children[jayden].plan.worries[w-drugs].text"
	if len(ours) != 1 || !strings.Contains(ours[key], "msgctxt "+key+"Chelsea and Ryan use cocaine and cannabis. Every hair strand test") {
		t.Fatalf("fuzzy entries %v, want %s with the old English", ours, key)
	}
	// msgmerge --previous, given the old translations and the new export
	// as the template, marks the same entry with the same previous msgid.
	pot := filepath.Join(dir, "new.pot")
	if code, _, stderr := run(t, "translate", "export", "--lang", "cy", "-o", pot, path); code != ExitOK {
		t.Fatalf("export: %s", stderr)
	}
	merged := gettextTool(t, "msgmerge", "--quiet", "--previous", "--no-wrap", old, pot)
	theirs := fuzzyEntries(t, merged)
	if ours[key] != theirs[key] || len(theirs) != 1 {
		t.Errorf("msgmerge marks %v\nexport marks %v", theirs, ours)
	}
	gettextTool(t, "msgfmt", "--check", "-o", filepath.Join(dir, "new.mo"), cur)

	code, stdout, _ := run(t, "translate", "check", "--previous", old, path)
	if code != ExitFindings || !regexp.MustCompile(path+`:\d+:\d+: children\[jayden\]\.plan\.worries\[w-drugs\]\.text: stale`).MatchString(stdout) {
		t.Errorf("translate check --previous: exit %d\n%s", code, stdout)
	}
	if code, stdout, stderr := run(t, "translate", "import", cur, path); code != ExitOK || !strings.Contains(stdout, "0 texts translated") {
		t.Errorf("import of the fuzzy entry: exit %d\n%s%s", code, stdout, stderr)
	}
}

// fuzzyEntries maps the msgctxt of each fuzzy entry of a PO file to its
// "#|" lines, joined, with the line breaks of wrapped strings removed.
func fuzzyEntries(t *testing.T, text string) map[string]string {
	t.Helper()
	f := parsePO(t, "x.po", text)
	out := map[string]string{}
	for _, e := range f.Entries {
		if e.Fuzzy() {
			prev := strings.Join(e.Previous, "")
			prev = strings.NewReplacer(`msgid ""`, "", `""`, "", `"`, "", "msgid ", "").Replace(prev)
			out[e.Context] = prev
		}
	}
	return out
}
