package render

import (
	"fmt"

	"github.com/yuin/goldmark/ast"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
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

// ScriptError is a document in a language whose script the PDF writer
// cannot lay out: it draws letters one after the other, left to right,
// so it cannot join Arabic letters, order a right-to-left line or shape
// Bengali. HTML can: the browser shapes the text.
type ScriptError struct {
	Lang, Language, Script string
}

func (e *ScriptError) Error() string {
	return fmt.Sprintf("%s (%s) is written in the %s script, which coregroup cannot lay out in a PDF (joined letters, right to left or shaped): write it as HTML with --format html, where the browser lays it out, and print from there", e.Language, e.Lang, e.Script)
}

// pdfScripts are the scripts the PDF's fonts hold and draw letter by
// letter, left to right.
var pdfScripts = map[string]bool{"Latn": true, "Grek": true, "Cyrl": true}

// drawable reports a ScriptError for the document's language, or the
// language of a part of it, when its script is not one of pdfScripts.
func drawable(root ast.Node, lang string) error {
	langs := []string{lang}
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if p, ok := n.(*pageBreak); ok && entering && p.hasLang {
			langs = append(langs, p.lang)
		}
		return ast.WalkContinue, nil
	})
	for _, l := range langs {
		if l == "" {
			continue
		}
		tag, err := language.Parse(l)
		if err != nil {
			continue
		}
		script, _ := tag.Script()
		if !pdfScripts[script.String()] {
			return &ScriptError{Lang: l, Language: display.English.Languages().Name(tag), Script: display.English.Scripts().Name(script)}
		}
	}
	return nil
}
