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
}

// String gives the gap as one line for a translator.
func (g Gap) String() string {
	return fmt.Sprintf("%s %s: %s %s", g.Lang, g.ID, g.Kind, g.Detail)
}

// message is one message as written in a file: a plain string, or a map of
// plural forms (zero, one, two, few, many, other) and an optional hash of
// the source text it was translated from.
type message struct {
	forms map[string]string
	hash  string
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
		var raw map[string]any
		if err := yaml.Unmarshal(src, &raw); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		for id, v := range raw {
			m := message{forms: map[string]string{}}
			switch v := v.(type) {
			case string:
				m.forms["other"] = v
			case map[string]any:
				for k, x := range v {
					if s, ok := x.(string); ok {
						if k == "hash" {
							m.hash = s
						} else if k != "description" {
							m.forms[k] = s
						}
					}
				}
			}
			out[id] = m
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
				gaps = append(gaps, Gap{lang, id, "missing", ""})
				continue
			}
			want := placeholders(s.forms["other"])
			for form, text := range t.forms {
				if got := placeholders(text); got != want {
					gaps = append(gaps, Gap{lang, id, "placeholders", fmt.Sprintf("%s has {%s}, English {%s}", form, got, want)})
				}
			}
			if len(s.forms) > 1 { // a plural message
				for _, f := range forms {
					if _, ok := t.forms[f]; !ok {
						gaps = append(gaps, Gap{lang, id, "plural", "lacks the " + f + " form"})
					}
				}
			}
			if t.hash != "" && t.hash != Hash(s.forms["other"]) {
				gaps = append(gaps, Gap{lang, id, "changed", "the English has changed since this was translated"})
			}
		}
		for id := range tr {
			if _, ok := src[id]; !ok {
				gaps = append(gaps, Gap{lang, id, "extra", "not in the English files"})
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
