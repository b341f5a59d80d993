package casefile

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// leafErrors counts the errors a validator reports for an instance: the
// leaves of its tree of causes, each a line an editor would show.
func leafErrors(err error) int {
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return 0
	}
	var count func(*jsonschema.ValidationError) int
	count = func(e *jsonschema.ValidationError) int {
		if len(e.Causes) == 0 {
			return 1
		}
		n := 0
		for _, c := range e.Causes {
			n += count(c)
		}
		return n
	}
	return count(ve)
}

// TestOneErrorPerMistake: a wrong value in a key that may be left empty
// gives one error, not one for its type, one for null and one for the
// anyOf of the two.
func TestOneErrorPerMistake(t *testing.T) {
	s := compileSchema(t)
	for name, extra := range map[string]string{
		"boolean":     "fictitious: 3\n",
		"enum":        "conferences:\n  - type: strategy\n",
		"object":      "chairing: 5\n",
		"date":        "conferences:\n  - type: initial\n    date: 2/3/2026\n",
		"text":        "conferences:\n  - type: initial\n    decision: [a]\n",
		"number":      "meetings:\n  - scaling:\n      - score: 11\n",
		"unknown key": "chairing:\n  chiar: sw-hughes\n",
	} {
		err := s.Validate(instance(t, []byte(minimal+extra)))
		if n := leafErrors(err); n != 1 {
			t.Errorf("%s: %d errors, want 1: %v", name, n, err)
		}
	}
	for name, extra := range map[string]string{"empty key": "chairing:\n", "empty text": "conferences:\n  - type: initial\n    decision:\n"} {
		if err := s.Validate(instance(t, []byte(minimal+extra))); err != nil {
			t.Errorf("%s: the schema refuses the empty value the loader allows: %v", name, err)
		}
	}
}

// TestSchemaHelpsEditors: each definition has a title of its own (an
// editor heads a hover with it), and policy offers every built-in area.
func TestSchemaHelpsEditors(t *testing.T) {
	var schema struct {
		Title string                    `json:"title"`
		Defs  map[string]map[string]any `json:"$defs"`
	}
	if err := json.Unmarshal(Schema(), &schema); err != nil {
		t.Fatal(err)
	}
	seen := map[any]string{}
	for name, d := range schema.Defs {
		title, _ := d["title"].(string)
		if title == "" || title == schema.Title || seen[title] != "" {
			t.Errorf("$defs %s: title %q (the root's, another's or none)", name, title)
		}
		seen[title] = name
	}
	if schema.Defs["ResolutionMeeting"]["title"] != "Resolution meeting" {
		t.Errorf("ResolutionMeeting's title is %v", schema.Defs["ResolutionMeeting"]["title"])
	}
	policy := schema.Defs["Case"]["properties"].(map[string]any)["policy"].(map[string]any)
	if got, _ := json.Marshal(policy["examples"]); string(got) != `["england","west-midlands","wales","scotland"]` {
		t.Errorf("policy offers %s", got)
	}
}
