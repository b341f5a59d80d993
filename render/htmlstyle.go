package render

import (
	"encoding/base64"
	"fmt"
	"html"
	"net/url"
	"strings"
	"sync"

	"coregroup/render/typeface"
)

// htmlStyle is the style sheet of every HTML document: the PDF's
// typeface (Andika, regular and bold, embedded: a browser slants the
// regular for italic), black on white, tables with
// ruled cells, the named blocks, and for print A4 pages whose margins
// carry the furniture (pageRules). Sizes are in rem, so that a reader's
// own text size, or the large class (Meta.Large), makes everything
// larger.
var htmlStyle = sync.OnceValue(func() string {
	font := func(weight string, ttf []byte) string {
		return fmt.Sprintf("@font-face { font-family: \"%s\"; font-weight: %s; font-style: normal; src: url(data:font/ttf;base64,%s) format(\"truetype\"); }\n",
			typeface.Name, weight, base64.StdEncoding.EncodeToString(ttf))
	}
	return font("400", typeface.Regular) + font("700", typeface.Bold) + htmlCSS
})

const htmlCSS = `html { font-family: "Andika", "Helvetica Neue", Arial, sans-serif; font-size: 100%; line-height: 1.5; color: #000; background: #fff; }
body { max-width: 46rem; margin: 0 auto; padding: 1rem; }
body.large { font-size: 1.3rem; line-height: 1.6; max-width: 52rem; }
h1 { font-size: 1.75em; line-height: 1.25; } h2 { font-size: 1.4em; } h3 { font-size: 1.15em; }
h1, h2, h3, h4 { margin: 1.4em 0 0.5em; break-after: avoid; }
p, li { overflow-wrap: break-word; }
a { color: #00458a; }
table { border-collapse: collapse; width: 100%; margin: 0.8em 0; break-inside: auto; }
th, td { border: 1px solid #000; padding: 0.3em 0.45em; text-align: start; vertical-align: top; }
thead th, th[scope="row"] { background: #eee; }
tr { break-inside: avoid; }
code, pre { font-family: ui-monospace, monospace; }
.furniture { font-size: 0.95em; border-bottom: 2px solid #000; }
footer.furniture { border-bottom: 0; border-top: 2px solid #000; margin-top: 2em; }
hr.pagebreak { border: 0; border-top: 1px dashed #555; margin: 2em 0; }
.task { font-size: 1.2em; }
.scale { margin: 1em 0; break-inside: avoid; }
.scale ol { display: flex; gap: 0.3em; list-style: none; margin: 0.4em 0; padding: 0; }
.scale li { flex: 1; text-align: center; border: 2px solid #000; border-radius: 0.4em; padding: 0.35em 0; font-size: 1.2em; }
.scale li[aria-current] { background: #000; color: #fff; font-weight: 700; }
.scale .ends { display: flex; justify-content: space-between; gap: 1em; margin: 0; }
.scale .ends span:last-child { text-align: end; }
.chart { margin: 1em 0; break-inside: avoid; }
.chart svg { width: 100%; height: auto; max-width: 40rem; display: block; }
.box { margin: 0.8em 0; break-inside: avoid; }
.box .lines { border: 1px solid #000; background-image: repeating-linear-gradient(to bottom, transparent 0, transparent calc(2em - 1px), #777 calc(2em - 1px), #777 2em); }
table.rows td { height: 2em; }
table.signature th { width: 35%; }
table.signature td { height: 2.4em; }
.draft { position: fixed; inset: 0; background-repeat: no-repeat; background-position: center; background-size: 90% auto; pointer-events: none; z-index: -1; }
@media print {
  body, body.large { max-width: none; margin: 0; padding: 0; }
  a { color: #000; }
  hr.pagebreak { break-after: page; border: 0; margin: 0; }
}
`

// pageRules are the print style's pages: A4, with the marking and case
// reference at the top of each page and the marking and "page x of y" at
// the bottom, in the language of the part the page is in (part1 is the
// document's first; Meta.Parts the later ones).
func pageRules(m Meta) string {
	var b strings.Builder
	b.WriteString(pageRule("", m))
	b.WriteString(pageRule("part1", m))
	for i, p := range m.Parts {
		b.WriteString(pageRule(fmt.Sprintf("part%d", i+2), m.furniture(p)))
	}
	return b.String()
}

// pageRule is one @page rule, named or not.
func pageRule(name string, m Meta) string {
	sel := "@page"
	if name != "" {
		sel += " " + name
	}
	top := joinNonEmpty(" · ", m.Marking, m.CaseRef, m.Banner)
	var bottom []string
	if m.Marking != "" {
		bottom = append(bottom, cssString(m.Marking+" · "))
	}
	if m.PageOf != "" {
		pages := strings.NewReplacer("{page}", "\x00page\x00", "{pages}", "\x00pages\x00").Replace(m.PageOf)
		for i, s := range strings.Split(pages, "\x00") {
			switch {
			case i%2 == 1:
				bottom = append(bottom, "counter("+s+")")
			case s != "":
				bottom = append(bottom, cssString(s))
			}
		}
	}
	r := sel + " { size: A4; margin: 20mm 18mm 22mm;\n"
	if top != "" {
		r += "  @top-center { content: " + cssString(top) + "; font: 700 9pt \"Andika\", sans-serif; }\n"
	}
	if len(bottom) > 0 {
		r += "  @bottom-center { content: " + strings.Join(bottom, " ") + "; font: 9pt \"Andika\", sans-serif; }\n"
	}
	return r + "}\n"
}

// cssString quotes s as a CSS string that cannot end the style element.
func cssString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\' || r == '<' || r == '>' || r == '&' || r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, "\\%x ", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// draftSVG is the draft watermark, the word across the page in light
// grey, as an SVG data URI: a picture, not text, so that it is read once
// (in the document's banner) and never between paragraphs.
func draftSVG(word string) string {
	svg := `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 850"><text x="300" y="425" text-anchor="middle" dominant-baseline="middle" transform="rotate(-45 300 425)" font-family="sans-serif" font-weight="700" font-size="110" fill="#d9d9d9">` +
		html.EscapeString(word) + `</text></svg>`
	return "data:image/svg+xml," + url.PathEscape(svg)
}
