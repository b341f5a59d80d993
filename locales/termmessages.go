package locales

import (
	"fmt"
	"io/fs"
	"sort"

	"go.yaml.in/yaml/v3"
)

// MessageTermProblem is a Welsh message that does not follow the
// termbase, at the line of its id in its file.
type MessageTermProblem struct {
	File      string // the message file's name, such as "cy.yaml"
	Line, Col int
	ID        string
	TermProblem
}

// String gives the problem as "locales/cy.yaml:12:1: id: problem".
func (p MessageTermProblem) String() string {
	return fmt.Sprintf("locales/%s:%d:%d: %s: %s", p.File, p.Line, p.Col, p.ID, p.TermProblem)
}

// MessageTermProblems checks every Welsh message against its English
// source with the termbase, each plural form on its own, and returns the
// problems in file and line order.
func MessageTermProblems() ([]MessageTermProblem, error) {
	tb, err := Terms()
	if err != nil {
		return nil, err
	}
	src, err := messages(Source.String())
	if err != nil {
		return nil, err
	}
	names, err := Files()
	if err != nil {
		return nil, err
	}
	var out []MessageTermProblem
	for _, name := range names {
		if langOf(name) != "cy" {
			continue
		}
		data, err := fs.ReadFile(files, name)
		if err != nil {
			return nil, err
		}
		var doc yaml.Node
		if err := yaml.Unmarshal(data, &doc); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if len(doc.Content) == 0 {
			continue
		}
		top := doc.Content[0]
		for i := 0; i+1 < len(top.Content); i += 2 {
			key, val := top.Content[i], top.Content[i+1]
			forms := welshForms(val)
			for _, form := range sortedKeys(forms) {
				text := forms[form]
				english := src[key.Value].forms[form]
				if english == "" {
					english = src[key.Value].forms["other"]
				}
				for _, p := range tb.Check(english, text) {
					out = append(out, MessageTermProblem{File: name, Line: key.Line, Col: key.Column, ID: key.Value, TermProblem: p})
				}
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Line < out[j].Line
	})
	return out, nil
}

// welshForms returns a message node's texts by plural form: "other" for a
// plain string, each form for a map (its hash and description left out).
func welshForms(n *yaml.Node) map[string]string {
	switch n.Kind {
	case yaml.ScalarNode:
		return map[string]string{"other": n.Value}
	case yaml.MappingNode:
		out := map[string]string{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			if k := n.Content[i].Value; k != "hash" && k != "description" {
				out[k] = n.Content[i+1].Value
			}
		}
		return out
	}
	return nil
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
