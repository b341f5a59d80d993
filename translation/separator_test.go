package translation

import (
	"strings"
	"testing"
)

// TestSpliceAfterALineSeparator: import finds a text after a U+2028 in a
// quoted value, which the YAML parser counts as a line break, and changes
// nothing else.
func TestSpliceAfterALineSeparator(t *testing.T) {
	src := strings.Replace(minimal(t), "    name: Ella Example\n",
		"    name: \"Ella\u2028Example\"\n    plan:\n      worries:\n        - id: w1\n          text: Late\n", 1)
	out, n, err := Splice("case.yaml", []byte(src), "cy", "en", map[string]string{"children[ella].plan.worries[w1].text": "Hwyr"})
	if err != nil || n != 1 {
		t.Fatalf("Splice: %d, %v", n, err)
	}
	want := strings.Replace(src, "text: Late", "text: {cy: Hwyr, en: Late}", 1)
	if string(out) != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}
