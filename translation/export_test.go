package translation

import (
	"reflect"
	"strings"
	"testing"

	"coregroup/internal/po"
)

func TestContext(t *testing.T) {
	ctxt := Context("CG|odd ref", "children[ella].plan.worries[w-school].child")
	ref, path, ok := SplitContext(ctxt)
	if !ok || ref != "CG|odd ref" || path != "children[ella].plan.worries[w-school].child" {
		t.Errorf("%q → %q %q %v", ctxt, ref, path, ok)
	}
	for _, bad := range []string{"", "no bar", "|path", "ref|"} {
		if _, _, ok := SplitContext(bad); ok {
			t.Errorf("%q split", bad)
		}
	}
}

func TestEntries(t *testing.T) {
	data := strings.Replace(minimal(t), "    name: Ella Example\n", "    name: Ella Example\n    views: {en: I like school, cy: Dw i'n hoffi'r ysgol}\n    ethnicity: White Welsh\n    identity: {de: nur Deutsch}\n", 1)
	c, texts := keyedTexts(t, "case.yaml", []byte(data))
	appearsIn := func(key string) string {
		if key == "children" {
			return "the plan"
		}
		return ""
	}
	entries, skipped := Entries(c, texts, "cy", "en", appearsIn)
	if len(entries) != 2 || len(skipped) != 1 || skipped[0].Path != "children[ella].identity" {
		t.Fatalf("entries %+v, skipped %+v", entries, skipped)
	}
	want := po.Entry{
		Extracted: []string{
			"Case CG-TEST-1, children[ella].views: The child's own views, wishes and feelings, in their words where possible.",
			"Appears in: the plan.",
			"Names of people and places are not translated.",
		},
		References: []string{"case.yaml:7"},
		Context:    "CG-TEST-1|children[ella].views", HasContext: true,
		ID: "I like school", Str: "Dw i'n hoffi'r ysgol",
	}
	if !reflect.DeepEqual(entries[0], want) {
		t.Errorf("got  %#v\nwant %#v", entries[0], want)
	}
	if entries[1].ID != "White Welsh" || entries[1].Str != "" {
		t.Errorf("plain English text: %+v", entries[1])
	}
}
