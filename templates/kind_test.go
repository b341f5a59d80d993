package templates

import (
	"io/fs"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"coregroup/check"
	"coregroup/locales"
)

// TestEveryKindIsComplete requires of every kind of the registry what
// adding one takes: a template, a builder, a golden file for the
// documents it writes, the rules that stop it, and its messages in every
// language.
func TestEveryKindIsComplete(t *testing.T) {
	if _, err := Load(""); err != nil {
		t.Fatalf("a kind has no template or builder: %v", err)
	}
	langs := map[string]*locales.Localizer{}
	for _, tag := range locales.Supported() {
		l, err := locales.New(tag)
		if err != nil {
			t.Fatal(err)
		}
		langs[tag] = l
	}
	seen := map[string]bool{}
	for _, k := range Kinds {
		if seen[k.Name] {
			t.Errorf("%s: in the registry twice", k.Name)
		}
		seen[k.Name] = true
		if !hasGolden(k.Name) {
			t.Errorf("%s: no golden file in testdata/golden (write one with make golden)", k.Name)
		}
		if err := blockingRulesExist(k.Blocking); err != "" {
			t.Errorf("%s: %s", k.Name, err)
		}
		if k.Called == "" || len(k.Reads) == 0 {
			t.Errorf("%s: translators are not told what it prints (Reads and Called)", k.Name)
		}
		ids, err := messageIDs(k.Name)
		if err != nil {
			t.Errorf("%s: %v", k.Name, err)
		}
		for _, tag := range locales.Supported() {
			for _, id := range append(ids, k.Title) {
				if s := langs[tag].Text(locales.M(id, "Name", "X")); strings.HasPrefix(s, "[") {
					t.Errorf("%s: no message %s in %s", k.Name, id, tag)
				}
			}
		}
	}
}

// hasGolden reports whether testdata/golden holds a document of a kind:
// SAMPLE-KIND.md, or SAMPLE-KIND-LANG-or-PART.md.
func hasGolden(kind string) bool {
	for _, pattern := range []string{"*-" + kind + ".md", "*-" + kind + "-*.md"} {
		if m, _ := filepath.Glob(filepath.Join("testdata", "golden", pattern)); len(m) > 0 {
			return true
		}
	}
	return false
}

// blockingRulesExist returns what is wrong with a kind's blocking rule-id
// prefixes, or "": there must be some, and each must name a rule, or the
// loader's problems ("load.").
func blockingRulesExist(prefixes []string) string {
	if len(prefixes) == 0 {
		return "no rules stop it: give it Blocking"
	}
	for _, p := range prefixes {
		found := p == "load."
		for _, r := range check.Rules() {
			found = found || strings.HasPrefix(r.ID, p)
		}
		if !found {
			return "blocking prefix " + p + " names no rule"
		}
	}
	return ""
}

// literalT finds the message ids a template prints with t "id".
var literalT = regexp.MustCompile(`\bt "([^"]+)"`)

// messageIDs returns the message ids a kind's built-in template names.
func messageIDs(kind string) ([]string, error) {
	src, err := fs.ReadFile(builtin, kind+".md.tmpl")
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, m := range literalT.FindAllStringSubmatch(string(src), -1) {
		ids = append(ids, m[1])
	}
	return ids, nil
}

func TestAppearsInNamesTheKindsThatPrintAKey(t *testing.T) {
	tests := map[string]string{
		"children":    "the plan and the full plan",
		"meetings":    "the minutes",
		"resolution":  "the resolution forms (request, agenda and record)",
		"members":     "the lists of people in the plan, the full plan, the minutes and the resolution forms",
		"authority":   "",
		"conferences": "the full plan and the minutes",
	}
	for key, want := range tests {
		if got := Kinds.AppearsIn(key); got != want {
			t.Errorf("AppearsIn(%q) = %q, want %q", key, got, want)
		}
	}
	letter := Kind{Name: "letter", Reads: []string{"conferences", "resolution"}, Called: "the letter"}
	more := append(Registry{}, append(Kinds, letter)...)
	if got := more.AppearsIn("conferences"); got != "the full plan, the minutes and the letter" {
		t.Errorf("with a letter: %q", got)
	}
	if got := more.AppearsIn("resolution"); got != "the resolution forms and the letter" {
		t.Errorf("with a letter: %q", got)
	}
}

func TestAKindWithoutATemplateOrBuilderDoesNotLoad(t *testing.T) {
	minutes, _ := Kinds.Lookup("minutes")
	noTemplate := minutes
	noTemplate.Name = "letter"
	if _, err := (Registry{noTemplate}).Load(""); err == nil || !strings.Contains(err.Error(), "letter.md.tmpl") {
		t.Errorf("a kind with no template: %v", err)
	}
	if _, err := (Registry{{Name: "minutes"}}).Load(""); err == nil || !strings.Contains(err.Error(), "no builder") {
		t.Errorf("a kind with no builder: %v", err)
	}
}
