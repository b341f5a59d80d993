package render

import (
	"bytes"
	"fmt"
	"html"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// HTML returns a document as one HTML file that stands alone: its styles
// inline, its typeface embedded, no script and nothing fetched from
// anywhere. It is drawn from the same Markdown as the PDF, by goldmark's
// HTML renderer, which never passes HTML through: raw HTML in the
// Markdown (a case value that looks like a tag, say) is shown as the
// text it is, as the PDF shows it, and pictures are their alternative
// text. Each named block is drawn by its html method. The page and every
// part in another language (a pagebreak block's lang line) carry their
// lang and dir; printed, the pages are A4 with the protective marking and
// "page x of y" on each, in the part's own language. m.Large gives larger
// type. A malformed named block is an error, as for PDF.
func HTML(src []byte, m Meta) ([]byte, error) {
	root, err := Parse(src)
	if err != nil {
		return nil, err
	}
	var body bytes.Buffer
	if err := htmlRenderer(&m).Render(&body, src, root); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	lang := m.Lang
	if lang == "" {
		lang = "en"
	}
	title := m.Title
	if m.CaseRef != "" {
		title = joinNonEmpty(" · ", m.Title, m.CaseRef)
	}
	creator := m.Creator
	if creator == "" {
		creator = defaultCreator
	}
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"%s\" dir=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", attr(lang), Direction(lang))
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	fmt.Fprintf(&b, "<meta name=\"generator\" content=\"%s\">\n<title>%s</title>\n", attr(creator), html.EscapeString(title))
	b.WriteString("<style>\n" + htmlStyle() + pageRules(m) + "</style>\n</head>\n")
	class := ""
	if m.Large {
		class = ` class="large"`
	}
	fmt.Fprintf(&b, "<body%s>\n", class)
	if m.Draft != "" {
		fmt.Fprintf(&b, "<div class=\"draft\" aria-hidden=\"true\" style=\"background-image: url(&quot;%s&quot;)\"></div>\n", attr(draftSVG(m.Draft)))
	}
	furniture := furnitureLine(m)
	if furniture != "" {
		b.WriteString("<header class=\"furniture\"><p>" + furniture + "</p></header>\n")
	}
	b.WriteString("<main>\n<section class=\"part\" style=\"page: part1\">\n")
	b.Write(body.Bytes())
	b.WriteString("</section>\n</main>\n")
	if furniture != "" {
		b.WriteString("<footer class=\"furniture\"><p>" + furniture + "</p></footer>\n")
	}
	b.WriteString("</body>\n</html>\n")
	return b.Bytes(), nil
}

// furnitureLine is the marking, case reference and fictitious banner, each
// in bold, as the top of every PDF page has them.
func furnitureLine(m Meta) string {
	var parts []string
	for _, s := range []string{m.Marking, m.CaseRef, m.Banner} {
		if s != "" {
			parts = append(parts, "<strong>"+html.EscapeString(s)+"</strong>")
		}
	}
	return strings.Join(parts, " · ")
}

// joinNonEmpty joins the strings that are not empty with sep.
func joinNonEmpty(sep string, ss ...string) string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, sep)
}

// attr escapes s for an attribute value in double quotes.
func attr(s string) string { return html.EscapeString(s) }

// rtlLanguages are the languages written right to left, by base tag.
var rtlLanguages = map[string]bool{
	"ar": true, "arc": true, "ckb": true, "dv": true, "fa": true, "he": true,
	"ks": true, "ku-arab": true, "pa-arab": true, "ps": true, "sd": true,
	"ug": true, "ur": true, "yi": true,
}

// Direction returns "rtl" for a language written right to left (Arabic,
// Urdu, Persian, Hebrew...) and "ltr" for any other.
func Direction(tag string) string {
	t := strings.ToLower(tag)
	if rtlLanguages[t] {
		return "rtl"
	}
	base, _, _ := strings.Cut(t, "-")
	if rtlLanguages[base] || strings.Contains(t, "-arab") {
		return "rtl"
	}
	return "ltr"
}

// htmlRenderer is goldmark's HTML renderer with GFM tables,
// strikethrough and task lists, and coregroup's renderers of named blocks,
// raw HTML (as text) and pictures (their alternative text), which take
// the place of goldmark's; m gives the pictures image blocks name.
func htmlRenderer(m *Meta) renderer.Renderer {
	return renderer.NewRenderer(renderer.WithNodeRenderers(
		util.Prioritized(gmhtml.NewRenderer(), 1000),
		util.Prioritized(extension.NewTableHTMLRenderer(), 500),
		util.Prioritized(extension.NewStrikethroughHTMLRenderer(), 500),
		util.Prioritized(htmlNodes{m}, 100),
	))
}

// htmlNodes renders the nodes coregroup draws its own way in HTML.
type htmlNodes struct{ m *Meta }

// RegisterFuncs registers the renderers of the named blocks, raw HTML,
// pictures and task check boxes.
func (h htmlNodes) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	for _, k := range []ast.NodeKind{kindScale, kindChart, kindBoxes, kindRows, kindSignature, kindPageBreak, kindImage} {
		reg.Register(k, h.renderPicture)
	}
	reg.Register(ast.KindRawHTML, renderRawHTML)
	reg.Register(ast.KindHTMLBlock, renderHTMLBlock)
	reg.Register(ast.KindImage, renderImage)
	reg.Register(east.KindTaskCheckBox, renderTaskBox)
}

func (h htmlNodes) renderPicture(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	if pb, ok := n.(*pageBreak); ok && n.Parent().Kind() != ast.KindDocument {
		pb = &pageBreak{} // a part starts only at the top of the document
		n = pb
	}
	if p, ok := n.(picture); ok {
		_, _ = w.WriteString(p.html(h.m))
	}
	return ast.WalkSkipChildren, nil
}

// renderRawHTML shows inline HTML as the text it is.
func renderRawHTML(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		segs := n.(*ast.RawHTML).Segments
		for i := 0; i < segs.Len(); i++ {
			seg := segs.At(i)
			_, _ = w.WriteString(html.EscapeString(string(seg.Value(src))))
		}
	}
	return ast.WalkSkipChildren, nil
}

// renderHTMLBlock shows a block of HTML as a paragraph of the text it is.
func renderHTMLBlock(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	var t strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		t.Write(seg.Value(src))
	}
	if b := n.(*ast.HTMLBlock); b.HasClosure() {
		seg := b.ClosureLine
		t.Write(seg.Value(src))
	}
	_, _ = w.WriteString("<p>" + strings.ReplaceAll(html.EscapeString(strings.TrimRight(t.String(), "\n")), "\n", "<br>\n") + "</p>\n")
	return ast.WalkSkipChildren, nil
}

// renderImage shows a picture's alternative text, as the PDF does: a
// document fetches nothing.
func renderImage(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	return ast.WalkContinue, nil
}

// renderTaskBox draws a task list's box as a character a screen reader
// names (ballot box, with a check when done), not an unlabelled input.
func renderTaskBox(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		box := "☐"
		if n.(*east.TaskCheckBox).IsChecked {
			box = "☑"
		}
		_, _ = w.WriteString(`<span class="task">` + box + "</span> ")
	}
	return ast.WalkContinue, nil
}
