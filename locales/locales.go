// Package locales holds coregroup's message files and turns message ids
// into text in a reader's language.
//
// Every word a person reads comes from a message file in this folder:
// <tag>.yaml, such as en.yaml and cy.yaml, in go-i18n's YAML format: a new
// language is one new file. English (en) is the source
// language. A message missing from another language is never silently
// replaced: Localizer.Text reports it as missing and tests fail on it.
//
// terms.yaml beside them is the Welsh termbase: the agreed Welsh for each
// term, which Termbase.Check holds the Welsh messages and case texts to
// and from which docs/glossary.md is generated.
package locales

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
)

//go:embed *.yaml
var embedded embed.FS

// files is where the message files are read from: the embedded ones (a
// bundle takes their messages from the compiled tables instead, see
// compiled.go), with those AddDir added, or in tests a stand-in.
var files fs.FS = embedded

// Source is the language every message is first written in.
var Source = language.English

// Message is a localisable message: an id in the message files and the
// values its template refers to. A value named Count also chooses the
// plural form.
type Message struct {
	ID   string
	Data map[string]any
}

// M builds a Message from an id and alternating key, value pairs, for
// example M("load.unknown-key", "Key", "chiar").
func M(id string, kv ...any) Message {
	m := Message{ID: id}
	if len(kv) > 0 {
		m.Data = make(map[string]any, len(kv)/2)
		for i := 0; i+1 < len(kv); i += 2 {
			m.Data[fmt.Sprint(kv[i])] = kv[i+1]
		}
	}
	return m
}

// bundles holds, by language, the message bundle of that language alone,
// made the first time a Localizer asks for it: a run that writes English
// never parses the Welsh file, and the pseudo-locale is made only when
// asked for.
var bundles sync.Map // base language, or Pseudo's tag → *lazyBundle

type lazyBundle struct {
	once sync.Once
	b    *i18n.Bundle
	err  error
}

// Bundle returns the message bundle of one language (a base such as "cy",
// or Pseudo's tag), made once per process from the embedded files.
func Bundle(lang string) (*i18n.Bundle, error) {
	v, _ := bundles.LoadOrStore(lang, &lazyBundle{})
	lb := v.(*lazyBundle)
	lb.once.Do(func() { lb.b, lb.err = makeBundle(lang) })
	return lb.b, lb.err
}

// makeBundle adds the messages of one language's files to a bundle: a
// built-in file's from the compiled tables (compiled.go), another's parsed
// from its YAML.
func makeBundle(lang string) (*i18n.Bundle, error) {
	b := i18n.NewBundle(Source)
	b.RegisterUnmarshalFunc("yaml", yaml.Unmarshal)
	if lang == Pseudo.String() {
		return b, addPseudo(b)
	}
	names, err := Files()
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		if Base(langOf(name)) != lang {
			continue
		}
		ok, err := addCompiled(b, name)
		if err == nil && !ok {
			_, err = b.LoadMessageFileFS(files, name)
		}
		if err != nil {
			return nil, fmt.Errorf("locales: %s: %w", name, err)
		}
	}
	return b, nil
}

// Files lists the embedded message files in name order; the termbase
// (terms.yaml) beside them is not one.
func Files() ([]string, error) {
	entries, err := fs.ReadDir(files, ".")
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if e.Name() != termbaseFile {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names, nil
}

// Localizer turns messages into text in one language.
type Localizer struct {
	lang language.Tag
	l    *i18n.Localizer
}

// New returns a Localizer for the language tag (for example "en" or
// "cy-GB"). The language must have message files: a document is never
// written in one language with another's words.
func New(tag string) (*Localizer, error) {
	t, err := language.Parse(tag)
	if err != nil {
		return nil, fmt.Errorf("language %q: %w", tag, err)
	}
	supported := Supported()
	if !slices.Contains(supported, Base(tag)) && t != Pseudo {
		return nil, fmt.Errorf("no messages in %q yet: coregroup speaks %s", tag, strings.Join(supported, ", "))
	}
	lang := Base(tag)
	if t == Pseudo {
		lang = Pseudo.String()
	}
	b, err := Bundle(lang)
	if err != nil {
		return nil, err
	}
	return &Localizer{lang: t, l: i18n.NewLocalizer(b, t.String())}, nil
}

// Supported returns the languages with message files, such as [en], sorted.
// The pseudo-locale (Pseudo) is made from English and not listed.
func Supported() []string {
	names, _ := Files()
	var langs []string
	for _, n := range names {
		if lang := langOf(n); !slices.Contains(langs, lang) {
			langs = append(langs, lang)
		}
	}
	sort.Strings(langs)
	return langs
}

// English returns the Localizer for the source language. It panics only if
// the embedded message files are broken, which a test rules out.
func English() *Localizer {
	l, err := New(Source.String())
	if err != nil {
		panic(err)
	}
	return l
}

// Text returns the message in the Localizer's language. A time.Time value
// in the data is written as a LongDate in that language. A message the
// files lack comes back as its id and data in brackets, so a gap is
// visible in output and caught by tests rather than hidden.
func (l *Localizer) Text(m Message) string {
	cfg := &i18n.LocalizeConfig{MessageID: m.ID, TemplateData: l.withDatesInWords(m.Data)}
	if n, ok := m.Data["Count"]; ok {
		cfg.PluralCount = n
	}
	s, tag, err := l.l.LocalizeWithTag(cfg)
	if err != nil || (tag != l.lang && tag.String() != Base(l.lang.String())) {
		return missing(m)
	}
	return s
}

func missing(m Message) string {
	keys := make([]string, 0, len(m.Data))
	for k := range m.Data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	sb.WriteString("[" + m.ID)
	for _, k := range keys {
		v := m.Data[k]
		if t, ok := v.(time.Time); ok {
			v = t.Format(time.DateOnly)
		}
		fmt.Fprintf(&sb, " %s=%v", k, v)
	}
	sb.WriteString("]")
	return sb.String()
}

// langOf is the language of a message file: "cy" for cy.yaml.
func langOf(name string) string { return strings.TrimSuffix(name, ".yaml") }
