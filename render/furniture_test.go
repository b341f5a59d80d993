package render

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// threePages is a document of exactly three pages.
const threePages = "# One\n\nFirst page.\n\n```pagebreak\n```\n\n# Two\n\nSecond page.\n\n```pagebreak\n```\n\n# Three\n\nThird page."

func TestEveryPageHasItsFurniture(t *testing.T) {
	tests := []struct {
		name   string
		md     string
		meta   func(*Meta)
		format string // the page number, with %d for the page and the pages
	}{
		{"page breaks", threePages, func(*Meta) {}, "Page %d of %d"},
		{"welsh", threePages, func(m *Meta) { m.PageOf = "Tudalen {page} o {pages}"; m.Lang = "cy" }, "Tudalen %d o %d"},
		{"long text", strings.Repeat("A paragraph long enough to fill a good part of a line, said again and again. ", 40) + "\n\n" +
			strings.Repeat("More words to fill the pages of this test, without any page break. ", 125), func(*Meta) {}, "Page %d of %d"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := testMeta()
			m.Banner = "FICTITIOUS EXAMPLE - NOT A REAL CASE"
			tc.meta(&m)
			path := save(t, mustPDF(t, tc.md, m))
			n := pageCount(t, path)
			if n != 3 {
				t.Fatalf("%d pages, want 3", n)
			}
			for p := 1; p <= n; p++ {
				text := pageText(t, path, p)
				want := []string{fmt.Sprintf(tc.format, p, n), "CG-TEST-0001", "Test plan", "FICTITIOUS EXAMPLE - NOT A REAL CASE"}
				for _, w := range want {
					if !strings.Contains(text, w) {
						t.Errorf("page %d lacks %q:\n%s", p, w, text)
					}
				}
				if c := strings.Count(text, "OFFICIAL-SENSITIVE"); c != 2 {
					t.Errorf("page %d shows the marking %d times, want 2 (top and bottom)", p, c)
				}
				// The marking is the first line and the last.
				lines := strings.Split(strings.TrimSpace(text), "\n")
				if strings.TrimSpace(lines[0]) != "OFFICIAL-SENSITIVE" || !strings.Contains(lines[len(lines)-1], "OFFICIAL-SENSITIVE") {
					t.Errorf("page %d: the marking is not at the top and the bottom:\n%s", p, text)
				}
			}
		})
	}
}

func TestPageNumbersPastNine(t *testing.T) {
	md := strings.Repeat("Page.\n\n```pagebreak\n```\n\n", 11) + "Last."
	path := save(t, mustPDF(t, md, testMeta()))
	for _, p := range []int{1, 9, 10, 12} {
		if text := pageText(t, path, p); !strings.Contains(text, fmt.Sprintf("Page %d of 12", p)) {
			t.Errorf("page %d lacks \"Page %d of 12\":\n%s", p, p, text)
		}
	}
}

func TestPageNumberTextIsNotAnAlias(t *testing.T) {
	// Text that looks like fpdf's default alias must print as it is.
	path := save(t, mustPDF(t, "Braces {nb} and {pages} and {page} stay.", testMeta()))
	if text := pageText(t, path, 1); !strings.Contains(text, "Braces {nb} and {pages} and {page} stay.") {
		t.Errorf("text changed:\n%s", text)
	}
}

func TestDraftWatermark(t *testing.T) {
	m := testMeta()
	m.Draft = "DRAFT"
	path := save(t, mustPDF(t, threePages, m))
	for p := 1; p <= 3; p++ {
		// The header says DRAFT once; the watermark is drawn, not
		// written, so it leaves no letters about the page's text.
		text := pageText(t, path, p)
		if c := strings.Count(text, "DRAFT"); c != 1 {
			t.Errorf("page %d says DRAFT %d times, want once:\n%s", p, c, text)
		}
		first := strings.Split(text, "\n")[0]
		if !strings.Contains(first, "OFFICIAL-SENSITIVE") || !strings.Contains(first, "DRAFT") {
			t.Errorf("page %d: DRAFT is not beside the marking: %q", p, first)
		}
	}
	// Each page has the watermark: a filled shape turned to the page's
	// diagonal.
	qdf := filepath.Join(t.TempDir(), "qdf.pdf")
	tool(t, "qpdf", "--qdf", "--object-streams=disable", path, qdf)
	b, err := os.ReadFile(qdf)
	if err != nil {
		t.Fatal(err)
	}
	if c := bytes.Count(b, []byte("0.57786 0.81614 -0.81614 0.57786")); c != 3 {
		t.Errorf("%d diagonal watermarks, want 3", c)
	}
	m.Draft = ""
	if text := pageText(t, save(t, mustPDF(t, threePages, m)), 1); strings.Contains(text, "DRAFT") {
		t.Error("a final copy says DRAFT")
	}
}

func TestLongFurnitureIsShortened(t *testing.T) {
	m := testMeta()
	m.Title = strings.Repeat("A very long document title ", 10)
	m.CaseRef = "CG-2026-0142"
	for _, w := range words(t, save(t, mustPDF(t, "x", m))) {
		if w.xMax > pageW/25.4*72-marginX/25.4*72+0.5 {
			t.Errorf("%q runs into the right margin (x %.1f)", w.text, w.xMax)
		}
	}
}

// TestEachPartStartsOnAnOddPageWithItsFurniture draws a document in two
// parts, Welsh then English, whose Welsh part ends on page 1: the English
// starts on page 3, after a blank page, with its own marking and page
// numbers, and the Welsh page keeps the Welsh.
func TestEachPartStartsOnAnOddPageWithItsFurniture(t *testing.T) {
	m := testMeta()
	m.Marking, m.PageOf = "SWYDDOGOL-SENSITIF", "Tudalen {page} o {pages}"
	m.Parts = []Meta{{Title: "Plan", Marking: "OFFICIAL-SENSITIVE", PageOf: "Page {page} of {pages}"}}
	path := save(t, mustPDF(t, "Cymraeg.\n\n```pagebreak\npart: 2\n```\n\nEnglish.\n", m))
	if n := pageCount(t, path); n != 3 {
		t.Fatalf("%d pages, want 3", n)
	}
	if p := findPage(t, path, "English."); p != 3 {
		t.Errorf("the English starts on page %d", p)
	}
	for page, want := range map[int][]string{1: {"SWYDDOGOL-SENSITIF", "Tudalen 1 o 3"}, 2: {"SWYDDOGOL-SENSITIF"}, 3: {"OFFICIAL-SENSITIVE", "Page 3 of 3", "Plan"}} {
		text := pageText(t, path, page)
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("page %d lacks %q:\n%s", page, w, text)
			}
		}
	}
	if strings.Contains(pageText(t, path, 3), "SWYDDOGOL") {
		t.Error("the English page keeps Welsh furniture")
	}
}
