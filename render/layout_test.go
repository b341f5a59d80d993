package render

import (
	"fmt"
	"strings"
	"testing"
)

// mm converts millimetres to the points pdftotext reports.
func mm(v float64) float64 { return v / 25.4 * 72 }

func TestTableRepeatsItsHeaderOnEveryPage(t *testing.T) {
	var b strings.Builder
	b.WriteString("## Actions\n\n| Number | Action | Who |\n|---|---|---|\n")
	for i := 1; i <= 60; i++ {
		fmt.Fprintf(&b, "| row %02d | Action %02d, which says what will be done and when, at some length. | Person %02d |\n", i, i, i)
	}
	b.WriteString("\nAfter the table.\n")
	path := save(t, mustPDF(t, b.String(), testMeta()))
	n := pageCount(t, path)
	if n < 2 {
		t.Fatalf("60 rows fit on %d page", n)
	}
	next := 1
	for p := 1; p <= n; p++ {
		text := pageText(t, path, p)
		if !strings.Contains(text, "Number Action Who") {
			t.Errorf("page %d lacks the header row:\n%s", p, text)
		}
		// Every row is whole, on one page, in order.
		for strings.Contains(text, fmt.Sprintf("row %02d", next)) {
			if !strings.Contains(text, fmt.Sprintf("Person %02d", next)) {
				t.Errorf("row %d is split across pages", next)
			}
			next++
		}
	}
	if next != 61 {
		t.Errorf("found rows 1 to %d of 60 in order", next-1)
	}
	if p := findPage(t, path, "After the table."); p != n {
		t.Errorf("the text after the table is on page %d of %d", p, n)
	}
}

func TestRowTallerThanAPageIsSplit(t *testing.T) {
	var long strings.Builder
	for i := range 500 {
		fmt.Fprintf(&long, "word%03d ", i)
	}
	md := "| Who | What |\n|---|---|\n| Ann | " + long.String() + "|\n| Bob | short |\n"
	path := save(t, mustPDF(t, md, testMeta()))
	if n := pageCount(t, path); n < 2 {
		t.Fatalf("%d page", n)
	}
	all := pageText(t, path, 0)
	for _, w := range []string{"word000", "word250", "word499", "Bob"} {
		if !strings.Contains(all, w) {
			t.Errorf("lost %q", w)
		}
	}
	if !strings.Contains(pageText(t, path, 2), "Who What") {
		t.Error("page 2 lacks the repeated header")
	}
	bodyWords(t, path)
}

// bodyWords checks that every word of a PDF lies inside the page's
// margins, and returns the words.
func bodyWords(t *testing.T, path string) []word {
	t.Helper()
	ws := words(t, path)
	for _, w := range ws {
		if w.xMin < mm(marginX)-0.5 || w.xMax > mm(pageW-marginX)+0.5 {
			t.Errorf("%q lies outside the margins: x %.1f to %.1f", w.text, w.xMin, w.xMax)
		}
		if w.yMin < 0 || w.yMax > mm(pageH) {
			t.Errorf("%q lies off the page: y %.1f to %.1f", w.text, w.yMin, w.yMax)
		}
	}
	return ws
}

func TestNothingCrossesTheMargins(t *testing.T) {
	long := strings.Repeat("Unbreakable", 30)
	url := "https://example.org/" + strings.Repeat("a-very-long-path/", 15)
	md := "# " + long + "\n\n" + long + " in a paragraph, and a link: <" + url + ">\n\n" +
		"- " + long + "\n  - " + long + "\n\n> " + long + "\n\n" +
		"```\n" + long + " " + long + "\n```\n\n" +
		"| A | B | C | D | E | F | G | H |\n|---|---|---|---|---|---|---|---|\n| " +
		strings.Repeat(long+" | ", 8) + "\n\n" +
		"```scale\nscore: 3\nlow: " + long + "\nhigh: " + long + "\n```\n\n" +
		"```chart\n| meeting | " + long + " | B |\n| " + long + " | 1 | 2 |\n| x | 3 | 4 |\n```\n\n" +
		"```boxes\nlabel: " + long + "\nlines: 2\n```\n\n```signature\n" + long + "\n```\n\n" +
		strings.Repeat("> - ", 30) + long + "\n"
	m := testMeta()
	for _, large := range []bool{false, true} {
		m.Large = large
		ws := bodyWords(t, save(t, mustPDF(t, md, m)))
		if len(ws) < 20 {
			t.Errorf("large=%v: only %d words", large, len(ws))
		}
	}
}

func TestHeadingIsNeverLeftAtThePageFoot(t *testing.T) {
	// However much comes before it, a heading shares its page with the
	// first three lines of its section.
	moved := false
	for n := 22; n <= 34; n++ {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "Filler paragraph %d.\n\n", i)
		}
		b.WriteString("## The heading\n\nalpha line one\\\nbravo line two\\\ncharlie line three\\\ndelta line four\n")
		path := save(t, mustPDF(t, b.String(), testMeta()))
		head := findPage(t, path, "The heading")
		if third := findPage(t, path, "charlie line three"); head != third {
			t.Errorf("%d fillers: heading on page %d, its third line on page %d", n, head, third)
		}
		if head == 2 && findPage(t, path, fmt.Sprintf("Filler paragraph %d.", n-1)) == 1 {
			moved = true
		}
	}
	if !moved {
		t.Error("no heading moved to a new page: the test does not reach the page foot")
	}
}

func TestHeadingMovesRatherThanStrand(t *testing.T) {
	// Fill the first page to within two lines of its foot: the heading
	// and a line would fit there, the heading and three would not.
	m := testMeta()
	var b strings.Builder
	for i := 0; ; i++ {
		fmt.Fprintf(&b, "Filler %d.\n\n", i)
		d := layoutOnly(t, b.String(), m)
		if d.pdf.PageNo() > 1 {
			t.Fatal("overfilled")
		}
		if bodyBottom-d.y < 2.5*d.th.lineHeight(d.th.body)+d.th.headSpace[1] {
			break
		}
	}
	b.WriteString("## Stranded?\n\nOne.\\\nTwo.\\\nThree.\\\nFour.\n")
	path := save(t, mustPDF(t, b.String(), m))
	if p := findPage(t, path, "Stranded?"); p != 2 {
		t.Errorf("the heading is on page %d, want 2", p)
	}
}
