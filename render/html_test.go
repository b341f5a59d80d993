package render

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"testing"
)

// htmlBody returns the HTML of src without the style sheet, which holds
// the embedded typeface.
func htmlBody(t *testing.T, src string, m Meta) string {
	t.Helper()
	out, err := HTML([]byte(src), m)
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	i, j := strings.Index(s, "<style>"), strings.Index(s, "</style>")
	if i < 0 || j < i {
		t.Fatalf("no style sheet in %.200q", s)
	}
	return s[:i] + s[j:]
}

func TestHTMLDrawsEachPartAccessibly(t *testing.T) {
	tests := []struct {
		name, src string
		m         Meta
		want      []string
		not       []string
	}{
		{"page language and title", "# Plan\n\nText.\n", Meta{Lang: "cy", Title: "Cynllun", CaseRef: "REF-1"},
			[]string{`<html lang="cy" dir="ltr">`, "<title>Cynllun · REF-1</title>", "<h1>Plan</h1>", "<main>"}, nil},
		{"right to left", "Text.\n", Meta{Lang: "ur"}, []string{`<html lang="ur" dir="rtl">`}, nil},
		{"raw HTML is text", "Hello <script>alert(1)</script> there\n\n<div onclick=\"x\">a</div>\n", Meta{},
			[]string{"&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;div onclick=&#34;x&#34;&gt;a&lt;/div&gt;"}, []string{"<script", "<div onclick", "raw HTML omitted"}},
		{"pictures are their alternative text", "![a drawing of a house](http://example.invalid/x.png)\n", Meta{},
			[]string{"a drawing of a house"}, []string{"<img", "example.invalid"}},
		{"tables have header cells", "| Who | When |\n|---|---|\n| Ann | Monday |\n", Meta{},
			[]string{"<th>Who</th>", "<td>Ann</td>"}, nil},
		{"task boxes are characters", "- [x] done\n- [ ] not yet\n", Meta{}, []string{"☑</span> done", "☐</span> not yet"}, []string{"<input"}},
		{"scale", "```scale\nlabel: How safe?\nscore: 6\nlow: Not safe\nhigh: <Safe>\n```\n", Meta{},
			[]string{"<strong>How safe?</strong>", `<li aria-current="true">6</li>`, "<li>5</li>", "0: Not safe", "10: &lt;Safe&gt;"}, []string{"<Safe>"}},
		{"blank scale", "```scale\nscore:\n```\n", Meta{}, []string{"<li>0</li>", "<li>10</li>"}, []string{"aria-current"}},
		{"chart", "```chart\n| meeting | Mum | Gran |\n| 1 Oct | 3 | |\n| 2 Nov | 5 | 6 |\n```\n", Meta{},
			[]string{`<svg aria-hidden="true"`, `<th scope="col">meeting</th><th scope="col">Mum</th>`, `<tr><th scope="row">2 Nov</th><td>5</td><td>6</td></tr>`, `<td>3</td><td></td>`, "<polyline"}, nil},
		{"boxes", "```boxes\nlabel: Worries\nlines: 3\nlabel:\nlines: 2\n```\n", Meta{},
			[]string{"<strong>Worries</strong>", `style="height: 6em"`, `<div class="box"><div class="lines" style="height: 4em">`}, nil},
		{"rows", "```rows\n| Name | Role |\n| Ann & co | |\nrows: 2\n```\n", Meta{},
			[]string{`<th scope="col">Name</th>`, "<td>Ann &amp; co</td><td></td>", "<tr><td></td><td></td></tr>\n<tr><td></td><td></td></tr>"}, nil},
		{"signature", "```signature\nSigned\nDate: 1 October 2026\n```\n", Meta{},
			[]string{`<th scope="row">Signed</th><td></td>`, `<th scope="row">Date</th><td>1 October 2026</td>`}, nil},
		{"page break", "One\n\n```pagebreak\n```\n\nTwo\n", Meta{}, []string{`<hr class="pagebreak">`}, nil},
		{"a part in another language", "# Un\n\n```pagebreak\npart: 2\nlang: en\n```\n\n# One\n", Meta{Lang: "cy"},
			[]string{`<section class="part" style="page: part1">` + "\n<h1>Un</h1>\n</section>\n" + `<section class="part" lang="en" dir="ltr" style="page: part2; break-before: right">` + "\n<h1>One</h1>\n</section>"}, nil},
		{"a part inside a list is only a page break", "- a\n\n  ```pagebreak\n  part: 2\n  ```\n", Meta{}, []string{`<hr class="pagebreak">`}, []string{"part2"}},
		{"furniture", "Text\n", Meta{Marking: "OFFICIAL-SENSITIVE", CaseRef: "R<1>", Banner: "FICTITIOUS"},
			[]string{`<header class="furniture"><p><strong>OFFICIAL-SENSITIVE</strong> · <strong>R&lt;1&gt;</strong> · <strong>FICTITIOUS</strong></p></header>`, `<footer class="furniture">`}, nil},
		{"large", "Text\n", Meta{Large: true}, []string{`<body class="large">`}, nil},
		{"draft", "Text\n", Meta{Draft: "DRAFT"}, []string{`<div class="draft" aria-hidden="true" style="background-image: url(&quot;data:image/svg+xml,`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := htmlBody(t, tt.src, tt.m)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("no %q in\n%s", w, got)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(got, n) {
					t.Errorf("%q in\n%s", n, got)
				}
			}
			if a, b := strings.Count(got, "<section"), strings.Count(got, "</section>"); a != b {
				t.Errorf("%d sections opened, %d closed", a, b)
			}
		})
	}
}

// TestHTMLStandsAlone: nothing in a document is fetched or run: no
// script, no link, no src or url() that is not data, the same bytes each
// time, and a malformed block is an error as for PDF.
func TestHTMLStandsAlone(t *testing.T) {
	src := []byte("# Plan\n\n[a link](https://example.invalid)\n\n```scale\nscore: 3\n```\n\n```chart\n| m | A |\n| 1 | 2 |\n```\n")
	m := Meta{Lang: "en", Title: "Plan", Marking: "OFFICIAL", PageOf: "Page {page} of {pages}", Draft: "DRAFT", Parts: []Meta{{Marking: "SWYDDOGOL", PageOf: "Tudalen {page} o {pages}"}}}
	a, err := HTML(src, m)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := HTML(src, m)
	if !bytes.Equal(a, b) {
		t.Error("two runs, two outputs")
	}
	s := string(a)
	for _, bad := range []string{"<script", "<link", "<iframe", "<img", "@import", "javascript:"} {
		if strings.Contains(s, bad) {
			t.Errorf("%q in the document", bad)
		}
	}
	for _, u := range regexp.MustCompile(`(?:src=|url\()"?(?:&quot;)?([a-z]+:)`).FindAllStringSubmatch(s, -1) {
		if u[1] != "data:" {
			t.Errorf("fetches %s", u[0])
		}
	}
	for _, w := range []string{`@font-face { font-family: "Andika"; font-weight: 400`, "size: A4", `@page part2`, `"Tudalen " counter(page) " o " counter(pages)`, `"Page " counter(page) " of " counter(pages)`, `@media print`} {
		if !strings.Contains(s, w) {
			t.Errorf("no %q", w)
		}
	}
	if _, err := HTML([]byte("```scale\nscore: 11\n```\n"), Meta{}); err == nil {
		t.Error("a malformed scale gave no error")
	}
}

func TestCSSStringCannotEndTheStyle(t *testing.T) {
	for in, want := range map[string]string{
		`OFFICIAL`:         `"OFFICIAL"`,
		`a"b\c`:            `"a\22 b\5c c"`,
		"</style><script>": `"\3c /style\3e \3c script\3e "`,
		"two\nlines":       `"two\a lines"`,
	} {
		if got := cssString(in); got != want {
			t.Errorf("cssString(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestDirection(t *testing.T) {
	for tag, want := range map[string]string{"en": "ltr", "cy": "ltr", "pl": "ltr", "ur": "rtl", "ar": "rtl", "ar-EG": "rtl", "pa-Arab": "rtl", "pa": "ltr", "bn": "ltr", "he": "rtl", "": "ltr"} {
		if got := Direction(tag); got != want {
			t.Errorf("Direction(%q) = %s, want %s", tag, got, want)
		}
	}
}

// TestPDFRefusesScriptsItCannotLayOut: Urdu, Arabic, Bengali and Chinese
// are refused for PDF with a message that names the language and script
// and says to write HTML; Polish, Welsh, Greek and Russian are drawn.
func TestPDFRefusesScriptsItCannotLayOut(t *testing.T) {
	for lang, want := range map[string]string{"ur": "Urdu (ur) is written in the Arabic script", "ar": "Arabic (ar)", "bn": "Bangla (bn) is written in the Bangla script", "zh": "Chinese (zh)", "pa": "Punjabi (pa) is written in the Gurmukhi script"} {
		_, err := PDF([]byte("Text\n"), Meta{Lang: lang})
		var se *ScriptError
		if !errors.As(err, &se) || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "--format html") {
			t.Errorf("%s: %v", lang, err)
		}
	}
	if _, err := PDF([]byte("# Un\n\n```pagebreak\npart: 2\nlang: ur\n```\n\nText\n"), Meta{Lang: "cy"}); err == nil {
		t.Error("a part in Urdu was drawn")
	}
	for _, lang := range []string{"pl", "cy", "el", "ru", "ro", "lt", "pt"} {
		if _, err := PDF([]byte("Zażółć gęślą jaźń\n"), Meta{Lang: lang}); err != nil {
			t.Errorf("%s: %v", lang, err)
		}
	}
}
