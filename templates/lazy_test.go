package templates

import "testing"

// TestBuiltInTemplatesParse: Load leaves the built-in templates to be
// parsed when first used; each must parse, so that no document of a kind
// fails on its first use for a mistake in its template.
func TestBuiltInTemplatesParse(t *testing.T) {
	set, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range set.Kinds() {
		if _, err := set.byKind[k.Name].parsed(); err != nil {
			t.Errorf("%s: %v", k.Name, err)
		}
	}
}

// TestABrokenBuiltInTemplateFailsItsDocument: a template that does not
// parse is an error for each document of its kind, never a panic or an
// empty document.
func TestABrokenBuiltInTemplateFailsItsDocument(t *testing.T) {
	l := &lazyTemplate{name: "broken.md.tmpl", src: "{{ if }}"}
	for range 2 {
		if tmpl, err := l.parsed(); err == nil || tmpl != nil {
			t.Fatalf("parsed: %v, %v; want an error", tmpl, err)
		}
	}
}
