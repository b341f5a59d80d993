package templates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"coregroup/casefile"
	"coregroup/internal/golden"
	"coregroup/samples"
)

func loadSample(t testing.TB, path string) *casefile.Case {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	c, probs := casefile.Parse(path, src)
	if err := probs.Err(); err != nil {
		t.Fatal(err)
	}
	return c
}

// TestGoldenMarkdown writes every document of every sample in English and
// compares it with testdata/golden; run make golden to accept a change,
// after reading the diff.
func TestGoldenMarkdown(t *testing.T) {
	set, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob("../samples/*.yaml")
	if len(paths) < 6 {
		t.Fatalf("found %d samples", len(paths))
	}
	for _, path := range paths {
		c := loadSample(t, path)
		base := strings.TrimSuffix(filepath.Base(path), ".yaml")
		langs := []string{"en"}
		if c.Language != "" && c.Language != "en" {
			langs = append(langs, c.Language)
		}
		for _, lang := range langs {
			for _, kind := range Kinds.Names() {
				docs, err := set.Write(c, kind, Options{Lang: lang, AsOf: samples.Day})
				if err != nil {
					t.Errorf("%s %s: %v", base, kind, err)
					continue
				}
				for _, d := range docs {
					name := base + "-" + kind
					if lang != "en" {
						name += "-" + lang
					}
					if d.Part != "" {
						name += "-" + d.Part
					}
					golden.Check(t, filepath.Join("testdata", "golden", name+".md"), d.Markdown)
				}
			}
		}
	}
}

func TestBlankFormsCarryNothingFromTheCase(t *testing.T) {
	set, _ := Load("")
	c := loadSample(t, "../samples/wales-resolution.yaml")
	for _, k := range Kinds {
		if !k.Blank {
			continue
		}
		kind := k.Name
		docs, err := set.Write(c, kind, Options{Lang: "en", AsOf: samples.Day, Blank: true})
		if err != nil {
			t.Fatal(err)
		}
		md := string(docs[0].Markdown)
		for _, leak := range []string{"Jayden", "Rees", "Carys", "2026"} {
			if strings.Contains(md, leak) {
				t.Errorf("%s: blank form contains %q", kind, leak)
			}
		}
		if !strings.Contains(md, "```boxes") && kind != "agenda" {
			t.Errorf("%s: blank form has no boxes to write in", kind)
		}
	}
}

func TestDocumentsOfAKind(t *testing.T) {
	set, _ := Load("")
	docs, err := set.Write(loadSample(t, "../samples/siblings.yaml"), "plan", Options{Lang: "en", AsOf: samples.Day})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].Part == "" || docs[0].Part == docs[1].Part || !docs[0].Large {
		t.Errorf("a sibling group gives %d plans, parts %q", len(docs), []string{docs[0].Part})
	}
	if _, err := set.Write(loadSample(t, "../samples/siblings.yaml"), "minutes", Options{Lang: "en", AsOf: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)}); err == nil {
		t.Error("minutes before any meeting: no error")
	}
	if _, err := set.Write(loadSample(t, "../samples/siblings.yaml"), "letter", Options{Lang: "en"}); err == nil {
		t.Error("unknown kind: no error")
	}
}

func TestTemplatesDirectoryOverrides(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "agenda.md.tmpl"), []byte("# Testshire agenda for {{names .Children}}\n"), 0o644)
	set, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := set.Write(loadSample(t, "../samples/siblings.yaml"), "agenda", Options{Lang: "en", AsOf: samples.Day})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(docs[0].Markdown), "# Testshire agenda for Leo") {
		t.Errorf("override not used: %s", docs[0].Markdown)
	}
	if _, err := Load(filepath.Join(dir, "missing")); err == nil {
		t.Error("missing templates directory accepted")
	}
	os.WriteFile(filepath.Join(dir, "plan.md.tmpl"), []byte("{{.Nope"), 0o644)
	if _, err := Load(dir); err == nil {
		t.Error("broken template accepted")
	}
}

func TestMissingTranslationsAreMarkedNotFilled(t *testing.T) {
	set, _ := Load("")
	c := loadSample(t, "../samples/wales-welsh.yaml")
	c.Children[0].Views.ByLang = map[string]string{"cy": c.Children[0].Views.ByLang["cy"]}
	docs, err := set.Write(c, "plan", Options{Lang: "en", AsOf: samples.Day})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs[0].Missing) != 1 || docs[0].Missing[0].Pos.Line == 0 || docs[0].Missing[0].Lang != "en" || !strings.HasPrefix(docs[0].Missing[0].Text, "\"Dw i'n caru Mam") {
		t.Errorf("missing = %v, want the views' position", docs[0].Missing)
	}
	md := string(docs[0].Markdown)
	if !strings.Contains(md, `\[not yet translated\]`) || strings.Contains(md, "Dw i'n caru Mam") {
		t.Error("the missing English is not marked, or the Welsh was printed instead")
	}
}

func TestBilingualDocumentsPutTheFirstLanguageFirst(t *testing.T) {
	set, _ := Load("")
	c := loadSample(t, "../samples/siblings.yaml")
	one, _ := set.Write(c, "minutes", Options{Lang: "en", AsOf: samples.Day})
	two, err := set.Write(c, "minutes", Options{Lang: "en+en", AsOf: samples.Day})
	if err != nil {
		t.Fatal(err)
	}
	md := string(two[0].Markdown)
	if !strings.HasPrefix(md, string(one[0].Markdown)) || !strings.Contains(md, "```pagebreak") || strings.Count(md, "# Record of the core group meeting") != 2 {
		t.Errorf("bilingual minutes are not the first language, a page break, then the second")
	}
	if two[0].Title != one[0].Title+" / "+one[0].Title {
		t.Errorf("title %q", two[0].Title)
	}
	if _, err := set.Write(c, "minutes", Options{Lang: "en+xx", AsOf: samples.Day}); err == nil {
		t.Error("an unknown second language was accepted")
	}
}
