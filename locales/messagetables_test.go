package locales

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"go/format"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"coregroup/internal/golden"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"go.yaml.in/yaml/v3"
)

// parsedFile is a message file of fsys as go-i18n parses it, with its
// messages sorted by id, and the hex SHA-256 of its bytes.
func parsedFile(fsys fs.FS, name string) (*i18n.MessageFile, string, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, "", err
	}
	mf, err := i18n.ParseMessageFileBytes(data, name, map[string]i18n.UnmarshalFunc{"yaml": yaml.Unmarshal})
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", name, err)
	}
	slices.SortFunc(mf.Messages, func(a, b *i18n.Message) int { return strings.Compare(a.ID, b.ID) })
	return mf, fmt.Sprintf("%x", sha256.Sum256(data)), nil
}

// builtInFiles lists the embedded message files.
func builtInFiles(t testing.TB) []string {
	t.Helper()
	saved := files
	files = embedded
	defer func() { files = saved }()
	names, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	return names
}

// messageTables writes messages_gen.go: the messages of the message files
// names of fsys as Go literals, each field go-i18n parsed that is not empty.
func messageTables(fsys fs.FS, names []string) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("// Code generated from the message files (locales/*.yaml) by make gen; DO NOT EDIT.\n\n")
	b.WriteString("package locales\n\nimport \"github.com/nicksnyder/go-i18n/v2/i18n\"\n\n")
	b.WriteString("// compiled holds the messages of each built-in message file, as go-i18n\n// parses them from it, in file name order.\n")
	b.WriteString("var compiled = []compiledFile{\n")
	for _, name := range names {
		mf, sum, err := parsedFile(fsys, name)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, "{name: %q, sum: %q, tag: %q, messages: []*i18n.Message{\n", name, sum, mf.Tag.String())
		for _, m := range mf.Messages {
			b.WriteString("{")
			v := reflect.ValueOf(*m)
			sep := ""
			for i := range v.NumField() {
				if v.Field(i).Kind() != reflect.String {
					return nil, fmt.Errorf("i18n.Message.%s is not a string: teach messageTables to write it", v.Type().Field(i).Name)
				}
				if s := v.Field(i).String(); s != "" {
					fmt.Fprintf(&b, "%s%s: %s", sep, v.Type().Field(i).Name, strconv.Quote(s))
					sep = ", "
				}
			}
			b.WriteString("},\n")
		}
		b.WriteString("}},\n")
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}

// TestMessageTablesAreCurrent: messages_gen.go is what make gen (this test
// with -update) writes from the message files as they are.
func TestMessageTablesAreCurrent(t *testing.T) {
	src, err := messageTables(embedded, builtInFiles(t))
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "messages_gen.go", src)
}

// TestMessageTablesWriteEveryField: a message with a description, a hash
// and plural forms (which the built-in files may not have today) is
// written with all of them, and text that needs quoting is quoted.
func TestMessageTablesWriteEveryField(t *testing.T) {
	stand := fstest.MapFS{"cy.yaml": {Data: []byte("b: 'Dim \\ \"ffeil\"'\n" +
		"a: {description: 'files found', hash: sha1-1, zero: 'dim', one: 'un', two: 'dau', few: 'tair', many: 'chwech', other: '{{.Count}} ffeil'}\n")}}
	src, err := messageTables(stand, []string{"cy.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	want := `{ID: "a", Hash: "sha1-1", Description: "files found", Zero: "dim", One: "un", Two: "dau", Few: "tair", Many: "chwech", Other: "{{.Count}} ffeil"},
		{ID: "b", Other: "Dim \\ \"ffeil\""},`
	if !strings.Contains(string(src), want) {
		t.Errorf("tables written:\n%s\nwant them to hold\n%s", src, want)
	}
}

// TestMessageTablesAreTheParsedFiles: the compiled tables hold every
// built-in message file, and each message with every field as go-i18n
// parses it from the YAML.
func TestMessageTablesAreTheParsedFiles(t *testing.T) {
	names := builtInFiles(t)
	var got []string
	for _, f := range compiled {
		got = append(got, f.name)
	}
	if !slices.Equal(got, names) {
		t.Fatalf("compiled tables of %v, built-in message files %v: run make gen", got, names)
	}
	for i, name := range names {
		mf, sum, err := parsedFile(embedded, name)
		if err != nil {
			t.Fatal(err)
		}
		f := compiled[i]
		if f.tag != mf.Tag.String() || f.sum != sum {
			t.Errorf("%s: compiled as %q from %s, parsed as %q from %s", name, f.tag, f.sum, mf.Tag, sum)
		}
		if len(f.messages) != len(mf.Messages) {
			t.Errorf("%s: %d messages compiled, %d parsed", name, len(f.messages), len(mf.Messages))
		}
		for j := range min(len(f.messages), len(mf.Messages)) {
			c, p := reflect.ValueOf(*f.messages[j]), reflect.ValueOf(*mf.Messages[j])
			for k := range c.NumField() {
				if c.Field(k).Interface() != p.Field(k).Interface() {
					t.Errorf("%s: message %d (%s): %s compiled as %q, parsed as %q", name, j, mf.Messages[j].ID,
						c.Type().Field(k).Name, c.Field(k).Interface(), p.Field(k).Interface())
				}
			}
		}
	}
}

// yamlBundle makes the bundle of lang by parsing its message files, as
// makeBundle did before the tables.
func yamlBundle(t testing.TB, lang string) *i18n.Bundle {
	t.Helper()
	b := i18n.NewBundle(Source)
	b.RegisterUnmarshalFunc("yaml", yaml.Unmarshal)
	for _, name := range builtInFiles(t) {
		if Base(langOf(name)) == lang {
			if _, err := b.LoadMessageFileFS(embedded, name); err != nil {
				t.Fatal(err)
			}
		}
	}
	return b
}

// TestCompiledBundleSpeaksAsParsed: the bundle of each built-in language
// made from the tables gives, for every message and every plural form, the
// text (or the error) that the bundle parsed from the YAML gives.
func TestCompiledBundleSpeaksAsParsed(t *testing.T) {
	counts := []any{nil, 0, 1, 2, 3, 4, 6, 1.5}
	for _, lang := range Supported() {
		fromTables, err := makeBundle(lang)
		if err != nil {
			t.Fatal(err)
		}
		parsed := yamlBundle(t, lang)
		if !slices.Equal(fromTables.LanguageTags(), parsed.LanguageTags()) {
			t.Errorf("%s: languages %v from the tables, %v parsed", lang, fromTables.LanguageTags(), parsed.LanguageTags())
		}
		ids := map[string]bool{}
		for _, f := range compiled {
			for _, m := range f.messages {
				ids[m.ID] = true
			}
		}
		for _, tag := range parsed.LanguageTags() {
			lt, lp := i18n.NewLocalizer(fromTables, tag.String()), i18n.NewLocalizer(parsed, tag.String())
			for id := range ids {
				for _, n := range counts {
					cfg := &i18n.LocalizeConfig{MessageID: id, PluralCount: n, TemplateData: map[string]any{"Count": n}}
					st, errT := lt.Localize(cfg)
					sp, errP := lp.Localize(cfg)
					if st != sp || fmt.Sprint(errT) != fmt.Sprint(errP) {
						t.Errorf("%s %s count %v: %q, %v from the tables; %q, %v parsed", tag, id, n, st, errT, sp, errP)
					}
				}
			}
		}
	}
}

// TestTablesServeOnlyTheirOwnBytes: a built-in language's bundle is made
// from the tables, without parsing its file; a file edited since make gen
// last ran is parsed instead, so stale tables never give old words.
func TestTablesServeOnlyTheirOwnBytes(t *testing.T) {
	for _, name := range builtInFiles(t) {
		if ok, err := addCompiled(i18n.NewBundle(Source), name); !ok || err != nil {
			t.Errorf("%s: not from the tables (%v)", name, err)
		}
	}
	cy, err := fs.ReadFile(embedded, "cy.yaml")
	if err != nil {
		t.Fatal(err)
	}
	saved := files
	t.Cleanup(func() { files = saved; forgetBundles() })
	edited := bytes.Replace(cy, []byte("other: 'mae''r ffeil yn wag:"), []byte("other: 'ffeil wag, newydd ei golygu:"), 1)
	if bytes.Equal(edited, cy) {
		t.Fatal("cy.yaml has no load.empty to edit")
	}
	files = fstest.MapFS{"cy.yaml": {Data: edited}}
	forgetBundles()
	if ok, _ := addCompiled(i18n.NewBundle(Source), "cy.yaml"); ok {
		t.Error("the tables served an edited cy.yaml")
	}
	l, err := New("cy")
	if err != nil {
		t.Fatal(err)
	}
	if got := l.Text(M("load.empty")); !strings.HasPrefix(got, "ffeil wag, newydd ei golygu:") {
		t.Errorf("load.empty of the edited cy.yaml = %q", got)
	}
}

// TestAddedFileIsParsed: a message file given at run time (AddDir, render
// --locales) is parsed from its YAML, beside the compiled built-in ones.
func TestAddedFileIsParsed(t *testing.T) {
	dir := t.TempDir()
	pl := "meta.checked-by: 'Ola Nowak, 2026-11-30'\nload.empty: 'plik jest pusty'\nreport.finding: {one: '{{.Count}} problem', few: '{{.Count}} problemy', many: '{{.Count}} problemów', other: '{{.Count}} problemu'}\n"
	if err := os.WriteFile(filepath.Join(dir, "pl.yaml"), []byte(pl), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ResetAdded)
	if err := AddDir(dir); err != nil {
		t.Fatal(err)
	}
	l, err := New("pl")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		m    Message
		want string
	}{
		{M("load.empty"), "plik jest pusty"},
		{M("report.finding", "Count", 1), "1 problem"},
		{M("report.finding", "Count", 3), "3 problemy"},
		{M("report.finding", "Count", 5), "5 problemów"},
		{M("load.too-large", "Max", 4), "[load.too-large Max=4]"},
	} {
		if got := l.Text(tt.m); got != tt.want {
			t.Errorf("pl %s = %q, want %q", tt.m.ID, got, tt.want)
		}
	}
	if got := English().Text(M("load.empty")); !strings.HasPrefix(got, "the file is empty") {
		t.Errorf("en load.empty = %q after adding pl", got)
	}
	if Unchecked("pl") {
		t.Error("a file with meta.checked-by is unchecked")
	}
}

// BenchmarkBundle makes the Welsh bundle from the compiled tables and, to
// compare, by parsing cy.yaml as a process did before them.
func BenchmarkBundle(b *testing.B) {
	b.Run("tables", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := makeBundle("cy"); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("yaml", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			yamlBundle(b, "cy")
		}
	})
}
