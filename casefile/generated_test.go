package casefile

import (
	"bytes"
	"testing"

	"coregroup/internal/golden"
)

// TestGeneratedDocsAreCurrent keeps docs/case.schema.json and
// docs/case-format.md equal to what the code generates; run make gen (or
// make golden) after changing the model.
func TestGeneratedDocsAreCurrent(t *testing.T) {
	golden.Check(t, "../docs/case.schema.json", Schema())
	golden.Check(t, "../docs/case-format.md", Reference())
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
