package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"coregroup/samples"
)

// TestDocumentsAreSetInAndikaAndStaySmall renders every document of two
// samples and wants pdffonts to list Andika only, and each plan's PDF
// under 80 KB: the fonts are subset, once at development time and again
// by fpdf to the characters a document uses.
func TestDocumentsAreSetInAndikaAndStaySmall(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if code, _, stderr := run(t, "render", "--as-of", samples.Date, "--format", "pdf", "-o", dir,
		"../../samples/siblings.yaml", "../../samples/wales-welsh.yaml"); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if len(files) < 8 {
		t.Fatalf("only %d documents", len(files))
	}
	for _, f := range files {
		out, err := exec.Command("pdffonts", f).Output()
		if err != nil {
			t.Fatalf("pdffonts %s: %v", f, err)
		}
		rows := strings.Split(strings.TrimSpace(string(out)), "\n")[2:]
		for _, r := range rows {
			if !strings.HasPrefix(r, "utf8andika") {
				t.Errorf("%s: a font other than Andika: %s", filepath.Base(f), r)
			}
		}
		if info, _ := os.Stat(f); strings.Contains(f, "-plan-") && info.Size() > 80_000 {
			t.Errorf("%s is %d bytes, more than 80 KB", filepath.Base(f), info.Size())
		}
	}
}
