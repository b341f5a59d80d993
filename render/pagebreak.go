package render

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// A pagebreak block starts a new page:
//
//	```pagebreak
//	```
//
// At the top of a page that has nothing on it yet it does nothing, so
// that it never makes an empty page. A line "lang: TAG" says that what
// follows is in that language (the second half of a bilingual document;
// see lang.go); it is the only line the block may hold.
type pageBreak struct {
	ast.BaseBlock
	lang    string // the language from here on; "" for no change
	hasLang bool
}

var kindPageBreak = ast.NewNodeKind("PageBreak")

func (p *pageBreak) Kind() ast.NodeKind         { return kindPageBreak }
func (p *pageBreak) Dump(src []byte, level int) { ast.DumpHelper(p, src, level, nil, nil) }
func (p *pageBreak) BlockName() string          { return "pagebreak" }

// parsePageBreak makes a page break's node from its optional lang line.
func parsePageBreak(f fence) (picture, error) {
	p := &pageBreak{}
	for _, l := range f.lines {
		key, value, ok := strings.Cut(l.text, ":")
		if strings.TrimSpace(l.text) == "" {
			continue
		}
		if !ok || strings.TrimSpace(key) != "lang" || p.hasLang {
			return nil, f.errorf(l.off, l.text, "a pagebreak holds nothing or one line lang: TAG, such as lang: en")
		}
		tag, err := parseLangTag(strings.TrimSpace(value))
		if err != nil {
			return nil, f.errorf(l.off, l.text, "%q is not a language tag such as en or cy", strings.TrimSpace(value))
		}
		p.lang, p.hasLang = tag, true
	}
	return p, nil
}

func (p *pageBreak) height(*doc) float64 { return 0 }

func (p *pageBreak) draw(d *doc) {
	if !d.fresh {
		d.newPage()
	}
	if p.hasLang {
		d.setLang(p.lang)
	}
}
