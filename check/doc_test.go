package check

import (
	"bytes"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite docs/rules.md")

// TestRulesDocIsCurrent keeps docs/rules.md equal to the list of rules; run
// "make gen" after adding or changing a rule.
func TestRulesDocIsCurrent(t *testing.T) {
	want := RulesDoc()
	if *update {
		if err := os.WriteFile("../docs/rules.md", want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile("../docs/rules.md")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("docs/rules.md is out of date: run make gen")
	}
	for _, r := range Rules() {
		if !bytes.Contains(got, []byte("\n## "+r.ID+"\n")) {
			t.Errorf("docs/rules.md lacks %s", r.ID)
		}
	}
}
