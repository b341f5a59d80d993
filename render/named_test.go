package render

import (
	"strings"
	"testing"
)

func TestScaleMarksTheScore(t *testing.T) {
	md := "```scale\nlabel: How safe is home?\nscore: 6\nlow: Not safe at all\nhigh: Really safe\n```"
	path := save(t, mustPDF(t, md, testMeta()))
	text := pageText(t, path, 1)
	for _, w := range []string{"How safe is home?", "0 1 2 3 4 5 6 7 8 9 10", "Not safe at all", "Really safe"} {
		if !strings.Contains(text, w) {
			t.Errorf("lacks %q:\n%s", w, text)
		}
	}
	// The score's number is bold and the others are not: the score is
	// the one box drawn filled, with its number in white bold.
	fonts := tool(t, "pdffonts", path)
	if !strings.Contains(fonts, "utf8andikaB") {
		t.Errorf("no bold number for the score:\n%s", fonts)
	}
	// Low sits under 0 on the left, high under 10 on the right.
	var zero, ten, low, high word
	for _, w := range words(t, path) {
		switch w.text {
		case "0":
			zero = w
		case "10":
			ten = w
		case "Not":
			low = w
		case "safe":
			if w.xMin > high.xMin {
				high = w
			}
		}
	}
	if low.xMin > zero.xMax || low.yMin < zero.yMax {
		t.Errorf("low label (%v) is not under 0 (%v)", low, zero)
	}
	if high.xMax < ten.xMin || high.yMin < ten.yMax {
		t.Errorf("high label (%v) is not under 10 (%v)", high, ten)
	}
}

func TestChartHasALegend(t *testing.T) {
	md := "```chart\n| meeting | Mum | Health visitor | Teacher |\n| --- | --- | --- | --- |\n| 2026-09-18 | 6 | 5 | |\n| 2026-10-09 | | 6 | 4 |\n| 2026-10-30 | 7 | 7 | 5 |\n```"
	text := pageText(t, save(t, mustPDF(t, md, testMeta())), 1)
	for _, w := range []string{"Mum", "Health visitor", "Teacher", "2026-09-18", "2026-10-09", "2026-10-30", "meeting", "10", "0"} {
		if !strings.Contains(text, w) {
			t.Errorf("lacks %q:\n%s", w, text)
		}
	}
}

func TestBoxesAreNeverSplit(t *testing.T) {
	m := testMeta()
	filler := strings.Repeat("Filler paragraph.\n\n", 24)
	md := filler + "```boxes\nlabel: What is working well?\nlines: 12\nlabel: What are we worried about?\nlines: 4\n```\n"
	d := layoutOnly(t, filler, m)
	room := bodyBottom - d.y
	b := &boxes{}
	if need := b.boxHeight(d, []line{{}}, 12); need < room {
		t.Fatalf("the test needs less room (%.0f mm) above the box than it has (%.0f mm)", room, need)
	}
	path := save(t, mustPDF(t, md, m))
	if p := findPage(t, path, "What is working well?"); p != 2 {
		t.Errorf("the first box's label is on page %d, want 2", p)
	}
	d = layoutOnly(t, md, m)
	if d.pdf.PageNo() != 2 {
		t.Fatalf("%d pages, want 2", d.pdf.PageNo())
	}
	// Page 2 holds both boxes whole.
	want := bodyTop + 2*(d.th.lineHeight(d.th.body)+1.5+2) + 16*ruleGap + d.th.paraGap
	if d.y < want-0.1 || d.y > want+0.1 {
		t.Errorf("page 2 ends at %.1f mm, want %.1f", d.y, want)
	}
}

func TestBoxTallerThanAPage(t *testing.T) {
	md := "```boxes\nlabel: Everything\nlines: 60\n```"
	path := save(t, mustPDF(t, md, testMeta()))
	if n := pageCount(t, path); n != 3 {
		t.Errorf("60 lines took %d pages, want 3", n)
	}
	for p := 1; p <= 3; p++ {
		if !strings.Contains(pageText(t, path, p), "Everything") {
			t.Errorf("page %d's box has no label", p)
		}
	}
}

func TestSignatureLinesStayTogether(t *testing.T) {
	filler := strings.Repeat("Filler paragraph.\n\n", 26)
	md := filler + "```signature\nSigned\nName\nDate\n```"
	// There is room on page 1 for one line to sign on, not three.
	if d := layoutOnly(t, filler, testMeta()); bodyBottom-d.y-d.gap < signatureRow || bodyBottom-d.y > 3*signatureRow {
		t.Fatalf("%.0f mm left on page 1: the test needs one line's room", bodyBottom-d.y)
	}
	path := save(t, mustPDF(t, md, testMeta()))
	for _, l := range []string{"Signed", "Name", "Date"} {
		if p := findPage(t, path, l); p != 2 {
			t.Errorf("%s is on page %d, want 2 (all together)", l, p)
		}
	}
}

func TestPageBreak(t *testing.T) {
	tests := []struct {
		md    string
		pages int
	}{
		{"one\n\n```pagebreak\n```\n\ntwo", 2},
		{"```pagebreak\n```\n\nonly", 1},                          // never an empty first page
		{"one\n\n```pagebreak\n```\n```pagebreak\n```\n\ntwo", 2}, // nor an empty page between
		{"one\n\n```pagebreak\n```", 2},
	}
	for _, tc := range tests {
		path := save(t, mustPDF(t, tc.md, testMeta()))
		if n := pageCount(t, path); n != tc.pages {
			t.Errorf("%q: %d pages, want %d", tc.md, n, tc.pages)
		}
	}
	path := save(t, mustPDF(t, "one\n\n```pagebreak\n```\n\ntwo", testMeta()))
	if findPage(t, path, "one") != 1 || findPage(t, path, "two") != 2 {
		t.Error("the text is not on either side of the break")
	}
}

func TestMalformedNamedBlocks(t *testing.T) {
	tests := []struct {
		name, md, want string
	}{
		{"score too high", "text\n\n```scale\nscore: 11\n```", "line 4: scale block: score \"11\" is not a whole number from 0 to 10"},
		{"score not a number", "```scale\nscore: six\n```", "line 2: scale block: score \"six\""},
		{"unknown scale key", "```scale\nscore: 1\nhgih: x\n```", "line 3: scale block: unknown key \"hgih\""},
		{"scale line without key", "```scale\njust words\n```", "line 2: scale block: want \"key: value\""},
		{"chart score", "```chart\n| m | Mum |\n| 2026 | 12 |\n```", "line 3: chart block: score \"12\" is not a number from 0 to 10"},
		{"chart cells", "```chart\n| m | Mum |\n| 2026 | 1 | 2 |\n```", "line 3: chart block: 3 cells, but the header has 2"},
		{"chart header", "```chart\n| m |\n```", "line 2: chart block: the header needs"},
		{"chart empty", "```chart\n```", "chart block: no header line"},
		{"lines before label", "```boxes\nlines: 3\n```", "line 2: boxes block: \"lines: 3\" has no \"label: text\" before it"},
		{"label without lines", "```boxes\nlabel: A\nlabel: B\nlines: 2\n```", "line 2: boxes block: label \"A\" has no \"lines: N\""},
		{"last label without lines", "```boxes\nlabel: A\n```", "line 2: boxes block: label \"A\" has no \"lines: N\""},
		{"zero lines", "```boxes\nlabel: A\nlines: 0\n```", "line 3: boxes block: lines \"0\" is not a whole number from 1 to 100"},
		{"too many lines", "```boxes\nlabel: A\nlines: 1000000\n```", "lines \"1000000\""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := PDF([]byte(tc.md), testMeta())
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %q", err, tc.want)
			}
		})
	}
}

func TestChartSeriesLookDifferentForThirtyTwoSeries(t *testing.T) {
	seen := map[[2]int]int{}
	for s := range 32 {
		look := [2]int{s % len(chartMarkers), dashOf(s)}
		if other, ok := seen[look]; ok {
			t.Errorf("series %d looks like series %d", s, other)
		}
		seen[look] = s
	}
}

func TestChartNamesEachLineWhereItEnds(t *testing.T) {
	md := "```chart\n| meeting | Danielle Whitfield | Sam |\n| 2026-10-22 | 6 | 2 |\n| 2026-11-19 | 8 | 3 |\n```\n"
	path := save(t, mustPDF(t, md, testMeta()))
	var danielle []word
	for _, w := range words(t, path) {
		if w.text == "Danielle" {
			danielle = append(danielle, w)
		}
	}
	// Once in the legend, once beside the plot, level with the score of 8.
	if len(danielle) != 2 || danielle[0].xMin < mm(pageW/2) {
		t.Fatalf("Danielle is written at %+v, want beside the plot first, then in the legend", danielle)
	}
}
