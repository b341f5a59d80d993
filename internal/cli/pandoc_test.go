package cli

import (
	"archive/zip"
	"io"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestMarkdownThroughPandocIsMarked: a Welsh plan's Markdown, through
// pandoc (Debian's, which .ci/run installs) into Word, is a document with
// the plan's title, in Welsh, marked at its top and its foot with the
// protective marking, the case reference and the fictitious banner, with
// the marking and the reference among its properties.
func TestMarkdownThroughPandocIsMarked(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if code, _, stderr := run(t, "render", "--as-of", "2026-03-02", "--doc", "plan", "--format", "md", "-o", dir, "../../samples/wales-welsh.yaml"); code != ExitOK {
		t.Fatalf("render: exit %d: %s", code, stderr)
	}
	md := filepath.Join(dir, "CTM-CP-2026-0388-plan-cy.md")
	docx := filepath.Join(dir, "plan.docx")
	if out, err := exec.Command("pandoc", "-f", "markdown", "-t", "docx", "-o", docx, md).CombinedOutput(); err != nil {
		t.Fatalf("pandoc: %v\n%s", err, out)
	}
	z, err := zip.OpenReader(docx)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	part := func(name string) string {
		f, err := z.Open(name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		return string(b)
	}
	core, styles, custom := part("docProps/core.xml"), part("word/styles.xml"), part("docProps/custom.xml")
	text := regexp.MustCompile(`<[^>]+>`).ReplaceAllString(part("word/document.xml"), " ")
	for _, want := range []string{"<dc:title>Cynllun Gethin</dc:title>", "<dc:language>cy</dc:language>", "SWYDDOGOL-SENSITIF · CTM-CP-2026-0388"} {
		if !strings.Contains(core, want) {
			t.Errorf("docProps/core.xml lacks %s:\n%s", want, core)
		}
	}
	if !strings.Contains(styles, `w:val="cy"`) {
		t.Error("the Word document's language is not Welsh")
	}
	for _, want := range []string{"protective-marking", "case-reference", "coregroup "} {
		if !strings.Contains(custom, want) {
			t.Errorf("docProps/custom.xml lacks %s", want)
		}
	}
	for _, want := range []string{"SWYDDOGOL-SENSITIF", "CTM-CP-2026-0388", "ENGHRAIFFT DDYCHMYGOL"} {
		first, last := strings.Index(text, want), strings.LastIndex(text, want)
		if first < 0 || first > len(text)/10 || last < len(text)*9/10 {
			t.Errorf("%s is not at the top and the foot of the Word document (at %d and %d of %d)", want, first, last, len(text))
		}
	}
}
