package casefile

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"
)

// compileSchema compiles Schema with a real JSON Schema validator.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(Schema()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource("case.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("case.schema.json")
	if err != nil {
		t.Fatalf("schema does not compile: %v", err)
	}
	return s
}

// instance turns YAML into the JSON instance the validator checks.
func instance(t *testing.T, src []byte) any {
	t.Helper()
	var n yaml.Node
	if err := yaml.Unmarshal(src, &n); err != nil {
		t.Fatal(err)
	}
	js, err := json.Marshal(JSONValue(&n))
	if err != nil {
		t.Fatal(err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func sampleFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../samples/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 6 {
		t.Fatalf("found %d samples, want at least 6", len(files))
	}
	return files
}

// TestSamplesMatchSchema validates every good sample against the schema
// and the loader: both must accept it.
func TestSamplesMatchSchema(t *testing.T) {
	s := compileSchema(t)
	for _, path := range sampleFiles(t) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(instance(t, src)); err != nil {
			t.Errorf("%s: schema rejects it: %v", path, err)
		}
		if _, probs := Parse(path, src); len(probs) > 0 {
			t.Errorf("%s: loader rejects it: %v", path, probs.Err())
		}
		first, _, _ := strings.Cut(string(src), "\n")
		if first != "# yaml-language-server: $schema=../docs/case.schema.json" {
			t.Errorf("%s: first line %q is not the schema comment", path, first)
		}
	}
}

// TestSchemaAndLoaderAgree feeds both the same mistakes: each must be
// refused by the schema and by the loader.
func TestSchemaAndLoaderAgree(t *testing.T) {
	s := compileSchema(t)
	bad := map[string]string{
		"unknown key":        "chairing:\n  chiar: sw-hughes\n",
		"wrong type":         "fictitious: 3\n",
		"bad enum":           "conferences:\n  - type: strategy\n",
		"malformed date":     "conferences:\n  - type: initial\n    date: 2/3/2026\n",
		"score out of range": "meetings:\n  - scaling:\n      - score: 11\n",
		"bad id":             "family:\n  - id: Mum One\n    name: R\n    role: parent\n",
		"missing name":       "family:\n  - id: mum\n    role: parent\n",
		"text as a list":     "conferences:\n  - type: initial\n    decision: [a]\n",
		"malformed tag":      "conferences:\n  - type: initial\n    decision: {english: Plan}\n",
	}
	if err := s.Validate(instance(t, []byte(minimal))); err != nil {
		t.Fatalf("schema rejects the minimal case: %v", err)
	}
	for name, extra := range bad {
		src := []byte(minimal + extra)
		if err := s.Validate(instance(t, src)); err == nil {
			t.Errorf("%s: schema accepts it", name)
		}
		if _, probs := Parse("case.yaml", src); probs.Err() == nil {
			t.Errorf("%s: loader accepts it", name)
		}
	}
}
