package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"coregroup/samples"
	"coregroup/templates"
)

// TestEveryKindRendersAsHTML writes every document of two samples that
// have every kind between them, and the blank forms, as HTML in English,
// Welsh and both (the browser tests write them all): every kind is
// there in each language, the page says its language (and a cy+en
// document in parts says its English part's language), it has a title and one main
// landmark, and no case value has become markup.
func TestEveryKindRendersAsHTML(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	cases := []string{"../../samples/wales-welsh.yaml", "../../samples/wales-resolution.yaml"}
	for _, lang := range []string{"en", "cy", "cy+en"} {
		out := filepath.Join(dir, lang)
		runs := [][]string{
			append([]string{"render", "--as-of", samples.Date, "--lang", lang, "--format", "html", "-o", out}, cases...),
			{"render", "--blank", "--lang", lang, "--format", "html", "-o", out},
		}
		for _, args := range runs {
			if code, _, stderr := run(t, args...); code != ExitOK && code != ExitFindings {
				t.Fatalf("%v: exit %d: %s", args, code, stderr)
			}
		}
		files, _ := filepath.Glob(filepath.Join(out, "*.html"))
		seen := map[string]bool{}
		htmlLang := regexp.MustCompile(`<html lang="([a-z]+)" dir="ltr">`)
		for _, f := range files {
			b, _ := os.ReadFile(f)
			s, name := string(b), filepath.Base(f)
			var kind templates.Kind
			for _, k := range templates.Kinds {
				if strings.Contains(name, "-"+k.Name+"-") || strings.HasPrefix(name, k.Name+"-") {
					seen[k.Name], kind = true, k
				}
			}
			m := htmlLang.FindStringSubmatch(s)
			if m == nil || m[1] != strings.Split(lang, "+")[0] {
				t.Errorf("%s: page language %v, want %s", name, m, lang)
			}
			if lang == "cy+en" && !kind.Blank && !strings.Contains(s, `<section class="part" lang="en" dir="ltr"`) {
				t.Errorf("%s: no part in English", name)
			}
			for _, want := range []string{"<title>", "<main>", "</html>\n"} {
				if strings.Count(s, want) != 1 {
					t.Errorf("%s: %d of %q", name, strings.Count(s, want), want)
				}
			}
			if strings.Contains(s, "<script") || strings.Contains(s, "raw HTML omitted") {
				t.Errorf("%s: markup from the case", name)
			}
		}
		for _, k := range templates.Kinds {
			if !seen[k.Name] {
				t.Errorf("%s: no %s document among %d files", lang, k.Name, len(files))
			}
		}
	}
}
