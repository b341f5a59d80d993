package check

import (
	"bytes"
	"testing"

	"coregroup/internal/golden"
)

// TestRulesDocIsCurrent keeps docs/rules.md equal to the list of rules; run
// "make gen" after adding or changing a rule.
func TestRulesDocIsCurrent(t *testing.T) {
	doc := RulesDoc()
	golden.Check(t, "../docs/rules.md", doc)
	for _, r := range Rules() {
		if !bytes.Contains(doc, []byte("\n## "+r.ID+"\n")) {
			t.Errorf("docs/rules.md lacks %s", r.ID)
		}
	}
}
