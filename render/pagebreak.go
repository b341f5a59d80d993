package render

import "github.com/yuin/goldmark/ast"

// A pagebreak block starts a new page; it has no content:
//
//	```pagebreak
//	```
//
// At the top of a page that has nothing on it yet it does nothing, so
// that it never makes an empty page.
type pageBreak struct {
	ast.BaseBlock
}

var kindPageBreak = ast.NewNodeKind("PageBreak")

func (p *pageBreak) Kind() ast.NodeKind         { return kindPageBreak }
func (p *pageBreak) Dump(src []byte, level int) { ast.DumpHelper(p, src, level, nil, nil) }
func (p *pageBreak) BlockName() string          { return "pagebreak" }

// parsePageBreak makes a page break's node; whatever the block holds is
// ignored.
func parsePageBreak(fence) (picture, error) { return &pageBreak{}, nil }

func (p *pageBreak) height(*doc) float64 { return 0 }

func (p *pageBreak) draw(d *doc) {
	if !d.fresh {
		d.newPage()
	}
}
