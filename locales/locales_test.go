package locales

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"go.yaml.in/yaml/v3"
)

func TestBundleLoads(t *testing.T) {
	for _, lang := range append(Supported(), Pseudo.String()) {
		if _, err := Bundle(lang); err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
	}
	names, _ := Files()
	if len(names) < 2 || !slices.Contains(names, "en.yaml") {
		t.Errorf("message files = %v", names)
	}
}

func TestTextFillsPlaceholders(t *testing.T) {
	got := English().Text(M("load.unknown-key", "Key", "chiar", "Suggestion", "chair"))
	if got != `unknown key "chiar": did you mean "chair"?` {
		t.Errorf("got %q", got)
	}
}

// TestMissingMessageIsVisible: a message a language lacks must never come
// out silently in another language.
func TestMissingMessageIsVisible(t *testing.T) {
	if got := English().Text(M("no.such.message", "X", 1)); got != "[no.such.message X=1]" {
		t.Errorf("got %q", got)
	}
	if _, err := New("fr"); err == nil || !strings.Contains(err.Error(), "no messages") {
		t.Errorf("a language with no messages was accepted: %v", err)
	}
	if l, err := New("en-GB"); err != nil || l.Text(M("load.empty")) == "" {
		t.Errorf("en-GB: %v", err)
	}
}

// TestNoMessageIsDefinedTwice: go-i18n lets a later file silently replace a
// message of an earlier one, so a rule's message and a document's heading
// with the same id would print the wrong words.
func TestNoMessageIsDefinedTwice(t *testing.T) {
	names, _ := Files()
	seen := map[string]string{}
	for _, name := range names {
		src, err := fs.ReadFile(files, name)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := yaml.Unmarshal(src, &m); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		lang := langOf(name)
		for id := range m {
			key := lang + " " + id
			if first, dup := seen[key]; dup {
				t.Errorf("%s is defined in %s and %s", id, first, name)
			}
			seen[key] = name
		}
	}
}

func TestPluralForms(t *testing.T) {
	if got := strings.Join(pluralForms("cy"), ","); got != "few,many,one,other,two,zero" {
		t.Errorf("cy forms = %s", got)
	}
	if got := strings.Join(pluralForms("en"), ","); got != "one,other" {
		t.Errorf("en forms = %s", got)
	}
}

// TestEveryLanguageIsComplete fails while any language lacks a message,
// has different placeholders or misses a plural form: go-i18n would
// otherwise fall back silently.
func TestEveryLanguageIsComplete(t *testing.T) {
	gaps, err := Check()
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range gaps {
		t.Error(g)
	}
}

func TestPlaceholders(t *testing.T) {
	if got := placeholders("{{.B}} and {{ .A }} on {page} of {pages}, {{.B}}"); got != "A,B,page,pages" {
		t.Errorf("placeholders = %q", got)
	}
}

// TestCheckFindsEachKindOfGap runs Check over stand-in message files.
func TestCheckFindsEachKindOfGap(t *testing.T) {
	saved := files
	t.Cleanup(func() { files = saved })
	files = fstest.MapFS{
		"en.yaml": {Data: []byte("a: 'Hello {{.Name}}'\nb: 'Bye'\nc: {one: '{{.Count}} file', other: '{{.Count}} files'}\nd: 'Changed'\n")},
		"cy.yaml": {Data: []byte("a: 'Helo {{.Enw}}'\nc: {one: '{{.Count}} ffeil', other: '{{.Count}} ffeil'}\nd: {hash: 'sha1-0', other: 'Newid'}\ne: 'Extra'\n")},
	}
	gaps, err := Check()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, g := range gaps {
		got = append(got, g.ID+" "+g.Kind)
		if g.ID == "d" && !strings.HasPrefix(g.String(), "locales/cy.yaml:3: cy d: changed") {
			t.Errorf("the stale message is reported as %q, not at its line", g.String())
		}
	}
	want := "a placeholders|b missing|c plural|c plural|c plural|c plural|d changed|e extra"
	if strings.Join(got, "|") != want {
		t.Errorf("gaps = %s\nwant   %s", strings.Join(got, "|"), want)
	}
}

// TestGoI18nReadsTheHash: go-i18n itself reads the hash a translation
// records as the message's Hash, and the text as its Other.
func TestGoI18nReadsTheHash(t *testing.T) {
	data, err := fs.ReadFile(embedded, "cy.yaml")
	if err != nil {
		t.Fatal(err)
	}
	mf, err := i18n.ParseMessageFileBytes(data, "cy.yaml", map[string]i18n.UnmarshalFunc{"yaml": yaml.Unmarshal})
	if err != nil {
		t.Fatal(err)
	}
	en, err := messages("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range mf.Messages {
		if m.Hash != Hash(en[m.ID].forms["other"]) || m.Other == "" {
			t.Errorf("%s: go-i18n reads hash %q and text %q", m.ID, m.Hash, m.Other)
		}
	}
	if len(mf.Messages) < 100 {
		t.Errorf("go-i18n reads %d Welsh messages", len(mf.Messages))
	}
}

func TestPseudoLocale(t *testing.T) {
	l, err := New("en-XA")
	if err != nil {
		t.Fatal(err)
	}
	got := l.Text(M("load.unknown-key", "Key", "chiar", "Suggestion", "chair"))
	if !strings.HasPrefix(got, "«úñkñówñ kéý \"chiar\"") || !strings.HasSuffix(got, "»") || !strings.Contains(got, "·") {
		t.Errorf("pseudo text = %q (values must stay plain, words accented, text longer)", got)
	}
	if got := pseudo("Page {page} of {pages}"); !strings.Contains(got, "{page}") || !strings.Contains(got, "{pages}") {
		t.Errorf("page markers changed: %q", got)
	}
}

// TestDatesInSentencesAreWords: a time.Time in a message's data is written
// in words in the message's language, never YYYY-MM-DD.
func TestDatesInSentencesAreWords(t *testing.T) {
	day := time.Date(2026, 9, 22, 0, 0, 0, 0, time.UTC)
	cy, err := New("cy")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		l    *Localizer
		want string
	}{
		{English(), "the discussion without the family on 22 September 2026 has no recorded reason: add reason:"},
		{cy, "nid oes rheswm wedi'i gofnodi dros y drafodaeth heb y teulu ar 22 Medi 2026: ychwanegwch reason:"},
	}
	for _, tt := range tests {
		if got := tt.l.Text(M("meeting.private-reason", "Date", day)); got != tt.want {
			t.Errorf("got  %q\nwant %q", got, tt.want)
		}
	}
	if got := English().Text(M("meeting.private-reason", "Date", time.Time{})); strings.Contains(got, "0001") {
		t.Errorf("an unset date printed as %q", got)
	}
	if got := cy.FullDate(day); got != "Dydd Mawrth 22 Medi 2026" {
		t.Errorf("FullDate = %q", got)
	}
	if got := English().Text(M("no.such", "Date", day)); got != "[no.such Date=2026-09-22]" {
		t.Errorf("a missing message with a date = %q", got)
	}
}

func TestClock(t *testing.T) {
	cy, _ := New("cy")
	for _, tt := range []struct {
		l    *Localizer
		h, m int
		want string
	}{{English(), 13, 30, "13.30"}, {cy, 7, 5, "7.05"}, {cy, 9, 0, "9.00"}} {
		if got := tt.l.Clock(tt.h, tt.m); got != tt.want {
			t.Errorf("Clock(%d, %d) = %q, want %q", tt.h, tt.m, got, tt.want)
		}
	}
}

// TestBundleHoldsOneLanguage: a language's bundle is made from its own
// message file only, so a run in one language parses no other's.
func TestBundleHoldsOneLanguage(t *testing.T) {
	for _, lang := range append(Supported(), Pseudo.String()) {
		b, err := makeBundle(lang)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, tag := range b.LanguageTags() {
			got = append(got, tag.String())
		}
		want := []string{Source.String()} // every bundle names the source language, with no messages in another's
		if lang != Source.String() {
			want = append(want, lang)
			if _, err := i18n.NewLocalizer(b, Source.String()).Localize(&i18n.LocalizeConfig{MessageID: "load.unknown-key"}); err == nil {
				t.Errorf("bundle of %s holds English messages", lang)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("bundle of %s holds %v, want %v", lang, got, want)
		}
	}
}
