package render

import (
	"bytes"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// textCases are Markdown snippets and text their PDF must show. They also
// seed FuzzPDF.
var textCases = []struct {
	name string
	md   string
	want []string
}{
	{"headings", "# Title one\n\n## Section two\n\n### Part three\n\n#### Level four\n\nBody.", []string{"Title one", "Section two", "Part three", "Level four", "Body."}},
	{"paragraphs and breaks", "First line  \nafter a hard break\\\nand another\nsoft break\n\nSecond paragraph.", []string{"First line\n", "after a hard break\n", "and another soft break", "Second paragraph."}},
	{"emphasis", "Plain *italic* **bold** ***both*** ~~struck~~ and `co*de`.", []string{"Plain italic bold both struck and co*de."}},
	// pdftotext runs letters apart by single spaces together, so the
	// accents are checked in words.
	{"welsh", "Gwasanaethau Cymdeithasol – ŵyr ŷd\n\ndŵr tŷ cân gêm sîr côr ûn Ŵyn Ŷd Âr Êl Îs Ôl Ûn ẁyn ẃyn ẅyn ỳn ýn ÿn", []string{"Gwasanaethau Cymdeithasol – ŵyr ŷd", "dŵr tŷ cân gêm sîr côr ûn Ŵyn Ŷd Âr Êl Îs Ôl Ûn ẁyn ẃyn ẅyn ỳn ýn ÿn"}},
	{"welsh decomposed", "w\u0302yr y\u0302d", []string{"ŵyr ŷd"}},
	{"other scripts", "Zoë Łukasz Ørsted Ğül Москва Αθήνα", []string{"Zoë Łukasz Ørsted Ğül Москва [Greek]"}},
	{"escapes", "Smith \\| \\*Jones\\* \\# not a heading \\<b\\> \\_x\\_ \\`y\\` \\[z\\] \\~\\~s\\~\\~ \\& \\!", []string{"Smith | *Jones* # not a heading <b> _x_ `y` [z] ~~s~~ & !"}},
	{"escaped line starts", "\\# Heading?\n\n\\- item?\n\n1\\. item?", []string{"# Heading?", "- item?", "1. item?"}},
	{"references", "Fish &amp; chips &#35;1 &#x41; \\&amp; &copy;", []string{"Fish & chips #1 A &amp; ©"}},
	{"raw html is text", "Say <b>hello</b> <script>alert(1)</script>\n\n<div>\nblock html\n</div>", []string{"Say <b>hello</b> <script>alert(1)</script>", "<div>", "block html", "</div>"}},
	{"code span keeps backslashes", "Run `a\\*b` now", []string{"Run a\\*b now"}},
	{"bullet list", "- apples\n- pears\n  - green\n  - red\n- plums", []string{"• apples", "• pears", "– green", "– red", "• plums"}},
	{"ordered list", "3. three\n4. four\n\n   more about four\n5. five", []string{"3. three", "4. four", "more about four", "5. five"}},
	{"task list", "- [ ] to do\n- [x] done", []string{"to do", "done"}},
	{"block quote", "> I like it at Nanna's.\n>\n> She does pancakes.", []string{"I like it at Nanna's.", "She does pancakes."}},
	{"thematic break", "above\n\n---\n\nbelow", []string{"above", "below"}},
	{"fenced code", "```\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n```", []string{"func main() {", `fmt.Println("hi")`, "}"}},
	{"indented code", "    indented *code*\n    line two", []string{"indented *code*", "line two"}},
	{"unknown fence is code", "```yaml\nkey: value\n```", []string{"key: value"}},
	{"links", "See [the guidance](https://example.org/guide) or <https://example.org/x>.", []string{"See the guidance (https://example.org/guide) or https://example.org/x."}},
	{"image alt", "![a drawing of a house](house.png)", []string{"a drawing of a house"}},
	{"table", "| Name | Role |\n|---|---|\n| Smith \\| \\*Jones\\* | Mum |\n| Ann | Health visitor |", []string{"Name", "Role", "Smith | *Jones*", "Mum", "Ann", "Health visitor"}},
	{"table alignment", "| L | C | R |\n|:--|:-:|--:|\n| left | centre | right |", []string{"left", "centre", "right"}},
	{"table with empty header", "| | |\n|---|---|\n| Date | Tuesday |", []string{"Date Tuesday"}},
	{"scale", "```scale\nscore: 6\nlow: Not safe at all\nhigh: Really safe\n```", []string{"0 1 2 3 4 5 6 7 8 9 10", "Not safe at all", "Really safe"}},
	{"blank scale", "```scale\nscore:\nlow: Worried\nhigh: Safe\n```", []string{"0 1 2 3 4 5 6 7 8 9 10", "Worried", "Safe"}},
	{"chart", "```chart\n| meeting | Mum | Health visitor |\n| 2026-09-18 | 6 | 5 |\n| 2026-10-09 | | 6 |\n| 2026-10-30 | 7 | 7 |\n```", []string{"Mum", "Health visitor", "2026-09-18", "2026-10-30", "meeting"}},
	{"boxes", "```boxes\nlabel: What is working well?\nlines: 5\nlabel: What are we worried about?\nlines: 3\n```", []string{"What is working well?", "What are we worried about?"}},
	{"signature", "```signature\nSigned\nDate\n```", []string{"Signed", "Date"}},
	{"long word", strings.Repeat("Llanfairpwllgwyngyll", 12), []string{"Llanfairpwllgwyngyll"}},
}

func TestPDFShowsTheText(t *testing.T) {
	for _, tc := range textCases {
		t.Run(tc.name, func(t *testing.T) {
			path := save(t, mustPDF(t, tc.md, testMeta()))
			text := pageText(t, path, 0)
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("text lacks %q:\n%s", w, text)
				}
			}
		})
	}
}

func TestPDFIsValidAndDescribed(t *testing.T) {
	m := testMeta()
	m.Title = "Cynllun i helpu Gethin – ŵyr ŷd"
	m.Subject = "Cynllun amddiffyn plant"
	m.Lang = "cy"
	md := "# Un\n\nTestun *italig* a **trwm** a `cod`.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n"
	pdf := mustPDF(t, md, m)
	path := save(t, pdf)

	if out := tool(t, "qpdf", "--check", path); !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check:\n%s", out)
	}
	info := squeeze(tool(t, "pdfinfo", "-enc", "UTF-8", path))
	for _, want := range []string{"Title: Cynllun i helpu Gethin – ŵyr ŷd", "Subject: Cynllun amddiffyn plant", "Creator: coregroup", "Pages: 1", "Page size: 595.28 x 841.89 pts (A4)"} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
	if strings.Contains(info, "Author:") {
		t.Errorf("the PDF names an author:\n%s", info)
	}
	if !bytes.Contains(pdf, []byte("/Lang (cy)")) {
		t.Error("the catalog has no /Lang (cy)")
	}
	if !bytes.Contains(pdf, []byte("/Outlines")) {
		t.Error("the headings make no bookmarks")
	}

	// Every font is Andika, embedded, and as a subset: the whole Andika
	// Regular is 670 KB, and this PDF, with three styles, is a fraction
	// of one. Code is set in Andika too: no programmer's font.
	fonts := tool(t, "pdffonts", path)
	rows := strings.Split(strings.TrimSpace(fonts), "\n")[2:]
	if len(rows) != 3 {
		t.Errorf("want 3 fonts (regular, bold, italic):\n%s", fonts)
	}
	for _, r := range rows {
		f := strings.Fields(r)
		if !strings.HasPrefix(f[0], "utf8andika") {
			t.Errorf("a font other than Andika: %s", r)
		}
		if len(f) < 7 || f[len(f)-5] != "yes" || f[len(f)-3] != "yes" {
			t.Errorf("font not embedded with a Unicode map: %s", r)
		}
	}
	if len(pdf) > 60_000 {
		t.Errorf("PDF is %d bytes: are the fonts subset?", len(pdf))
	}
}

func TestLangMustBeATag(t *testing.T) {
	m := testMeta()
	m.Lang = "en) /Evil (x"
	if _, err := PDF([]byte("x"), m); err == nil || !strings.Contains(err.Error(), "language") {
		t.Errorf("got %v, want a language error", err)
	}
	m.Lang = ""
	if pdf := mustPDF(t, "x", m); bytes.Contains(pdf, []byte("/Lang")) {
		t.Error("an empty Lang wrote /Lang")
	}
}

func TestSameInputSameBytes(t *testing.T) {
	md := readTestdata(t, "minutes.md")
	m := testMeta()
	m.Draft = "DRAFT"
	m.Banner = "FICTITIOUS EXAMPLE - NOT A REAL CASE"
	first := mustPDF(t, md, m)
	// Also in parallel: nothing is shared between documents but the fonts.
	var wg sync.WaitGroup
	outs := make([][]byte, 4)
	for i := range outs {
		wg.Go(func() { outs[i], _ = PDF([]byte(md), m) })
	}
	wg.Wait()
	for i, out := range append(outs, mustPDF(t, md, m)) {
		if !bytes.Equal(first, out) {
			t.Fatalf("render %d differs from the first", i)
		}
	}
}

func TestCreatedDate(t *testing.T) {
	creation := regexp.MustCompile(`/CreationDate \(D:(\d+)Z\)`)
	date := func(m Meta) string {
		got := creation.FindSubmatch(mustPDF(t, "x", m))
		if got == nil {
			t.Fatal("no /CreationDate")
		}
		return string(got[1])
	}
	m := testMeta()
	if got := date(m); got != "20000101000000" {
		t.Errorf("zero Created gave %s, want 20000101000000", got)
	}
	m.Created = time.Date(2026, 11, 26, 14, 30, 0, 0, time.FixedZone("BST", 3600))
	if got := date(m); got != "20261126133000" {
		t.Errorf("got %s, want 20261126133000 (UTC)", got)
	}
	a := mustPDF(t, "x", m)
	m.Created = m.Created.Add(time.Hour)
	if bytes.Equal(a, mustPDF(t, "x", m)) {
		t.Error("different Created gave the same bytes")
	}
	info := tool(t, "pdfinfo", save(t, a))
	if !strings.Contains(info, "2026") {
		t.Errorf("pdfinfo shows no 2026 date:\n%s", info)
	}
}

func TestLargeTypeIsLarger(t *testing.T) {
	md := readTestdata(t, "plan.md")
	m := testMeta()
	small := pageCount(t, save(t, mustPDF(t, md, m)))
	m.Large = true
	large := pageCount(t, save(t, mustPDF(t, md, m)))
	if large <= small {
		t.Errorf("large type took %d pages, ordinary %d", large, small)
	}
	// The body of the family copy is set at about 14pt, that of the
	// ordinary copy at 11pt: pdftotext's boxes are the font's ascent
	// and descent, 1.6 times the size in Andika.
	m.Large = false
	ordinary := wordHeight(t, mustPDF(t, "Body text here", m))
	m.Large = true
	if h := wordHeight(t, mustPDF(t, "Body text here", m)); h/ordinary < 1.2 || h/ordinary > 1.35 {
		t.Errorf("large body text is %.1fpt high, ordinary %.1fpt", h, ordinary)
	}
	// Large print, 16pt, wins over the family copy's 14pt.
	m.LargePrint = true
	if h := wordHeight(t, mustPDF(t, "Body text here", m)); h/ordinary < 1.4 || h/ordinary > 1.55 {
		t.Errorf("large print body text is %.1fpt high, ordinary %.1fpt", h, ordinary)
	}
}

// wordHeight returns the height of the box pdftotext gives the word
// "Body" of a PDF.
func wordHeight(t *testing.T, pdf []byte) float64 {
	t.Helper()
	for _, w := range words(t, save(t, pdf)) {
		if w.text == "Body" {
			return w.yMax - w.yMin
		}
	}
	t.Fatal("no word Body")
	return 0
}
