package casefile

import (
	"bytes"
	"encoding/json"
	"reflect"
	"unicode"

	"go.yaml.in/yaml/v3"
)

// SchemaID is the JSON Schema dialect of Schema.
const SchemaID = "https://json-schema.org/draft/2020-12/schema"

// langPattern accepts the shape of a BCP 47 tag; the loader also checks
// the language is a known one.
const langPattern = `^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$`

// Schema returns a JSON Schema (draft 2020-12) of the case file format,
// built from the same struct tags the loader reads, so the two cannot
// disagree about keys, types and required values. It cannot express
// references between ids or impossible dates; the loader checks those.
// Editors use it (through a "# yaml-language-server: $schema=" comment)
// to complete and check keys while a case file is typed.
func Schema() []byte {
	g := &schemaGen{defs: map[string]any{}}
	root := map[string]any{
		"$schema":     SchemaID,
		"$id":         "https://coregroup.invalid/schema/case-v1.json",
		"title":       "coregroup case file, version 1",
		"description": "One child protection case: the children, family, core group, conferences, plans, meetings and resolution process. Reference: docs/case-format.md.",
		"type":        "object",
		"$ref":        g.def(reflect.TypeFor[Case]()),
		"$defs":       g.defs,
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(root); err != nil {
		panic("casefile: schema does not encode: " + err.Error())
	}
	return buf.Bytes()
}

type schemaGen struct {
	defs map[string]any
}

// def returns a $ref to the definition of a named type, adding it once.
// Every definition has a title of its own, which an editor shows above
// the description of a key, and accepts null, the empty value (key:) the
// loader allows for a key that is not required: a nullable value is its
// type and null in one "type", not an anyOf of two schemas, so that a
// validator reports one error for a wrong value, not three.
func (g *schemaGen) def(t reflect.Type) string {
	ref := "#/$defs/" + t.Name()
	if _, done := g.defs[t.Name()]; done {
		return ref
	}
	g.defs[t.Name()] = nil // placeholder against recursion
	var d map[string]any
	switch t {
	case dateType:
		d = map[string]any{"type": []any{"string", "null"}, "pattern": datePattern.String(), "description": "A date, YYYY-MM-DD."}
	case clockType:
		d = map[string]any{"type": []any{"string", "null"}, "pattern": clockPattern.String(), "description": "A time of day, HH:MM on the 24-hour clock."}
	case refType:
		d = map[string]any{"type": []any{"string", "null"}, "pattern": idPattern.String(), "description": "The id of something defined elsewhere in the file."}
	case textType:
		d = map[string]any{
			"description":          "Localised text: a plain string in the file's text_language, or a map from language tag to text, such as {en: ..., cy: ...}.",
			"type":                 []any{"string", "object", "null"},
			"propertyNames":        map[string]any{"pattern": langPattern},
			"additionalProperties": map[string]any{"type": []any{"string", "null"}},
		}
	default:
		d = g.object(t)
	}
	d["title"] = title(t.Name())
	g.defs[t.Name()] = d
	return ref
}

// title makes a type's name a title: "ResolutionMeeting" is "Resolution
// meeting".
func title(name string) string {
	var b []rune
	for i, r := range name {
		if i > 0 && unicode.IsUpper(r) {
			b = append(b, ' ', unicode.ToLower(r))
		} else {
			b = append(b, r)
		}
	}
	return string(b)
}

func (g *schemaGen) object(t reflect.Type) map[string]any {
	props := map[string]any{}
	var required []string
	for _, f := range fieldsOf(t) {
		s := g.value(f.typ, &f)
		if f.doc != "" {
			s["description"] = f.doc
		}
		switch {
		case f.suggest != nil:
			s["examples"] = f.suggest
		case f.example != "":
			s["examples"] = []any{exampleValue(f.example)}
		}
		if f.required {
			required = append(required, f.key)
			if _, isRef := s["$ref"]; isRef {
				s["not"] = map[string]any{"type": "null"}
			}
		} else {
			nullable(s)
		}
		props[f.key] = s
	}
	obj := map[string]any{
		"type":                 []any{"object", "null"},
		"properties":           props,
		"additionalProperties": false,
	}
	if len(required) > 0 {
		obj["required"] = required
	}
	return obj
}

// value returns the schema of one value of type t for field f.
func (g *schemaGen) value(t reflect.Type, f *field) map[string]any {
	switch {
	case t.Kind() == reflect.Pointer:
		return g.value(t.Elem(), f)
	case t.Kind() == reflect.Struct:
		return map[string]any{"$ref": g.def(t)}
	case t.Kind() == reflect.Slice:
		return map[string]any{"type": "array", "items": g.value(t.Elem(), f)}
	case t.Kind() == reflect.Int:
		s := map[string]any{"type": "integer"}
		if f.min != nil {
			s["minimum"] = *f.min
		}
		if f.max != nil {
			s["maximum"] = *f.max
		}
		return s
	case t.Kind() == reflect.Bool:
		return map[string]any{"type": "boolean"}
	case t.Kind() == reflect.String:
		s := map[string]any{"type": "string"}
		switch {
		case f.enum != nil:
			s["enum"] = f.enum
		case f.id != "":
			s["pattern"] = idPattern.String()
		case f.lang:
			s["pattern"] = langPattern
		}
		return s
	}
	panic("casefile: no schema for " + t.String())
}

// nullable lets a value be left empty (key:), as the loader allows for
// every key that is not required: null joins the value's type (and its
// enum). A $ref's definition accepts null already.
func nullable(s map[string]any) {
	if t, ok := s["type"].(string); ok {
		s["type"] = []any{t, "null"}
	}
	if e, ok := s["enum"].([]string); ok {
		values := make([]any, 0, len(e)+1)
		for _, v := range e {
			values = append(values, v)
		}
		s["enum"] = append(values, nil)
	}
}

// exampleValue turns an example written in YAML into its JSON value.
func exampleValue(src string) any {
	var n yaml.Node
	if err := yaml.Unmarshal([]byte(src), &n); err != nil || len(n.Content) == 0 {
		return src
	}
	return JSONValue(n.Content[0])
}

// JSONValue converts a YAML node to the value a JSON decoder would give
// for the same data, keeping dates and times as strings as the loader
// reads them. Aliases become null (the loader rejects them).
func JSONValue(n *yaml.Node) any {
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil
		}
		return JSONValue(n.Content[0])
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			m[n.Content[i].Value] = JSONValue(n.Content[i+1])
		}
		return m
	case yaml.SequenceNode:
		s := make([]any, len(n.Content))
		for i, c := range n.Content {
			s[i] = JSONValue(c)
		}
		return s
	case yaml.ScalarNode:
		var v any
		switch n.Tag {
		case "!!null":
			return nil
		case "!!bool", "!!int", "!!float":
			if err := n.Decode(&v); err == nil {
				return v
			}
		}
		return n.Value
	}
	return nil
}
