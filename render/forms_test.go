package render

import (
	"fmt"
	"strings"
	"testing"
)

// TestAShortListIsKeptOnOnePage fills a page almost to its foot, then
// writes an 8-item agenda: every item goes on the next page rather than
// the last items alone.
func TestAShortListIsKeptOnOnePage(t *testing.T) {
	var md strings.Builder
	for i := range 27 {
		fmt.Fprintf(&md, "Filler line %d.\n\n", i)
	}
	for i := 1; i <= 8; i++ {
		fmt.Fprintf(&md, "%d. Item number %d of the agenda\n", i, i)
	}
	path := save(t, mustPDF(t, md.String(), testMeta()))
	first := findPage(t, path, "Item number 1 ")
	for i := 2; i <= 8; i++ {
		if p := findPage(t, path, fmt.Sprintf("Item number %d ", i)); p != first {
			t.Errorf("item %d is on page %d, item 1 on page %d", i, p, first)
		}
	}
	if first != 2 {
		t.Errorf("the agenda starts on page %d: the filler no longer fills page 1", first)
	}
}

func TestRowsBlockSizesColumnsAndRows(t *testing.T) {
	md := "```rows\nwidths: 45 60 25 *\n| Name | Address | Date of birth | Relationship |\n| Leo Example | 1 Example Row | | Subject |\nrows: 15\n```\n"
	path := save(t, mustPDF(t, md, testMeta()))
	ws := words(t, path)
	at := map[string]float64{}
	for _, w := range ws {
		if _, seen := at[w.text]; !seen {
			at[w.text] = w.xMin
		}
	}
	// Name is 45 mm wide, Address 60 mm, of a column of 170 mm (the
	// widths are stretched to fill it: * gets 40 mm, 170/170).
	if got := (at["Address"] - at["Name"]) / mm(1); got < 44 || got > 46 {
		t.Errorf("the Name column is %.1f mm wide, want 45", got)
	}
	if got := (at["Date"] - at["Address"]) / mm(1); got < 59 || got > 61 {
		t.Errorf("the Address column is %.1f mm wide, want 60", got)
	}
	if pageCount(t, path) != 1 {
		t.Error("15 empty rows do not fit on one page")
	}
}

func TestRowsBlockErrors(t *testing.T) {
	for src, want := range map[string]string{
		"widths: 45 *\n| A | B | C |\n": "2 widths, but the header has 3 columns",
		"| A |\n| x | y |\n":            "2 cells, but the header has 1",
		"rows: 3\n":                     "no header line",
		"| A |\nrows: many\n":           `rows "many" is not a whole number`,
		"widths: 2\n| A |\n":            `width "2" is not a number of mm`,
		"| A |\ncolour: red\n":          `unknown key "colour"`,
	} {
		_, err := Parse([]byte("```rows\n" + src + "```\n"))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", src, err, want)
		}
	}
}

func TestSignatureLinesCarryWhatIsWritten(t *testing.T) {
	path := save(t, mustPDF(t, "```signature\nSigned\nDate: 1 October 2026\n```\n", testMeta()))
	if text := pageText(t, path, 1); !strings.Contains(text, "Date") || !strings.Contains(text, "1 October 2026") {
		t.Errorf("the signature block reads %q", text)
	}
}

func TestABoxWithAnEmptyLabelHasNone(t *testing.T) {
	path := save(t, mustPDF(t, "## What happened\n\n```boxes\nlabel:\nlines: 3\n```\n", testMeta()))
	if text := pageText(t, path, 1); strings.Count(text, "What happened") != 1 {
		t.Errorf("the heading is repeated as a label: %q", text)
	}
}

// TestASignatureIsNeverAloneOnItsPage fills page 1 to its foot with
// paragraphs, the last followed by a signature block: the signature does
// not start a page of its own.
func TestASignatureIsNeverAloneOnItsPage(t *testing.T) {
	for n := 24; n <= 32; n++ {
		var md strings.Builder
		for i := range n {
			fmt.Fprintf(&md, "Filler line %d.\n\n", i)
		}
		md.WriteString("The last thing said before the signature.\n\n```signature\nSigned\nDate\n```\n")
		path := save(t, mustPDF(t, md.String(), testMeta()))
		if a, b := findPage(t, path, "The last thing said"), findPage(t, path, "Signed"); a != b {
			t.Errorf("%d lines before: what is signed for is on page %d, the signature on page %d", n, a, b)
		}
	}
}
