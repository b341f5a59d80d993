package casefile

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// SkeletonOptions shape a skeleton to a policy.
type SkeletonOptions struct {
	// Omit lists top-level or plan keys the policy never uses, such as
	// my_world outside Scotland.
	Omit []string
	// Commented lists keys written as comments, to uncomment when needed,
	// such as resolution: in Wales.
	Commented []string
}

// Skeleton returns a case file to fill in: every section of the format, each
// key under a one-line comment that says what it is, values left empty. It
// is built from the same struct tags as the loader, so it always has every
// key and always loads. lang is the family's language; when it is not
// English, each text is a {lang: "", en: ""} map with the family's language
// first.
func Skeleton(policy, lang string, opts SkeletonOptions) ([]byte, error) {
	if policy == "" || !idPattern.MatchString(policy) {
		return nil, fmt.Errorf("policy %q: use england, west-midlands, wales or scotland", policy)
	}
	tag, err := language.Parse(lang)
	if err != nil || !validLang(lang) {
		return nil, fmt.Errorf("language %q is not a known language tag: use one such as en or cy", lang)
	}
	s := &skeleton{policy: policy, lang: tag.String(), opts: opts}
	s.b.WriteString("# A new coregroup case file. Fill in each value after its colon; leave a value\n")
	s.b.WriteString("# empty until you know it. Check it as you go: coregroup validate THIS-FILE\n")
	s.b.WriteString("# The format, key by key: docs/case-format.md\n")
	s.mapping(reflect.TypeFor[Case](), 0, false)
	return s.b.Bytes(), nil
}

type skeleton struct {
	b            bytes.Buffer
	policy, lang string
	opts         SkeletonOptions
}

// mapping writes the keys of struct type t at an indent; first says the
// first key follows a list dash already written.
func (s *skeleton) mapping(t reflect.Type, indent int, first bool) {
	for i, f := range fieldsOf(t) {
		if slices.Contains(s.opts.Omit, f.key) {
			continue
		}
		if slices.Contains(s.opts.Commented, f.key) {
			s.commented(t, f, indent)
			continue
		}
		pad := strings.Repeat(" ", indent)
		if !(first && i == 0) {
			s.b.WriteString(pad)
		}
		// The comment of an item's first key sits on the dash's line.
		s.b.WriteString("# " + f.doc)
		if f.enum != nil {
			s.b.WriteString(" One of: " + strings.Join(f.enum, ", ") + ".")
		}
		s.b.WriteString("\n" + pad + f.key + ":")
		s.value(t, f.typ, &f, indent)
	}
}

// value writes the value of field f, of type t, in struct type parent.
func (s *skeleton) value(parent, t reflect.Type, f *field, indent int) {
	switch {
	case t.Kind() == reflect.Pointer:
		s.value(parent, t.Elem(), f, indent)
	case isModelStruct(t):
		s.b.WriteString("\n")
		s.mapping(t, indent+2, false)
	case t.Kind() == reflect.Slice && isModelStruct(t.Elem()):
		s.b.WriteString("\n" + strings.Repeat(" ", indent+2) + "- ")
		s.mapping(t.Elem(), indent+4, true)
	case t.Kind() == reflect.Slice:
		s.b.WriteString(" []\n")
	case t == textType:
		if s.lang == "en" {
			s.b.WriteString(" \"\"\n")
		} else {
			fmt.Fprintf(&s.b, " {%s: \"\", en: \"\"}\n", s.lang)
		}
	case t.Kind() == reflect.String:
		if v := s.stringValue(parent, f); v != "" {
			s.b.WriteString(" " + v)
		}
		s.b.WriteString("\n")
	case t.Kind() == reflect.Int && f.key == "version":
		fmt.Fprintf(&s.b, " %d\n", Version)
	case t.Kind() == reflect.Bool && f.key == "fictitious":
		s.b.WriteString(" false\n")
	default:
		s.b.WriteString("\n")
	}
}

// stringValue is the starting value of a plain string key of parent.
func (s *skeleton) stringValue(parent reflect.Type, f *field) string {
	top := parent == reflect.TypeFor[Case]()
	switch {
	case top && f.key == "policy":
		return s.policy
	case top && f.key == "language":
		return s.lang
	case top && f.key == "text_language":
		return "en"
	case f.id != "":
		return strings.ToLower(parent.Name()) + "-1"
	case f.required && f.enum != nil:
		return f.example
	case f.required:
		return `""`
	}
	return ""
}

// commented writes a key and its value as comments.
func (s *skeleton) commented(parent reflect.Type, f field, indent int) {
	inner := &skeleton{policy: s.policy, lang: s.lang}
	pad := strings.Repeat(" ", indent)
	inner.b.WriteString(pad + "# " + f.doc + " Uncomment to use.\n")
	inner.b.WriteString(pad + f.key + ":")
	inner.value(parent, f.typ, &f, indent)
	for _, line := range strings.SplitAfter(inner.b.String(), "\n") {
		if line == "" {
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			s.b.WriteString(line)
		} else {
			s.b.WriteString(pad + "#" + strings.TrimPrefix(line, pad))
		}
	}
}
