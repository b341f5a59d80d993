package caseload

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"coregroup/casefile"
	"coregroup/samples"
)

// TestSameSeedSameCases: a caseload is the same for the same seed and
// size, and another seed gives other names.
func TestSameSeedSameCases(t *testing.T) {
	a, err := Generate(8, 1)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Generate(8, 1)
	c, _ := Generate(8, 2)
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Errorf("%s differs between two runs with seed 1", a[i].Name)
		}
		if bytes.Equal(a[i].Data, c[i].Data) {
			t.Errorf("%s is the same with seeds 1 and 2", a[i].Name)
		}
	}
}

// TestCasesLoadWithNewNames: every generated case loads as cleanly as its
// sample, under its own reference, marked fictitious, with none of the
// sample's names left in it and the same numbers of people and meetings.
func TestCasesLoadWithNewNames(t *testing.T) {
	bases, err := loadBases()
	if err != nil {
		t.Fatal(err)
	}
	cases, err := Generate(len(bases)+1, 7)
	if err != nil {
		t.Fatal(err)
	}
	refs := map[string]bool{}
	welsh := 0
	for i, gc := range cases {
		b := bases[i%len(bases)]
		c, probs := casefile.Parse(gc.Name, gc.Data)
		if err := probs.Err(); err != nil || c == nil {
			t.Fatalf("%s: %v", gc.Name, err)
		}
		orig, _ := casefile.Parse("sample", []byte(b.text))
		if !c.Fictitious || !strings.Contains(string(gc.Data), "FICTITIOUS") {
			t.Errorf("%s is not marked fictitious", gc.Name)
		}
		if refs[c.Ref] || c.Ref == orig.Ref {
			t.Errorf("%s: reference %s is not new", gc.Name, c.Ref)
		}
		refs[c.Ref] = true
		if len(c.Children) != len(orig.Children) || len(c.Members) != len(orig.Members) || len(c.Meetings) != len(orig.Meetings) {
			t.Errorf("%s: not the shape of its sample", gc.Name)
		}
		for j, ch := range c.Children {
			if ch.Name == orig.Children[j].Name {
				t.Errorf("%s: child %s keeps the sample's name", gc.Name, ch.Name)
			}
		}
		if c.Language == "cy" {
			welsh++
		}
	}
	if welsh == 0 {
		t.Error("no case is in Welsh")
	}
	if _, err := samples.Files.ReadFile("wales-welsh.yaml"); err != nil {
		t.Error(err)
	}
}

func TestReplaceWords(t *testing.T) {
	got := replaceWords("Gethin's gran, Gethina, and Aled Prys.", map[string]string{"Gethin": "Osian", "Prys": "Llwyd"})
	if want := "Osian's gran, Gethina, and Aled Llwyd."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestWriteGivesThePictures: the folder Write fills has every picture its
// cases name, as the samples' folder has.
func TestWriteGivesThePictures(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, 8, 1); err != nil {
		t.Fatal(err)
	}
	named := 0
	for i := 1; i <= 8; i++ {
		data, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("case-%05d.yaml", i)))
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range regexp.MustCompile(`pictures/[a-z-]+\.png`).FindAllString(string(data), -1) {
			named++
			if _, err := os.Stat(filepath.Join(dir, m)); err != nil {
				t.Errorf("case %d names %s: %v", i, m, err)
			}
		}
	}
	if named == 0 {
		t.Error("no case names a picture")
	}
}
