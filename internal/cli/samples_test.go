package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"coregroup/samples"
)

// TestGoodSamplesAreClean: the samples show what a finished case looks
// like, so as on their day they give no finding at all, not even a
// warning or a note, in the documents' languages (for the bilingual
// sample, Welsh and English both).
func TestGoodSamplesAreClean(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob("../../samples/*.yaml")
	if len(files) < 6 {
		t.Fatalf("found %d samples, want at least 6", len(files))
	}
	code, stdout, stderr := run(t, append([]string{"validate", "--as-of", samples.Date}, files...)...)
	if code != ExitOK || !strings.Contains(stdout, "Errors: 0. Warnings: 0. Notes: 0.") {
		t.Errorf("exit %d, stderr %s\n%s", code, stderr, stdout)
	}
	code, stdout, stderr = run(t, "validate", "--as-of", samples.Date, "--doc-lang", "cy+en", "../../samples/wales-welsh.yaml")
	if code != ExitOK || !strings.Contains(stdout, "Errors: 0. Warnings: 0. Notes: 0.") {
		t.Errorf("cy+en: exit %d, stderr %s\n%s", code, stderr, stdout)
	}
}

var wantComment = regexp.MustCompile(`#\s*want:\s*((?:[a-z]+\.[a-z0-9.-]+\s*)+)$`)

// TestProblemSamplesAreCaughtWhereWanted reads the "# want: RULE" comments
// in samples/with-problems/ and checks each planted problem is reported on
// its line, and nothing else is.
func TestProblemSamplesAreCaughtWhereWanted(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob("../../samples/with-problems/*.yaml")
	if len(files) == 0 {
		t.Fatal("no problem samples")
	}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		wants := map[string]bool{} // "line rule"
		for i, line := range strings.Split(string(src), "\n") {
			if m := wantComment.FindStringSubmatch(line); m != nil {
				for _, rule := range strings.Fields(m[1]) {
					wants[key(i+1, rule)] = true
				}
			}
		}
		if len(wants) == 0 {
			t.Errorf("%s: no want comments", path)
		}
		code, stdout, _ := run(t, "validate", "--format", "json", "--as-of", samples.Date, path)
		if code != ExitFindings {
			t.Errorf("%s: exit %d, want %d", path, code, ExitFindings)
		}
		var res struct {
			Findings []struct {
				Rule   string
				Line   int
				Column int
			}
		}
		if err := json.Unmarshal([]byte(stdout), &res); err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		for _, f := range res.Findings {
			got[key(f.Line, f.Rule)] = true
			if !wants[key(f.Line, f.Rule)] {
				t.Errorf("%s:%d:%d: unexpected %s", path, f.Line, f.Column, f.Rule)
			}
		}
		for w := range wants {
			if !got[w] {
				t.Errorf("%s: no finding for want %s", path, w)
			}
		}
	}
}

func key(line int, rule string) string { return fmt.Sprintf("%d %s", line, rule) }
