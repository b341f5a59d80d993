package templates

import (
	"strings"
	"testing"

	"coregroup/samples"
)

// TestAnEmptyScaleSaysNoScoresYet writes the plan of a case whose meetings
// gave no scores: the scale is there to mark by hand, and says why it is
// empty.
func TestAnEmptyScaleSaysNoScoresYet(t *testing.T) {
	set, _ := Load("")
	c := loadSample(t, "../check/testdata/base.yaml")
	for i := range c.Meetings {
		c.Meetings[i].Scaling = nil
	}
	for lang, want := range map[string]string{"en": "No scores yet", "cy": "Dim sgoriau eto"} {
		docs, err := set.Write(c, "plan", Options{Lang: lang, AsOf: samples.Day})
		if err != nil {
			t.Fatal(err)
		}
		md := string(docs[0].Markdown)
		if !strings.Contains(md, want) || !strings.Contains(md, "```scale\nscore:\n") {
			t.Errorf("%s: the empty scale does not say %q:\n%s", lang, want, md)
		}
	}
}
