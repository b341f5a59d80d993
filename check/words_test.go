package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coregroup/samples"
)

// TestLocalWordsExtendTheLists: the lists in a policy directory's words/
// folder add to the built-in ones, so a case is judged by both.
func TestLocalWordsExtendTheLists(t *testing.T) {
	local, err := LoadWords("testdata/policy-dir")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		rule  string
		edits []string
	}{
		{"smart.specific", []string{"what: Mum walks Ella to school every school day.", "what: Mum takes ownership of the school run."}},
		{"child.jargon", []string{"child: You have missed lots of school.", "child: The team around the family will help you."}},
		{"smart.owner-person", []string{"name: Rhian Example", "name: Testshire Early Help Hub"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			src := edit(t, tt.edits...)
			count := func(words *Words) int {
				n := 0
				for _, f := range runCaseWith(t, src, Options{AsOf: samples.Day, Words: words}) {
					if f.Rule == tt.rule {
						n++
					}
				}
				return n
			}
			if n := count(nil); n != 0 {
				t.Errorf("built-in lists: %d findings, want none", n)
			}
			if n := count(local); n != 1 {
				t.Errorf("with the local lists: %d findings, want 1", n)
			}
		})
	}
	// The built-in lists are still there.
	if w := local.byLang["en"]; len(w.verbs) == 0 || w.jargon["core group"] == "" || len(BuiltinWords().byLang["en"].attitude) == len(w.attitude) {
		t.Error("local lists replaced the built-in ones, or changed them")
	}
}

func TestLoadWordsErrors(t *testing.T) {
	tests := []struct {
		file, content, want string
	}{
		{"vague.txt", "x", "vague.txt is not a word list: name it KIND.LANG.txt"},
		{"slang.en.txt", "x", "slang.en.txt is not a word list"},
		{"jargon.en.txt", "x", "a jargon list is a .yaml file"},
		{"vague.en.txt", "sometimes: support", `line 1: "sometimes:"`},
		{"jargon.en.yaml", "- not a map", "write each term as TERM: plainer words"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.MkdirAll(filepath.Join(dir, "words"), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "words", tt.file), []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := LoadWords(dir)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
	if w, err := LoadWords(t.TempDir()); err != nil || w != BuiltinWords() {
		t.Errorf("a policy directory without words/: %v", err)
	}
}
