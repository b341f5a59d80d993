package render

import (
	"fmt"

	"golang.org/x/text/language"
)

// A document's language is its catalog's /Lang (Meta.Lang). A part in
// another language, such as the English half of a cy+en document, which
// starts at a pagebreak block with a lang line, is marked on each of its
// pages as a marked-content span with its own /Lang (PDF 1.7, 14.9.2), so
// that a screen reader speaks it, and a search or a spelling check reads
// it, as English rather than Welsh.

// setLang makes tag the language of the body from here on; "" or the
// document's language ends a part in another one.
func (d *doc) setLang(tag string) {
	if tag == d.m.Lang {
		tag = ""
	}
	d.closeSpan()
	d.lang = tag
	d.openSpan()
}

// openSpan starts the page's span of the part's language, if it has one.
func (d *doc) openSpan() {
	if d.lang != "" && !d.spanOpen {
		d.pdf.RawWriteStr(fmt.Sprintf("/Span <</Lang (%s)>> BDC", d.lang))
		d.spanOpen = true
	}
}

// closeSpan ends the page's span, before the page's furniture, which is
// in the document's language.
func (d *doc) closeSpan() {
	if d.spanOpen {
		d.pdf.RawWriteStr("EMC")
		d.spanOpen = false
	}
}

// parseLangTag reads a language tag, as the PDF writes it ("en", "cy").
func parseLangTag(s string) (string, error) {
	tag, err := language.Parse(s)
	if err != nil {
		return "", err
	}
	return tag.String(), nil
}
