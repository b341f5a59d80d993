package locales

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestBundleLoads(t *testing.T) {
	if _, err := Bundle(); err != nil {
		t.Fatal(err)
	}
	names, _ := Files()
	if len(names) < 2 || names[0] != "active.en.yaml" {
		t.Errorf("message files = %v", names)
	}
}

func TestTextFillsPlaceholders(t *testing.T) {
	got := English().Text(M("load.unknown-key", "Key", "chiar", "Suggestion", "chair"))
	if got != `unknown key "chiar": did you mean "chair"?` {
		t.Errorf("got %q", got)
	}
}

// TestMissingMessageIsVisible: a message a language lacks must never come
// out silently in another language.
func TestMissingMessageIsVisible(t *testing.T) {
	if got := English().Text(M("no.such.message", "X", 1)); got != "[no.such.message X=1]" {
		t.Errorf("got %q", got)
	}
	if _, err := New("fr"); err == nil || !strings.Contains(err.Error(), "no messages") {
		t.Errorf("a language with no messages was accepted: %v", err)
	}
	if l, err := New("en-GB"); err != nil || l.Text(M("load.empty")) == "" {
		t.Errorf("en-GB: %v", err)
	}
}

// TestNoMessageIsDefinedTwice: go-i18n lets a later file silently replace a
// message of an earlier one, so a rule's message and a document's heading
// with the same id would print the wrong words.
func TestNoMessageIsDefinedTwice(t *testing.T) {
	names, _ := Files()
	seen := map[string]string{}
	for _, name := range names {
		src, err := files.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := yaml.Unmarshal(src, &m); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		lang := strings.Split(name, ".")[1]
		for id := range m {
			key := lang + " " + id
			if first, dup := seen[key]; dup {
				t.Errorf("%s is defined in %s and %s", id, first, name)
			}
			seen[key] = name
		}
	}
}
