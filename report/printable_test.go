package report

import (
	"bytes"
	"testing"

	"coregroup/locales"
)

func TestPrintable(t *testing.T) {
	tests := map[string]string{
		"plain Dŵr":            "plain Dŵr",
		"\x1b]0;owned\x07":     `\x1b]0;owned\x07`,
		"a\x00b\tc\nd\re":      `a\x00b\x09c\x0ad\x0de`,
		"\u202Eevil\u2066":     `\u202eevil\u2066`,
		"next\u0085line\u2028": `next\u0085line\u2028`,
	}
	for in, want := range tests {
		if got := Printable(in); got != want {
			t.Errorf("Printable(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTextFormatEscapesControlCharacters: a key or a file name with an
// escape sequence or a line break must not reach the terminal raw.
func TestTextFormatEscapesControlCharacters(t *testing.T) {
	r := Result{Files: 1}
	r.Findings.Add("load.unknown-key", Error, Position{File: "a\x1b[2J.yaml", Line: 1, Col: 1},
		locales.M("load.unknown-key", "Key", "x\x1b]0;owned\x07\nb.yaml:1:1: error fake", "Suggestion", "chair"))
	var b bytes.Buffer
	if err := Formats["text"].Format(&b, r, locales.English()); err != nil {
		t.Fatal(err)
	}
	want := `a\x1b[2J.yaml:1:1: error load.unknown-key: unknown key "x\x1b]0;owned\x07\x0ab.yaml:1:1: error fake": did you mean "chair"?` + "\n" +
		"Files checked: 1. Errors: 1. Warnings: 0. Notes: 0.\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestPrintableWriterKeepsLines(t *testing.T) {
	var b bytes.Buffer
	w := PrintableWriter(&b)
	in := []byte("coregroup: \x1b[2J.yaml: no such file\n\tnext line\n")
	if n, err := w.Write(in); n != len(in) || err != nil {
		t.Errorf("Write = %d, %v", n, err)
	}
	if want := "coregroup: \\x1b[2J.yaml: no such file\n\tnext line\n"; b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}
