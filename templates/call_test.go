package templates

import (
	"strings"
	"testing"

	"coregroup/samples"
)

// TestWhoToCallTakesTheProfilesNumberWhenTheCaseHasNone gives the
// family's plan its out-of-hours number from the case, or else from the
// policy profile (Options.OutOfHours), and always the emergency number.
func TestWhoToCallTakesTheProfilesNumberWhenTheCaseHasNone(t *testing.T) {
	set, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	c := loadSample(t, "../samples/west-midlands.yaml")
	for _, tc := range []struct{ inCase, inProfile, want string }{
		{c.OutOfHours, "0300 000 0000", "At night or at the weekend: " + c.OutOfHours},
		{"", "0300 000 0000", "At night or at the weekend: 0300 000 0000"},
		{"", "", ""},
	} {
		c.OutOfHours = tc.inCase
		docs, err := set.Write(c, "plan", Options{Lang: "en", AsOf: samples.Day, OutOfHours: tc.inProfile})
		if err != nil {
			t.Fatal(err)
		}
		md := string(docs[0].Markdown)
		if tc.want != "" && !strings.Contains(md, tc.want) || tc.want == "" && strings.Contains(md, "At night") {
			t.Errorf("case %q, profile %q: want %q in\n%s", tc.inCase, tc.inProfile, tc.want, md)
		}
		if !strings.Contains(md, "If someone is in danger now, call 999.") {
			t.Error("no emergency number")
		}
	}
}
