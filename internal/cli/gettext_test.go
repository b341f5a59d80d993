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
