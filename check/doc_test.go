package check

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
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

// TestRulesDocCitesOnlyWhatExists: every document docs/rules.md links to
// is in docs/, every numbered source it cites is listed in
// docs/sources.md, and it points nowhere outside the repository.
func TestRulesDocCitesOnlyWhatExists(t *testing.T) {
	doc := string(RulesDoc())
	for _, m := range regexp.MustCompile(`\]\(([^)#]+)`).FindAllStringSubmatch(doc, -1) {
		if _, err := os.Stat(filepath.Join("..", "docs", m[1])); err != nil {
			t.Errorf("docs/rules.md links to %s: %v", m[1], err)
		}
	}
	sources, err := os.ReadFile("../docs/sources.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range Rules() {
		if strings.Contains(r.Source, "/") {
			t.Errorf("%s: source %q names a path; cite a numbered source or a document in docs/", r.ID, r.Source)
		}
		for _, n := range regexp.MustCompile(`\b00\d\b`).FindAllString(r.Source, -1) {
			if !strings.Contains(string(sources), "| "+n+" |") {
				t.Errorf("%s cites source %s, which docs/sources.md does not list", r.ID, n)
			}
		}
		if !regexp.MustCompile(`\b00\d\b|\.md\b`).MatchString(r.Source) {
			t.Errorf("%s: source %q cites neither a numbered source nor a document", r.ID, r.Source)
		}
	}
}

// TestDutiesNameRules: every duty of the table in docs/rules.md names rules
// that exist, or says why none checks it.
func TestDutiesNameRules(t *testing.T) {
	ids := map[string]bool{}
	for _, r := range Rules() {
		ids[r.ID] = true
	}
	for _, d := range duties {
		if d.Source == "" || d.Says == "" {
			t.Errorf("a duty without its source or words: %+v", d)
		}
		if len(d.Rules) == 0 && d.Why == "" {
			t.Errorf("%s %q: no rule and no reason", d.Source, d.Says)
		}
		for _, id := range d.Rules {
			if !ids[id] {
				t.Errorf("%s %q: no rule %s", d.Source, d.Says, id)
			}
		}
	}
}
