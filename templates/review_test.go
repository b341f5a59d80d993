package templates

import (
	"strings"
	"testing"

	"coregroup/samples"
)

func TestReviewListsEveryStringSideBySide(t *testing.T) {
	set, _ := Load("")
	c := loadSample(t, "../samples/wales-welsh.yaml")
	en, err := set.Write(c, "plan", Options{Lang: "en", AsOf: samples.Day})
	if err != nil {
		t.Fatal(err)
	}
	md, err := Review("Review", "Where", "en", "en", en, en)
	if err != nil {
		t.Fatal(err)
	}
	sheet := string(md)
	for _, want := range []string{"| 1 | A plan to help Gethin be safe and well | A plan to help Gethin be safe and well | A plan to help Gethin be safe and well |",
		"What we are worried about", "You have missed lots of school"} {
		if !strings.Contains(sheet, want) {
			t.Errorf("review lacks %q", want)
		}
	}
	if n := strings.Count(sheet, "\n| "); n < 40 {
		t.Errorf("only %d rows: strings are missing", n)
	}
	if strings.Contains(sheet, `\\*`) || strings.Contains(sheet, "**") {
		t.Error("markup leaked into the review")
	}
}

func TestPiecesOfABlock(t *testing.T) {
	got := pieces([]byte("# Title \\*x\\*\n\nA **bold** line\\\nand more.\n\n| a | b |\n|---|---|\n| c \\| d | e |\n\n```scale\nscore: 6\n```\n"))
	var texts []string
	for _, p := range got {
		texts = append(texts, p.text)
	}
	want := "Title *x*|A bold line and more.|a|b|c | d|e|score: 6"
	if strings.Join(texts, "|") != want {
		t.Errorf("pieces = %q\nwant     %q", strings.Join(texts, "|"), want)
	}
}
