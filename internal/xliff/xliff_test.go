package xliff

import (
	"reflect"
	"strings"
	"testing"

	"coregroup/internal/po"
)

// TestRoundTrip: every field an import reads survives Encode and Decode:
// the key, the texts with their newlines, spaces and markup characters,
// a fuzzy entry as a draft, an untranslated one as no target.
func TestRoundTrip(t *testing.T) {
	in := &po.File{Entries: []po.Entry{
		{Context: "CG-1|children[ella].views", HasContext: true, ID: "Tom & Ŵyn <b>\n  two lines ", Str: "Twm a Ŵyn", References: []string{"case.yaml:7"}, Extracted: []string{"The child's views."}},
		{Context: "CG-1|family[mam].notes", HasContext: true, ID: "Draft", Str: "Drafft", Flags: []string{"fuzzy"}},
		{Context: "CG-1|meetings[0].notes", HasContext: true, ID: "Untranslated"},
	}}
	data, err := Encode(in, "en", "cy")
	if err != nil {
		t.Fatal(err)
	}
	out, err := Decode("cy.xlf", data)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if out.HeaderField("Language") != "cy" || out.HeaderField("X-Source-Language") != "en" {
		t.Errorf("header %q", out.Header.Str)
	}
	for i := range in.Entries {
		out.Entries[i].Line = 0
	}
	if !reflect.DeepEqual(out.Entries, in.Entries) {
		t.Errorf("got  %+v\nwant %+v", out.Entries, in.Entries)
	}
	if !IsXLIFF(data) || IsXLIFF([]byte("msgid \"\"\n")) {
		t.Error("IsXLIFF tells XLIFF from PO wrongly")
	}
}

func TestDecodeErrors(t *testing.T) {
	for _, tt := range []struct{ doc, want string }{
		{`<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">`, "cy.xlf:1: not an XLIFF 2.0 document"},
		{`<xliff xmlns="` + Namespace + `" version="1.2"/>`, "coregroup reads XLIFF 2.0"},
		{"<xliff xmlns=\"" + Namespace + "\" version=\"2.0\">\n<file>\n</xliff>", "cy.xlf:3:"},
		{"", "no XLIFF document"},
	} {
		if _, err := Decode("cy.xlf", []byte(tt.doc)); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: %v, want %q", tt.doc, err, tt.want)
		}
	}
}
