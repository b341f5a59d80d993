package locales

import (
	"crypto/sha1"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// Gap is something a language's message files lack or get wrong compared
// with the source language.
type Gap struct {
	Lang, ID string
	// Kind is "missing", "placeholders", "plural", "extra" or "changed".
	Kind   string
	Detail string
	// File and Line are where the translation is, for a gap in one that
	// exists ("locales/cy.yaml", 12); "" and 0 for a missing one.
	File string
	Line int
}

// String gives the gap as one line for a translator, starting with the
// translation's file:line when it has one.
func (g Gap) String() string {
	s := fmt.Sprintf("%s %s: %s %s", g.Lang, g.ID, g.Kind, g.Detail)
	if g.Line > 0 {
		s = fmt.Sprintf("%s:%d: %s", g.File, g.Line, s)
	}
	return s
}

// message is one message as written in a file: a plain string, or a map of
// plural forms (zero, one, two, few, many, other) and an optional hash of
// the source text it was translated from.
type message struct {
	forms map[string]string
	hash  string
	file  string // "locales/cy.yaml"
	line  int
}

// messages reads every message file of a language.
func messages(lang string) (map[string]message, error) {
	names, err := Files()
	if err != nil {
		return nil, err
	}
	out := map[string]message{}
	for _, name := range names {
		if langOf(name) != lang {
			continue
		}
		src, err := fs.ReadFile(files, name)
		if err != nil {
			return nil, err
		}
		var doc yaml.Node
		if err := yaml.Unmarshal(src, &doc); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
			continue
		}
		top := doc.Content[0].Content
		for i := 0; i+1 < len(top); i += 2 {
			id, v := top[i], top[i+1]
			m := message{forms: map[string]string{}, file: filePath(name), line: id.Line}
			switch v.Kind {
			case yaml.ScalarNode:
				m.forms["other"] = v.Value
			case yaml.MappingNode:
				for j := 0; j+1 < len(v.Content); j += 2 {
					k, x := v.Content[j].Value, v.Content[j+1]
					if x.Kind != yaml.ScalarNode {
						continue
					}
					if k == "hash" {
						m.hash = x.Value
					} else if k != "description" {
						m.forms[k] = x.Value
					}
				}
			}
			out[id.Value] = m
		}
	}
	return out, nil
}

var placeholder = regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}|\{(page|pages)\}`)

func placeholders(s string) string {
	var names []string
	for _, m := range placeholder.FindAllStringSubmatch(s, -1) {
		names = append(names, m[1]+m[2])
	}
	sort.Strings(names)
	return strings.Join(slicesCompact(names), ",")
}

func slicesCompact(s []string) []string {
	var out []string
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// Hash is the hash a translation records of the source text it was made
// from, as goi18n writes it: "sha1-" and the hex SHA-1 of the text.
func Hash(source string) string {
	return fmt.Sprintf("sha1-%x", sha1.Sum([]byte(source)))
}

// pluralForms returns the plural forms a language's whole numbers use, by
// CLDR: zero, one, two, few, many and other for Welsh; one and other for
// English.
func pluralForms(lang string) []string {
	tag := language.Make(lang)
	names := map[plural.Form]string{plural.Zero: "zero", plural.One: "one", plural.Two: "two", plural.Few: "few", plural.Many: "many", plural.Other: "other"}
	seen := map[string]bool{}
	var forms []string
	for n := 0; n <= 1000; n++ {
		f := names[plural.Cardinal.MatchPlural(tag, n, 0, 0, 0, 0)]
		if !seen[f] {
			seen[f] = true
			forms = append(forms, f)
		}
	}
	sort.Strings(forms)
	return forms
}

// Check compares every language with the source language and returns what
// each lacks or gets wrong, sorted: messages missing, placeholders that
// differ, plural forms missing, messages the source does not have, and
// translations whose recorded source hash no longer matches the English.
func Check() ([]Gap, error) {
	src, err := messages(Source.String())
	if err != nil {
		return nil, err
	}
	var gaps []Gap
	for _, lang := range Supported() {
		if lang == Source.String() {
			continue
		}
		tr, err := messages(lang)
		if err != nil {
			return nil, err
		}
		forms := pluralForms(lang)
		for id, s := range src {
			t, ok := tr[id]
			if !ok {
				gaps = append(gaps, Gap{Lang: lang, ID: id, Kind: "missing"})
				continue
			}
			want := placeholders(s.forms["other"])
			for form, text := range t.forms {
				if got := placeholders(text); got != want {
					gaps = append(gaps, Gap{lang, id, "placeholders", fmt.Sprintf("%s has {%s}, English {%s}", form, got, want), t.file, t.line})
				}
			}
			if len(s.forms) > 1 { // a plural message
				for _, f := range forms {
					if _, ok := t.forms[f]; !ok {
						gaps = append(gaps, Gap{lang, id, "plural", "lacks the " + f + " form", t.file, t.line})
					}
				}
			}
			if t.hash != "" && t.hash != Hash(s.forms["other"]) {
				gaps = append(gaps, Gap{lang, id, "changed", "the English has changed since this was translated: check the translation against the English, then record the new English's hash (delete this hash, then make gen)", t.file, t.line})
			}
		}
		for id := range tr {
			if _, ok := src[id]; !ok && !isMeta(id) {
				gaps = append(gaps, Gap{lang, id, "extra", "not in the English files", tr[id].file, tr[id].line})
			}
		}
	}
	sort.Slice(gaps, func(i, j int) bool {
		if gaps[i].Lang != gaps[j].Lang {
			return gaps[i].Lang < gaps[j].Lang
		}
		if gaps[i].ID != gaps[j].ID {
			return gaps[i].ID < gaps[j].ID
		}
		return gaps[i].Kind < gaps[j].Kind
	})
	return gaps, nil
}
