package check

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// wantComment is the "# want: RULE RULE" comment that marks, in a case file
// under testdata/cases, the line each finding must be reported on; a rule
// named twice is two findings on the line.
var wantComment = regexp.MustCompile(`#\s*want:\s*((?:[a-z]+\.[a-z0-9.-]+\s*)+)$`)

// TestCaseFiles runs every rule over each case in testdata/cases and wants
// exactly the findings its "# want:" comments name, on their lines: a
// planted fault must be found where it is, and nothing else may be. A file
// named *.quiet.yaml is a near miss, a case that looks like a fault but is
// allowed, and must give no finding at all.
func TestCaseFiles(t *testing.T) {
	paths, err := filepath.Glob("testdata/cases/*.yaml")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no case files: %v", err)
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want := wants(string(src))
			quiet := strings.HasSuffix(path, ".quiet.yaml")
			switch {
			case quiet && len(want) > 0:
				t.Fatal("a near miss (*.quiet.yaml) has want comments")
			case !quiet && len(want) == 0:
				t.Fatal("no want comments: name the near miss *.quiet.yaml")
			}
			got := map[string]int{}
			for _, f := range runCase(t, string(src)) {
				k := fmt.Sprintf("%d %s", f.Pos.Line, f.Rule)
				got[k]++
				if got[k] > want[k] {
					t.Errorf("line %d: unexpected %s: %s %v", f.Pos.Line, f.Rule, f.Message.ID, f.Message.Data)
				}
			}
			var missed []string
			for k, n := range want {
				if got[k] < n {
					missed = append(missed, fmt.Sprintf("%s (%d of %d)", k, got[k], n))
				}
			}
			sort.Strings(missed)
			for _, k := range missed {
				t.Errorf("line %s not reported", k)
			}
		})
	}
}

// wants returns how many findings of each "line rule" the want comments
// of src ask for: a rule named twice on a line is two findings.
func wants(src string) map[string]int {
	out := map[string]int{}
	for i, line := range strings.Split(src, "\n") {
		if m := wantComment.FindStringSubmatch(line); m != nil {
			for _, rule := range strings.Fields(m[1]) {
				out[fmt.Sprintf("%d %s", i+1, rule)]++
			}
		}
	}
	return out
}
