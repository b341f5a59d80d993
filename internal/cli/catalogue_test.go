package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coregroup/casefile"
	"coregroup/internal/golden"
	"coregroup/report"
	"coregroup/samples"
)

// catalogue is the folder of malformed and hostile case files, each with
// the golden file of what a user sees.
const catalogue = "../../testdata/catalogue"

// TestCatalogueOfBadInput runs validate and render over every case file in
// the catalogue and compares what a user sees with the golden file beside
// it: each finding with its line and column, the exit codes, and the files
// render writes. A case that does not load or check cleanly exits 1 or 2
// and writes nothing; only the few that must load (a BOM, CRLF line
// breaks, line breaks written as escapes) write their documents, and
// those hold no carriage return or control character. make golden
// rewrites the golden files.
func TestCatalogueOfBadInput(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs(catalogue)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if len(files) < 40 {
		t.Fatalf("the catalogue has %d cases, want at least 40", len(files))
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(strings.TrimSuffix(name, ".yaml"), func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, strings.TrimSuffix(path, ".yaml")+".golden", []byte(runCatalogueCase(t, name, src)))
		})
	}
}

// TestCatalogueTooLargeFile: a file over the size limit is refused before
// it is parsed. It is made here rather than kept in the catalogue.
func TestCatalogueTooLargeFile(t *testing.T) {
	t.Parallel()
	src := append([]byte("version: 1\nref: "), bytes.Repeat([]byte("x"), casefile.MaxSize)...)
	got := runCatalogueCase(t, "huge.yaml", src)
	want := "$ coregroup validate huge.yaml\nexit 1\nhuge.yaml: error load.too-large: the file is larger than 4 MiB: check it is a case file\n"
	if !strings.HasPrefix(got, want) || !strings.HasSuffix(got, "written: nothing\n") {
		t.Errorf("got\n%s", got)
	}
}

// runCatalogueCase writes src as name in a folder of its own, runs
// validate and render on it there, checks what must always hold, and
// returns the transcript, in which the folder is left out of every path
// (as if run in it), so that the cases can run side by side.
func runCatalogueCase(t *testing.T, name string, src []byte) string {
	dir := t.TempDir()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, src, 0o600); err != nil {
		t.Fatal(err)
	}
	here := strings.NewReplacer(dir+string(filepath.Separator), "")
	var b strings.Builder
	code, stdout, stderr := run(t, "validate", "--as-of", samples.Date, path)
	fmt.Fprintf(&b, "$ coregroup validate %s\nexit %d\n%s%s", name, code, here.Replace(stdout), here.Replace(stderr))
	out := filepath.Join(dir, "out")
	rcode, rstdout, rstderr := run(t, "render", "--as-of", samples.Date, "--format", "md", "-o", out, path)
	fmt.Fprintf(&b, "\n$ coregroup render --format md -o out %s\nexit %d\n%s", name, rcode, here.Replace(rstderr))
	written, _ := filepath.Glob(filepath.Join(out, "*"))
	if len(written) == 0 {
		b.WriteString("written: nothing\n")
	} else {
		fmt.Fprintf(&b, "written: %d files\n", len(written))
	}
	switch {
	case code != rcode && !(code == ExitOK && rcode == ExitFindings):
		t.Errorf("validate exits %d but render %d", code, rcode)
	case code != ExitOK && len(written) > 0:
		t.Errorf("a case with errors (exit %d) wrote %v", code, written)
	case code == ExitOK && strings.TrimSpace(rstdout) == "":
		t.Errorf("a case that loads wrote nothing")
	}
	for _, out := range written {
		md, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if s := string(md); report.Printable(strings.ReplaceAll(s, "\n", "")) != strings.ReplaceAll(s, "\n", "") {
			t.Errorf("%s holds a carriage return or a control character", out)
		}
	}
	return b.String()
}
