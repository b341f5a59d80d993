package casefile

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite generated files and golden files")

// TestGeneratedDocsAreCurrent keeps docs/case.schema.json and
// docs/case-format.md equal to what the code generates; run
// "go test ./casefile -update" (make gen) after changing the model.
func TestGeneratedDocsAreCurrent(t *testing.T) {
	files := map[string][]byte{
		"../docs/case.schema.json": Schema(),
		"../docs/case-format.md":   Reference(),
	}
	for path, want := range files {
		if *update {
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run make gen)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is out of date: run make gen", filepath.Base(path))
		}
	}
}

func TestGenerationIsDeterministic(t *testing.T) {
	if !bytes.Equal(Schema(), Schema()) || !bytes.Equal(Reference(), Reference()) {
		t.Error("two runs generate different bytes")
	}
}

// TestEveryKeyIsDocumented makes the reference and the editor hints
// complete: each key has a meaning, and each value key an example.
func TestEveryKeyIsDocumented(t *testing.T) {
	for _, typ := range modelTypes() {
		for _, f := range fieldsOf(typ) {
			if f.doc == "" {
				t.Errorf("%s.%s has no doc tag", typ.Name(), f.key)
			}
			if f.example == "" && !isSection(f.typ) {
				t.Errorf("%s.%s has no ex tag", typ.Name(), f.key)
			}
			if f.example != "" && isSection(f.typ) {
				t.Errorf("%s.%s is a section and needs no ex tag", typ.Name(), f.key)
			}
		}
	}
}
