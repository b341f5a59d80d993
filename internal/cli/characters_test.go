package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coregroup/samples"
)

// TestCharactersTheTypefaceLacksAreWarnedOfNotRefused gives a sample an
// emoji, a check mark, a name in Arabic script and a zero-width space
// (written as a YAML escape), and expects validate to warn of each at its
// line and column, and render to write every document: the Markdown as
// written, the PDF with stand-ins and without the invisible characters
// (a zero-width space and a right-to-left override).
func TestCharactersTheTypefaceLacksAreWarnedOfNotRefused(t *testing.T) {
	t.Parallel()
	src, err := os.ReadFile("../../samples/siblings.yaml")
	if err != nil {
		t.Fatal(err)
	}
	bad := string(src)
	for _, e := range [][2]string{
		{"          child: You have been missing school, feeling tired and getting detentions.\n",
			"          child: You have been missing school 🙁 ✓\n"},
		{"    name: Danielle Whitfield\n", "    name: \"Danielle (دانيال) \\u200bWhit\\u202efield\"\n"},
	} {
		if !strings.Contains(bad, e[0]) {
			t.Fatalf("the sample lacks %q", e[0])
		}
		bad = strings.Replace(bad, e[0], e[1], 1)
	}
	path := writeSample(t, "chars.yaml", bad)
	worry, name := lineOf(bad, "missing school 🙁"), lineOf(bad, "Danielle (دانيال)")

	code, stdout, stderr := run(t, "validate", "--as-of", samples.Date, path)
	for _, want := range []string{
		fmt.Sprintf("%s:%d:18: warning text.no-glyph: the documents' typeface has no letter for U+1F641 '🙁' (slightly frowning face): the PDF prints [slightly frowning face] in its place", path, worry),
		fmt.Sprintf("%s:%d:11: warning text.no-glyph: the documents' typeface has no letter for U+062F 'د' (arabic letter dal), U+0627 'ا' (arabic letter alef), U+0646 'ن' (arabic letter noon), +2: the PDF prints [Arabic] in its place", path, name),
		fmt.Sprintf("%s:%d:11: warning text.invisible: this text holds an invisible character that can change how it reads, U+200B (zero width space)", path, name),
		"U+202E (right-to-left override)",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("validate lacks\n%s\nexit %d:\n%s%s", want, code, stdout, stderr)
		}
	}
	if strings.Contains(stdout, "✓") {
		t.Errorf("validate warns of a check mark, which Andika has:\n%s", stdout)
	}
	code, stdout, stderr = run(t, "validate", "--lang", "cy", "--as-of", samples.Date, path)
	if !strings.Contains(stdout, fmt.Sprintf(":%d:18: rhybudd text.no-glyph: nid oes gan ffurfdeip y dogfennau lythyren ar gyfer U+1F641", worry)) {
		t.Errorf("validate --lang cy, exit %d:\n%s%s", code, stdout, stderr)
	}

	dir := t.TempDir()
	code, _, stderr = run(t, "render", "--as-of", samples.Date, "--doc", "plan", "-o", dir, path)
	if code != ExitOK {
		t.Fatalf("render: exit %d: %s", code, stderr)
	}
	md, err := os.ReadFile(filepath.Join(dir, "AB-CP-2026-0772-plan-leo-en.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(md), "You have been missing school 🙁 ✓") {
		t.Errorf("the Markdown does not keep the text as written:\n%s", md)
	}
	text := pdfText(t, filepath.Join(dir, "AB-CP-2026-0772-plan-leo-en.pdf"))
	for _, want := range []string{"You have been missing school [slightly frowning face] ✓", "Danielle ([Arabic]) Whitfield"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q:\n%s", want, text)
		}
	}
	if strings.ContainsAny(text, "\u200b\u202e") {
		t.Error("the PDF keeps an invisible character")
	}
}
