package render

import (
	"fmt"
	"strconv"

	"github.com/yuin/goldmark/ast"
)

// A pagebreak block starts a new page:
//
//	```pagebreak
//	```
//
// At the top of a page that has nothing on it yet it does nothing, so
// that it never makes an empty page.
//
// With part: N (2 or more) it starts part N of a document in several
// languages, one after the other: on an odd page, so that each language
// begins on the front of a sheet printed double-sided (a blank page is
// added when needed), and with part N's page furniture (Meta.Parts[N-2])
// from that page on. A line lang: TAG says that what follows is in that
// language (see lang.go).
//
//	```pagebreak
//	part: 2
//	lang: en
//	```
type pageBreak struct {
	ast.BaseBlock
	part    int    // 0 for a plain page break
	lang    string // the language from here on; "" for no change
	hasLang bool
}

var kindPageBreak = ast.NewNodeKind("PageBreak")

func (p *pageBreak) Kind() ast.NodeKind         { return kindPageBreak }
func (p *pageBreak) Dump(src []byte, level int) { ast.DumpHelper(p, src, level, nil, nil) }
func (p *pageBreak) BlockName() string          { return "pagebreak" }

// parsePageBreak makes a page break's node from its optional part and
// lang lines.
func parsePageBreak(b fence) (picture, error) {
	p := &pageBreak{}
	for _, l := range b.lines {
		k, v, ok := keyValue(l.text)
		switch {
		case !ok && l.text == "":
			continue
		case ok && k == "part" && p.part == 0:
			n, err := strconv.Atoi(v)
			if err != nil || n < 2 || n > 9 {
				return nil, b.errorf(l.off, v, "part %q is not a whole number from 2 to 9", v)
			}
			p.part = n
		case ok && k == "lang" && !p.hasLang:
			tag, err := parseLangTag(v)
			if err != nil {
				return nil, b.errorf(l.off, l.text, "%q is not a language tag such as en or cy", v)
			}
			p.lang, p.hasLang = tag, true
		default:
			return nil, b.errorf(l.off, l.text, "a pagebreak holds nothing, or a line part: N and a line lang: TAG, such as lang: en; got %q", l.text)
		}
	}
	return p, nil
}

func (p *pageBreak) height(*doc) float64 { return 0 }

func (p *pageBreak) draw(d *doc) {
	p.breakPage(d)
	if p.hasLang {
		d.setLang(p.lang)
	}
}

// breakPage starts the new page, or for a part the next odd one.
func (p *pageBreak) breakPage(d *doc) {
	if p.part == 0 {
		if !d.fresh {
			d.newPage()
		}
		return
	}
	part := d.m
	if i := p.part - 2; i < len(d.m.Parts) {
		part = d.m.Parts[i]
	}
	for {
		if (d.pdf.PageNo()+1)%2 == 1 {
			// The next page is the part's first: its header is drawn
			// with the part's furniture, the footer of this one with
			// the furniture it began with.
			d.next = &part
		}
		d.newPage()
		if d.pdf.PageNo()%2 == 1 {
			return
		}
	}
}

// markdown is a thematic break, the nearest Markdown has to a new page.
func (p *pageBreak) markdown() string { return "---" }

// html is a page break for print; a part, or a lang line, ends the
// section of the page before and starts one in the part's language (lang
// and dir), printed on the part's pages (named page partN, whose margins
// carry the part's furniture: see pageRules).
func (p *pageBreak) html(*Meta) string {
	if p.part == 0 && !p.hasLang {
		return "<hr class=\"pagebreak\">\n"
	}
	s := "</section>\n<section class=\"part\""
	if p.hasLang {
		s += fmt.Sprintf(" lang=\"%s\" dir=\"%s\"", attr(p.lang), Direction(p.lang))
	}
	if p.part > 0 {
		s += fmt.Sprintf(" style=\"page: part%d; break-before: right\"", p.part)
	} else {
		s += " style=\"break-before: page\""
	}
	return s + ">\n"
}
