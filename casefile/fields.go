package casefile

import (
	"reflect"
	"strconv"
	"strings"
	"sync"

	"coregroup/report"
)

// Positions remembers where a mapping and each of its values were written.
// Every struct of the case model has one, in its field At.
type Positions struct {
	// Node is where the mapping is: the key that names it ("plan:"), or
	// for a list item or the whole file, its first key.
	Node report.Position
	keys map[string]report.Position
}

// Of returns where the value of key was written, or where the mapping
// starts when the key is absent, so a finding about a missing value points
// at the thing that lacks it.
func (p Positions) Of(key string) report.Position {
	if pos, ok := p.keys[key]; ok {
		return pos
	}
	return p.Node
}

// Has reports whether the mapping had the key.
func (p Positions) Has(key string) bool {
	_, ok := p.keys[key]
	return ok
}

// field describes one key of a struct in the case model, read from its tags.
type field struct {
	key      string
	index    int
	typ      reflect.Type
	doc      string
	example  string
	required bool
	enum     []string
	suggest  []string
	id       string
	ref      []string
	lang     bool
	min, max *int
}

var (
	fieldCache    sync.Map // reflect.Type → []field
	positionsType = reflect.TypeFor[Positions]()
	dateType      = reflect.TypeFor[Date]()
	clockType     = reflect.TypeFor[Clock]()
	refType       = reflect.TypeFor[Ref]()
	textType      = reflect.TypeFor[Text]()
	scalarTypes   = map[reflect.Type]bool{dateType: true, clockType: true, refType: true, textType: true}
)

// fieldsOf returns the keys of a model struct type in declaration order.
func fieldsOf(t reflect.Type) []field {
	if fs, ok := fieldCache.Load(t); ok {
		return fs.([]field)
	}
	var fs []field
	for i := range t.NumField() {
		sf := t.Field(i)
		key := sf.Tag.Get("yaml")
		if key == "" || key == "-" {
			continue
		}
		f := field{
			key:      key,
			index:    i,
			typ:      sf.Type,
			doc:      sf.Tag.Get("doc"),
			example:  sf.Tag.Get("ex"),
			required: sf.Tag.Get("req") == "true",
			id:       sf.Tag.Get("id"),
			lang:     sf.Tag.Get("lang") == "true",
		}
		if e := sf.Tag.Get("enum"); e != "" {
			f.enum = strings.Split(e, ",")
		}
		if e := sf.Tag.Get("suggest"); e != "" {
			f.suggest = strings.Split(e, ",")
		}
		if r := sf.Tag.Get("ref"); r != "" {
			f.ref = strings.Split(r, "|")
		}
		f.min = intTag(sf.Tag.Get("min"))
		f.max = intTag(sf.Tag.Get("max"))
		fs = append(fs, f)
	}
	fieldCache.Store(t, fs)
	return fs
}

func intTag(s string) *int {
	if s == "" {
		return nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		panic("casefile: bad number in struct tag: " + s)
	}
	return &n
}

// isModelStruct reports whether t is a struct of the case model that is
// written as a mapping (not one of the scalar types such as Date).
func isModelStruct(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && !scalarTypes[t]
}

// positionsField returns the index of the At field of a model struct.
func positionsField(t reflect.Type) int {
	for i := range t.NumField() {
		if t.Field(i).Type == positionsType {
			return i
		}
	}
	return -1
}
