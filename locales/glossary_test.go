package locales

import (
	"strings"
	"testing"

	"coregroup/internal/golden"
)

// TestGlossaryIsCurrent keeps docs/glossary.md equal to what the termbase
// generates; run make gen (or make golden) after editing
// locales/terms.yaml.
func TestGlossaryIsCurrent(t *testing.T) {
	tb, err := Terms()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := tb.Glossary()
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "../docs/glossary.md", doc)
}

// TestGlossaryListsUnverifiedForSignOff: every unverified term, and the
// ones the review named (datrys, Haen, Cais Uwchgyfeirio,
// SWYDDOGOL-SENSITIF), appear in the one sign-off list.
func TestGlossaryListsUnverifiedForSignOff(t *testing.T) {
	tb, err := Terms()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := tb.Glossary()
	if err != nil {
		t.Fatal(err)
	}
	_, signOff, ok := strings.Cut(string(doc), "## For a translator's sign-off")
	if !ok {
		t.Fatal("no sign-off section")
	}
	for _, w := range []string{"datrys", "haen", "uwchgyfeirio", "swyddogol-sensitif"} {
		if !strings.Contains(strings.ToLower(signOff), w) {
			t.Errorf("sign-off list lacks %q", w)
		}
	}
	for i := range tb.Terms {
		term := &tb.Terms[i]
		if !term.Verified && !strings.Contains(signOff, "**"+strings.Join(term.EN, "; ")+"**") {
			t.Errorf("unverified %q is not in the sign-off list", term.Headword())
		}
	}
}

func TestUsedCellShortensFamilies(t *testing.T) {
	got := usedCell([]string{"a.x", "time.a", "time.b", "time.c", "time.d", "z"})
	if got != "`a.x`, `time.*` (4), `z`" {
		t.Errorf("usedCell = %s", got)
	}
}
