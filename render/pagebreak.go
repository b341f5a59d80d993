package render

// A pagebreak block starts a new page; it has no content:
//
//	```pagebreak
//	```
//
// At the top of a page that has nothing on it yet it does nothing, so
// that it never makes an empty page.
type pageBreak struct{}

func parsePageBreak(*doc, fence) (picture, error) { return pageBreak{}, nil }

func (pageBreak) height(*doc) float64 { return 0 }

func (pageBreak) draw(d *doc) {
	if !d.fresh {
		d.newPage()
	}
}
