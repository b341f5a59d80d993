package redact

import (
	"reflect"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"coregroup/casefile"
)

var (
	dateType  = reflect.TypeFor[casefile.Date]()
	clockType = reflect.TypeFor[casefile.Clock]()
	refType   = reflect.TypeFor[casefile.Ref]()
	textType  = reflect.TypeFor[casefile.Text]()
)

// field is what the walk needs of a key of the case model: its type and
// whether its value is kept as it is.
type field struct {
	typ  reflect.Type
	keep bool // a value from a fixed list (an enum, a language tag, the policy), or a picture's file
}

// fields returns the keys of a model struct, read from its yaml tags.
func fields(t reflect.Type) map[string]field {
	out := map[string]field{}
	for i := range t.NumField() {
		sf := t.Field(i)
		key := sf.Tag.Get("yaml")
		if key == "" || key == "-" {
			continue
		}
		// A picture's file and the logo are kept as written, so that the
		// copy names the files the case does (which it does not copy).
		keep := sf.Tag.Get("enum") != "" || sf.Tag.Get("lang") != "" || key == "policy" || key == "version" ||
			key == "file" || key == "logo"
		out[key] = field{typ: sf.Type, keep: keep}
	}
	return out
}

// walk replaces, in the YAML tree n of a value of type t under key, every
// value that could tell who the case is about, and removes every comment.
func (r *redactor) walk(n *yaml.Node, t reflect.Type, key string, keep bool) {
	n.HeadComment, n.LineComment, n.FootComment = "", "", ""
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case n.Kind == yaml.ScalarNode:
		r.scalar(n, t, key, keep)
	case t == textType && n.Kind == yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			n.Content[i].HeadComment, n.Content[i].LineComment, n.Content[i].FootComment = "", "", ""
			r.walk(n.Content[i+1], t, key, false)
		}
	case n.Kind == yaml.MappingNode && t.Kind() == reflect.Struct:
		fs := fields(t)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			k.HeadComment, k.LineComment, k.FootComment = "", "", ""
			f, ok := fs[k.Value]
			if !ok {
				continue // the case loads, so this does not happen
			}
			r.walk(n.Content[i+1], f.typ, k.Value, f.keep)
		}
	case n.Kind == yaml.SequenceNode && t.Kind() == reflect.Slice:
		for _, item := range n.Content {
			r.walk(item, t.Elem(), key, keep)
		}
	default:
		for _, c := range n.Content {
			c.HeadComment, c.LineComment, c.FootComment = "", "", ""
		}
	}
}

// scalar replaces one value.
func (r *redactor) scalar(n *yaml.Node, t reflect.Type, key string, keep bool) {
	if n.Tag == "!!null" || keep {
		return
	}
	switch {
	case t == dateType:
		if b, ok := r.born[strings.TrimSpace(n.Value)]; ok && key == "born" {
			n.Value = b
		} else if d, err := time.Parse(time.DateOnly, strings.TrimSpace(n.Value)); err == nil {
			n.Value = r.shiftDate(d).Format(time.DateOnly)
		}
	case t == clockType, t.Kind() == reflect.Int, t.Kind() == reflect.Bool:
	case key == "ref" || key == "address" || key == "contact" || key == "authority":
		if s, ok := r.whole[strings.TrimSpace(n.Value)]; ok {
			setString(n, s)
		} else {
			setString(n, r.text(n.Value))
		}
	case t == textType, t == refType, t.Kind() == reflect.String:
		setString(n, r.text(n.Value))
	}
}

// setString gives a scalar a new text, quoted when YAML would read it
// plain as something else.
func setString(n *yaml.Node, s string) {
	if s == n.Value {
		return
	}
	n.Value = s
	if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 && !strings.Contains(s, "\n") {
		n.Style = 0
	}
}
