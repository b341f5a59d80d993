package render

import (
	"testing"

	"github.com/yuin/goldmark/text"
)

// layoutOnly draws Markdown and returns the document before it is
// written, to look at where things ended up.
func layoutOnly(t testing.TB, md string, m Meta) *doc {
	t.Helper()
	if err := loadFaces(); err != nil {
		t.Fatal(err)
	}
	d, err := newDoc([]byte(md), m)
	if err != nil {
		t.Fatal(err)
	}
	d.blocks(markdown.Parser().Parse(text.NewReader([]byte(md))))
	if err := d.pdf.Error(); err != nil {
		t.Fatal(err)
	}
	return d
}
