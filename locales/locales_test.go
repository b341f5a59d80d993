package locales

import (
	"strings"
	"testing"
)

func TestBundleLoads(t *testing.T) {
	if _, err := Bundle(); err != nil {
		t.Fatal(err)
	}
	names, _ := Files()
	if len(names) == 0 || names[0] != "active.en.yaml" {
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
	l, err := New("fr")
	if err != nil {
		t.Fatal(err)
	}
	if got := l.Text(M("load.empty")); !strings.HasPrefix(got, "[load.empty") {
		t.Errorf("French fell back to English: %q", got)
	}
}
