package render

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// maxFuzzInput bounds a fuzz input: a few KB of Markdown is already many
// pages, and longer inputs only make each run slower.
const maxFuzzInput = 4 << 10

// FuzzPDF checks that no Markdown makes PDF panic or write a broken
// file, in ordinary and in large print. Errors (a missing glyph, a
// malformed named block) are fine.
func FuzzPDF(f *testing.F) {
	for _, tc := range textCases {
		f.Add(tc.md)
	}
	f.Add(threePages)
	f.Add("```scale\nscore: 99\n```")
	f.Add("```chart\n| m |\n```\n```boxes\nlines: 3\n```")
	files, _ := filepath.Glob(filepath.Join("testdata", "*.md"))
	// Every kind of document the templates write, in English and Welsh.
	docs, _ := filepath.Glob(filepath.Join("..", "templates", "testdata", "golden", "wales-welsh-*.md"))
	files = append(files, docs...)
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b[:min(len(b), maxFuzzInput)]))
	}
	m := testMeta()
	m.Draft = "DRAFT"
	f.Fuzz(func(t *testing.T, md string) {
		if len(md) > maxFuzzInput {
			md = md[:maxFuzzInput]
		}
		for _, large := range []bool{false, true} {
			// With -short (make test) each seed is drawn in one of the two
			// sizes, by its length; fuzzing draws every input in both.
			if testing.Short() && large != (len(md)%2 == 1) {
				continue
			}
			m.Large = large
			out, err := PDF([]byte(md), m)
			if err != nil {
				continue
			}
			if !bytes.HasPrefix(out, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimSpace(out), []byte("%%EOF")) {
				t.Fatalf("not a PDF: %.20q … %q", out, out[max(len(out)-20, 0):])
			}
		}
	})
}
