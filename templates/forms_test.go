package templates

import (
	"strings"
	"testing"

	"coregroup/casefile"
	"coregroup/samples"
)

// TestBlankFormsAreLaidOutForAPen reads the Markdown of the blank forms:
// labels said once, room for 15 people at the meeting, the tier and the
// chair to fill in, the Appendix 2 invitees on the agenda and no note for
// the organiser on it.
func TestBlankFormsAreLaidOutForAPen(t *testing.T) {
	set, _ := Load("")
	write := func(kind string) string {
		docs, err := set.Write(&casefile.Case{Policy: "wales"}, kind, Options{Lang: "en", Blank: true, AsOf: samples.Day})
		if err != nil {
			t.Fatal(err)
		}
		return string(docs[0].Markdown)
	}
	record := write("resolution-record")
	for _, want := range []string{
		"| Tier | Date | Time | Venue | Chair |\n| 1 / 2 | | | | |",
		"| Name | Agency or involvement |\nrows: 15\n",
		"widths: 44 60 26 *\n| Name | Address |",
	} {
		if !strings.Contains(record, want) {
			t.Errorf("the blank record lacks %q:\n%s", want, record)
		}
	}
	if strings.Contains(record, "label: 2.") || strings.Contains(record, "label: Summary") {
		t.Errorf("a box repeats its heading as its label:\n%s", record)
	}
	agenda := write("agenda")
	for _, want := range []string{"| Police sergeant | |", "| YOS manager (if appropriate) | |", "| Tier |", "| Chair |"} {
		if !strings.Contains(agenda, want) {
			t.Errorf("the blank agenda lacks %q:\n%s", want, agenda)
		}
	}
	if strings.Contains(agenda, "also invite") {
		t.Errorf("the circulated agenda carries a note for the organiser:\n%s", agenda)
	}
}

// TestCellsCannotSplitARow gives a name with a | in it: the rows block
// escapes it.
func TestCellsCannotSplitARow(t *testing.T) {
	if got := V("Smith | Jones `x`").Cell(); got != `Smith \| Jones 'x'` {
		t.Errorf("Cell() = %q", got)
	}
}
