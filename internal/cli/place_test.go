package cli

import (
	"path/filepath"
	"testing"

	"coregroup/samples"
)

func TestABlockTheTemplateBreaksNamesTheMarkdownLine(t *testing.T) {
	t.Parallel()
	tmpl := t.TempDir()
	writeFile(t, tmpl, "agenda.md.tmpl", "# {{t \"agenda.doc-title\"}}\n\n```scale\nscore: 12\n```\n")
	for _, format := range []string{"md", "pdf"} {
		dir := filepath.Join(t.TempDir(), "out") // made by render, for its owner only: no warning
		code, stdout, stderr := run(t, "render", "--as-of", samples.Date, "--doc", "agenda", "--templates", tmpl, "--format", format, "-o", dir, "../../samples/wales-resolution.yaml")
		want := "coregroup: ../../samples/wales-resolution.yaml: CTM-CP-2025-0219-agenda-tier2-2026-09-29-en: line 4 of its Markdown: scale block: score \"12\" is not a whole number from 0 to 10\n"
		if code != ExitFailed || stderr != want {
			t.Errorf("--format %s: exit %d: %q\nwant %q", format, code, stderr, want)
		}
		if files, _ := filepath.Glob(filepath.Join(dir, "*")); len(files) != 0 || stdout != "" {
			t.Errorf("--format %s: wrote %v", format, files)
		}
	}
}
