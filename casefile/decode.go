package casefile

import (
	"reflect"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"coregroup/locales"
	"coregroup/report"
)

// decoder walks a yaml.Node tree and a model value side by side, filling
// the value and collecting every problem with its position.
type decoder struct {
	file  string
	lines *lineMap // nil when the parser counts lines as an editor does
	probs report.List
	ids   map[string]map[string]report.Position // kind → id → where defined
	names map[string]string                     // person name → id, for hints
	refs  []refUse
}

// refUse is a reference waiting to be checked once every id is known.
type refUse struct {
	ref   Ref
	kinds []string
}

func newDecoder(file string) *decoder {
	return &decoder{file: file, ids: map[string]map[string]report.Position{}, names: map[string]string{}}
}

func (d *decoder) pos(n *yaml.Node) report.Position {
	return report.Position{File: d.file, Line: n.Line, Col: n.Column}
}

// maxProblems bounds the problems reported for one file: past it the file
// is not a case file with mistakes but something else, and more lines help
// nobody.
const maxProblems = 200

// problem records a load error; the rule id is also the message id.
func (d *decoder) problem(p report.Position, rule string, kv ...any) {
	d.problemMsg(p, rule, rule, kv...)
}

// problemMsg records a load error whose message id is a variant of the rule.
func (d *decoder) problemMsg(p report.Position, rule, msgID string, kv ...any) {
	switch {
	case len(d.probs) < maxProblems:
		d.probs.Add(rule, report.Error, p, locales.M(msgID, kv...))
	case len(d.probs) == maxProblems:
		d.probs.Add("load.too-many", report.Error, p, locales.M("load.too-many", "Max", maxProblems))
	}
}

// full reports whether no more problems will be recorded.
func (d *decoder) full() bool { return len(d.probs) > maxProblems }

// wrongType records that n is not the kind of value expected. The expected
// kind is a message id suffix such as "date" or "list".
func (d *decoder) wrongType(n *yaml.Node, want string, f *field) {
	if want == "list" && f.example == "" {
		want = "entries" // a list of sections has no one-line example
	}
	d.problemMsg(d.pos(n), "load.wrong-type", "load.wrong-type."+want, "Key", f.key, "Example", f.example)
}

// value decodes n into v, which has the type of field f.
func (d *decoder) value(n *yaml.Node, v reflect.Value, f *field) {
	if n.Kind == yaml.AliasNode || n.Anchor != "" {
		d.problem(d.pos(n), "load.alias")
		return
	}
	if !d.checkTag(n) {
		return
	}
	if isNull(n) {
		return // an empty value: the zero value, checked later if required
	}
	t := v.Type()
	switch {
	case t.Kind() == reflect.Pointer:
		elem := reflect.New(t.Elem())
		d.value(n, elem.Elem(), f)
		if !emptySection(n) {
			v.Set(elem)
		}
	case t == dateType:
		d.date(n, v.Addr().Interface().(*Date), f)
	case t == clockType:
		d.clock(n, v.Addr().Interface().(*Clock), f)
	case t == refType:
		d.ref(n, v.Addr().Interface().(*Ref), f)
	case t == textType:
		d.text(n, v.Addr().Interface().(*Text), f)
	case isModelStruct(t):
		d.mapping(n, v)
	case t.Kind() == reflect.Slice:
		d.list(n, v, f)
	case t.Kind() == reflect.String:
		d.str(n, v, f)
	case t.Kind() == reflect.Int:
		d.integer(n, v, f)
	case t.Kind() == reflect.Bool:
		d.boolean(n, v, f)
	default:
		panic("casefile: no decoder for " + t.String())
	}
}

// emptySection reports whether n is a mapping with no value in it, however
// deep: the sections of a form not filled in yet. Such a section counts as
// absent, so an empty "excluded:" does not say that someone is excluded.
func emptySection(n *yaml.Node) bool {
	if n.Kind != yaml.MappingNode {
		return false
	}
	for i := 1; i < len(n.Content); i += 2 {
		if !emptyValue(n.Content[i]) {
			return false
		}
	}
	return true
}

func emptyValue(n *yaml.Node) bool {
	switch n.Kind {
	case yaml.ScalarNode:
		return isNull(n) || (n.Tag == "!!str" && n.Value == "")
	case yaml.SequenceNode:
		for _, c := range n.Content {
			if !emptyValue(c) {
				return false
			}
		}
		return true
	case yaml.MappingNode:
		return emptySection(n)
	}
	return false
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// scalar reports whether n is a plain value, recording a problem if not.
func (d *decoder) scalar(n *yaml.Node, want string, f *field) bool {
	if n.Kind != yaml.ScalarNode {
		d.wrongType(n, want, f)
		return false
	}
	return true
}

func (d *decoder) mapping(n *yaml.Node, v reflect.Value) {
	t := v.Type()
	fields := fieldsOf(t)
	if n.Kind != yaml.MappingNode {
		d.problemMsg(d.pos(n), "load.wrong-type", "load.wrong-type.mapping")
		return
	}
	at := Positions{Node: d.pos(n), keys: make(map[string]report.Position, len(n.Content)/2)}
	seen := make(map[string]*yaml.Node, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.problem(d.pos(k), "load.bad-key")
			continue
		}
		if k.Tag == "!!merge" {
			d.problem(d.pos(k), "load.alias")
			continue
		}
		if !d.checkChars(k, k.Value) {
			continue
		}
		if first, dup := seen[k.Value]; dup {
			d.problem(d.pos(k), "load.duplicate-key", "Key", k.Value, "Line", first.Line)
			continue
		}
		seen[k.Value] = k
		f := findField(fields, k.Value)
		if f == nil {
			d.unknownKey(k, fields)
			continue
		}
		at.keys[f.key] = d.pos(val)
		d.value(val, v.Field(f.index), f)
		startAtKey(v.Field(f.index), d.pos(k))
		if f.id != "" && !isNull(val) {
			d.defineID(f.id, v.Field(f.index).String(), d.pos(val))
		}
	}
	for i := range fields {
		f := &fields[i]
		if !f.required {
			continue
		}
		if k, ok := seen[f.key]; !ok || isNull(valueOf(n, k)) {
			d.problem(at.Node, "load.missing-key", "Key", f.key, "Example", f.example)
		}
	}
	if i := positionsField(t); i >= 0 {
		v.Field(i).Set(reflect.ValueOf(at))
	}
	d.rememberName(v)
}

// startAtKey makes a section's position its key's ("plan:"), so a finding
// about something the section lacks points at the section's name.
func startAtKey(v reflect.Value, p report.Position) {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	if !isModelStruct(v.Type()) {
		return
	}
	if i := positionsField(v.Type()); i >= 0 {
		at := v.Field(i).Addr().Interface().(*Positions)
		if at.keys != nil {
			at.Node = p
		}
	}
}

// valueOf returns the value node that follows key node k in mapping n.
func valueOf(n *yaml.Node, k *yaml.Node) *yaml.Node {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i] == k {
			return n.Content[i+1]
		}
	}
	return nil
}

func findField(fields []field, key string) *field {
	for i := range fields {
		if fields[i].key == key {
			return &fields[i]
		}
	}
	return nil
}

func (d *decoder) unknownKey(k *yaml.Node, fields []field) {
	keys := make([]string, len(fields))
	for i, f := range fields {
		keys[i] = f.key
	}
	if s := suggest(k.Value, keys); s != "" {
		d.problem(d.pos(k), "load.unknown-key", "Key", k.Value, "Suggestion", s)
		return
	}
	d.problem(d.pos(k), "load.unknown-key-list", "Key", k.Value, "Keys", strings.Join(keys, ", "))
}

// rememberName maps a person's name to their id, so a reference written
// as a name can be answered with the id to use.
func (d *decoder) rememberName(v reflect.Value) {
	var name, id string
	switch p := v.Addr().Interface().(type) {
	case *Child:
		name, id = p.Name, p.ID
	case *Family:
		name, id = p.Name, p.ID
	case *Member:
		name, id = p.Name, p.ID
	}
	if name != "" && id != "" {
		d.names[name] = id
	}
}

func (d *decoder) list(n *yaml.Node, v reflect.Value, f *field) {
	if n.Kind != yaml.SequenceNode {
		d.wrongType(n, "list", f)
		return
	}
	if max := maxItems(v.Type().Elem()); len(n.Content) > max {
		d.problem(d.pos(n), "load.too-many-items", "Key", f.key, "Count", len(n.Content), "Max", max)
		return
	}
	s := reflect.MakeSlice(v.Type(), 0, len(n.Content))
	for _, item := range n.Content {
		if isNull(item) {
			d.problem(d.pos(item), "load.empty-item")
			continue
		}
		elem := reflect.New(v.Type().Elem()).Elem()
		d.value(item, elem, f)
		if !emptySection(item) {
			s = reflect.Append(s, elem)
		}
	}
	v.Set(s)
}

func (d *decoder) str(n *yaml.Node, v reflect.Value, f *field) {
	if !d.scalar(n, "text", f) {
		return
	}
	s := strings.TrimSpace(normalise(n.Value))
	if !d.checkValue(n, s, f, MaxValueLength) {
		return
	}
	switch {
	case f.id != "" && !idPattern.MatchString(s):
		d.problem(d.pos(n), "load.bad-id", "ID", s)
		return
	case f.enum != nil && !contains(f.enum, s):
		if sug := suggest(s, f.enum); sug != "" {
			d.problem(d.pos(n), "load.bad-value", "Value", s, "Suggestion", sug)
		} else {
			d.problem(d.pos(n), "load.bad-value-list", "Value", s, "Values", strings.Join(f.enum, ", "))
		}
		return
	case f.lang:
		if !d.checkLang(n, s) {
			return
		}
	}
	v.SetString(s)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (d *decoder) integer(n *yaml.Node, v reflect.Value, f *field) {
	if !d.scalar(n, "number", f) {
		return
	}
	i, err := strconv.Atoi(n.Value)
	if n.Tag != "!!int" || err != nil {
		d.wrongType(n, "number", f)
		return
	}
	if (f.min != nil && i < *f.min) || (f.max != nil && i > *f.max) {
		if f.key == "version" {
			d.problem(d.pos(n), "load.version", "Version", i, "Want", Version)
		} else {
			d.problem(d.pos(n), "load.out-of-range", "Value", i, "Min", *f.min, "Max", *f.max)
		}
		return
	}
	v.SetInt(int64(i))
}

func (d *decoder) boolean(n *yaml.Node, v reflect.Value, f *field) {
	if !d.scalar(n, "true-false", f) {
		return
	}
	b, err := strconv.ParseBool(strings.ToLower(n.Value))
	if n.Tag != "!!bool" || err != nil {
		d.wrongType(n, "true-false", f)
		return
	}
	v.SetBool(b)
}

func (d *decoder) date(n *yaml.Node, out *Date, f *field) {
	if !d.scalar(n, "date", f) {
		return
	}
	s := strings.TrimSpace(n.Value)
	if !datePattern.MatchString(s) {
		d.wrongType(n, "date", f)
		return
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || t.Year() < 1900 {
		d.problem(d.pos(n), "load.impossible-date", "Date", s)
		return
	}
	*out = Date{Time: t, Pos: d.pos(n)}
}

func (d *decoder) clock(n *yaml.Node, out *Clock, f *field) {
	if !d.scalar(n, "time", f) {
		return
	}
	s := strings.TrimSpace(n.Value)
	if !clockPattern.MatchString(s) {
		d.wrongType(n, "time", f)
		return
	}
	h, _ := strconv.Atoi(s[:2])
	m, _ := strconv.Atoi(s[3:])
	*out = Clock{Hour: h, Minute: m, Set: true, Pos: d.pos(n)}
}

func (d *decoder) ref(n *yaml.Node, out *Ref, f *field) {
	if !d.scalar(n, "id", f) {
		return
	}
	id := strings.TrimSpace(normalise(n.Value))
	if !d.checkValue(n, id, f, MaxValueLength) {
		return
	}
	*out = Ref{ID: id, Pos: d.pos(n)}
	d.refs = append(d.refs, refUse{ref: *out, kinds: f.ref})
}

func (d *decoder) text(n *yaml.Node, out *Text, f *field) {
	switch n.Kind {
	case yaml.ScalarNode:
		s := CleanText(n.Value)
		if !d.checkValue(n, s, f, MaxTextLength) {
			return
		}
		*out = Text{Plain: s, Pos: d.pos(n)}
	case yaml.MappingNode:
		t := Text{ByLang: map[string]string{}, Pos: d.pos(n), LangPos: map[string]report.Position{}}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			if k.Kind != yaml.ScalarNode {
				d.problem(d.pos(k), "load.bad-key")
				continue
			}
			if !d.checkChars(k, k.Value) {
				continue
			}
			if _, dup := t.LangPos[k.Value]; dup {
				d.problem(d.pos(k), "load.duplicate-key", "Key", k.Value, "Line", t.LangPos[k.Value].Line)
				continue
			}
			if !d.checkLang(k, k.Value) {
				continue
			}
			t.LangPos[k.Value] = d.pos(val)
			if val.Kind != yaml.ScalarNode {
				d.wrongType(val, "text", f)
				continue
			}
			if !d.checkTag(val) {
				continue
			}
			s := ""
			if !isNull(val) {
				s = CleanText(val.Value)
			}
			if !d.checkValue(val, s, f, MaxTextLength) {
				continue
			}
			t.ByLang[k.Value] = s
		}
		*out = t
	default:
		d.wrongType(n, "text", f)
	}
}

// CleanText normalises free text as the loader reads it (see normalise)
// and trims the trailing newline YAML block scalars add.
func CleanText(s string) string {
	return strings.TrimRight(normalise(s), "\n")
}

func (d *decoder) defineID(kind, id string, p report.Position) {
	if id == "" {
		return
	}
	m := d.ids[kind]
	if m == nil {
		m = map[string]report.Position{}
		d.ids[kind] = m
	}
	if first, dup := m[id]; dup {
		d.problem(p, "load.duplicate-id", "ID", id, "Line", first.Line)
		return
	}
	m[id] = p
}

// resolveRefs checks every reference against the ids the file defines.
func (d *decoder) resolveRefs() {
	for _, u := range d.refs {
		if d.full() {
			return
		}
		if d.defined(u) {
			continue
		}
		var known []string
		for _, kind := range u.kinds {
			for id := range d.ids[kind] {
				known = append(known, id)
			}
		}
		msg := "load.unknown-ref." + strings.Join(u.kinds, "-")
		switch {
		case d.names[u.ref.ID] != "" && contains(u.kinds, "person"):
			d.problem(u.ref.Pos, "load.name-not-id", "Name", u.ref.ID, "ID", d.names[u.ref.ID])
		case suggest(u.ref.ID, known) != "":
			d.problemMsg(u.ref.Pos, "load.unknown-ref", msg+".suggest", "ID", u.ref.ID, "Suggestion", suggest(u.ref.ID, known))
		default:
			d.problemMsg(u.ref.Pos, "load.unknown-ref", msg, "ID", u.ref.ID)
		}
	}
}

// defined reports whether a reference names an id of one of its kinds.
func (d *decoder) defined(u refUse) bool {
	for _, kind := range u.kinds {
		if _, ok := d.ids[kind][u.ref.ID]; ok {
			return true
		}
	}
	return false
}
