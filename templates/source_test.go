package templates

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"coregroup/samples"
)

func TestBlameFindsTheCaseValueOnAMarkdownLine(t *testing.T) {
	c := loadSample(t, "../samples/siblings.yaml")
	for i := range c.Members {
		if c.Members[i].Name == "Abena Osei" {
			c.Members[i].Name = "Abena 猫 Osei"
		}
	}
	set, _ := Load("")
	docs, err := set.Write(c, "minutes", Options{Lang: "en", AsOf: samples.Day})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	lines := strings.Split(string(d.Markdown), "\n")
	header := -1 // the chart's header line, which names the series
	for i := 1; i < len(lines); i++ {
		if lines[i-1] == "```chart" {
			header = i + 1
		}
	}
	if header < 0 {
		t.Fatal("the minutes have no chart")
	}
	src, err := os.ReadFile("../samples/siblings.yaml")
	if err != nil {
		t.Fatal(err)
	}
	line := strings.Count(string(src[:strings.Index(string(src), "name: Abena Osei")]), "\n") + 1
	want := fmt.Sprintf("../samples/siblings.yaml:%d:11", line)
	if pos, ok := d.Blame(header, "猫"); !ok || pos.String() != want {
		t.Errorf("Blame(chart header, 猫) = %v, %v; want %s", pos, ok, want)
	}
	if pos, ok := d.Blame(0, "猫"); !ok || pos.String() != want {
		t.Errorf("Blame(any line, 猫) = %v, %v; want %s", pos, ok, want)
	}
	if pos, ok := d.Blame(1, "Record"); ok {
		t.Errorf("the title, the template's own words, blamed on %v", pos)
	}
	if pos, ok := d.Blame(header, "Meeting"); ok {
		t.Errorf("the chart's axis, the template's own word, blamed on %v", pos)
	}
	if pos, ok := d.Blame(header, ""); ok {
		t.Errorf("nothing in particular blamed on %v", pos)
	}
	if _, ok := d.Blame(len(lines)+1, "猫"); ok {
		t.Error("a line past the end is blamed on the case")
	}
}
