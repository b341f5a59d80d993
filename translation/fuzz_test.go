package translation

import (
	"bytes"
	"fmt"
	"maps"
	"os"
	"reflect"
	"strings"
	"testing"

	"coregroup/casefile"
	"coregroup/internal/po"
	"coregroup/locales"
	"coregroup/report"
)

// FuzzImport imports arbitrary PO files into arbitrary case files, as
// translate import does, seeded with small cases, each
// with a PO file of its texts translated (some translations hostile: line
// breaks, escapes, control characters). The import must either leave the
// case file byte for byte as it was or give one that loads without errors
// and differs only in the translated texts, each now reading as its
// translation.
func FuzzImport(f *testing.F) {
	// Small cases, so that mutation is quick, with every shape of text: plain,
	// per language, blocks, in flow lists.
	paths := []string{"testdata/minimal.yaml", "../check/testdata/base.yaml", "testdata/po/shapes.yaml",
		"../testdata/catalogue/carriage-return-in-text.yaml", "../testdata/catalogue/line-separator-in-text.yaml", "../testdata/catalogue/crlf.yaml"}
	// Each case is given three PO files: every text translated plainly;
	// translated with what YAML and Markdown treat specially; and with a
	// control character, which the loader refuses, so the import fails.
	forms := [][]string{
		{"CY: %s"},
		{"Llinell\r- un %s", "%s\u2028# pennawd", "  %s\n\n", "%s: {cy: x}", "'%s'", "\"%s\"\\", "- %s #"},
		{"CY: %s", "\x1b]0;%s\x07"},
	}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		c, texts, probs := casefile.KeyedTexts(path, data)
		if probs.Err() != nil {
			f.Fatalf("%s: %v", path, probs.Err())
		}
		for _, form := range forms {
			entries, _ := Entries(c, texts, "cy", "en", func(string) string { return "" })
			for j := range entries {
				entries[j].Str = fmt.Sprintf(form[j%len(form)], entries[j].ID)
			}
			file := &po.File{Header: Header("cy", "en", Revision{}), Entries: entries}
			f.Add(data, file.Bytes())
		}
	}
	f.Fuzz(func(t *testing.T, data, poData []byte) {
		target, _ := NewTarget("case.yaml", data)
		file, err := po.Parse("fuzz.po", poData)
		if target == nil || err != nil {
			return
		}
		lang := file.HeaderField("Language")
		if locales.Base(lang) == "" || locales.SameLanguage(lang, "en") {
			return // translate import refuses these before it reads a case
		}
		Match(file, map[string]*Target{target.Case.Ref: target}, lang, "en")
		out, n, err := Splice("case.yaml", data, lang, "en", target.Translations)
		if err != nil {
			return // nothing is written
		}
		if n == 0 {
			if !bytes.Equal(out, data) {
				t.Fatal("nothing translated, yet the file changed")
			}
			return
		}
		after, probs := NewTarget("case.yaml", out)
		if after == nil {
			t.Fatalf("the imported file does not load:\n%v\n%s", probs.Err(), out)
		}
		if a, b := withoutTexts(after.Case), withoutTexts(target.Case); a != b {
			t.Fatalf("the import changed more than texts:\nbefore %s\nafter  %s", b, a)
		}
		if !maps.Equal(keys(after.texts), keys(target.texts)) {
			t.Fatalf("the texts changed: before %v, after %v", keys(target.texts), keys(after.texts))
		}
		plain := target.Case.PlainLanguage()
		for path, kt := range target.texts {
			got := after.texts[path].Text
			tr, translated := target.Translations[path]
			if v, ok := got.In(lang, plain); translated && (!ok || v != casefile.CleanText(tr)) {
				t.Fatalf("%s reads %q, not its translation %q", path, v, tr)
			}
			for _, other := range got.Langs(plain) {
				if locales.SameLanguage(other, lang) {
					continue
				}
				was, _ := kt.Text.In(other, plain)
				if now, _ := got.In(other, plain); now != was {
					t.Fatalf("%s in %s changed from %q to %q", path, other, was, now)
				}
			}
		}
	})
}

func keys(m map[string]casefile.KeyedText) map[string]bool {
	out := map[string]bool{}
	for k := range m {
		out[k] = true
	}
	return out
}

var (
	textType      = reflect.TypeFor[casefile.Text]()
	positionType  = reflect.TypeFor[report.Position]()
	positionsType = reflect.TypeFor[casefile.Positions]()
)

// withoutTexts writes every value of a case but its texts and positions,
// in order: two cases that differ only in texts give the same string.
func withoutTexts(c *casefile.Case) string {
	var b strings.Builder
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch {
		case v.Type() == textType || v.Type() == positionType || v.Type() == positionsType:
			return
		case v.Kind() == reflect.Pointer:
			if v.IsNil() {
				b.WriteString("nil ")
				return
			}
			walk(v.Elem())
		case v.Kind() == reflect.Struct && v.Type().PkgPath() == "time":
			fmt.Fprintf(&b, "%v ", v.Interface())
		case v.Kind() == reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case v.Kind() == reflect.Slice:
			fmt.Fprintf(&b, "[%d ", v.Len())
			for i := range v.Len() {
				walk(v.Index(i))
			}
			b.WriteString("] ")
		default:
			fmt.Fprintf(&b, "%v ", v.Interface())
		}
	}
	walk(reflect.ValueOf(c).Elem())
	return b.String()
}
