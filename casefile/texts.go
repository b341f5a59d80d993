package casefile

import (
	"reflect"

	"coregroup/report"
)

// PlainLanguage is the language the case's plain (not per-language) texts
// are written in: its text_language, or en.
func (c *Case) PlainLanguage() string {
	if c.TextLanguage != "" {
		return c.TextLanguage
	}
	return "en"
}

// EachText calls f with every localised text the case holds that is set,
// in file order of the model's fields, with the key it was given under.
func (c *Case) EachText(f func(key string, t Text)) {
	eachText(reflect.ValueOf(c).Elem(), "", f)
}

func eachText(v reflect.Value, key string, f func(string, Text)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			eachText(v.Elem(), key, f)
		}
	case reflect.Slice:
		for i := range v.Len() {
			eachText(v.Index(i), key, f)
		}
	case reflect.Struct:
		if v.Type() == textType {
			if t := textOf(v); t.IsSet() {
				f(key, *t)
			}
			return
		}
		if !isModelStruct(v.Type()) {
			return
		}
		for _, fd := range fieldsOf(v.Type()) {
			eachText(v.Field(fd.index), fd.key, f)
		}
	}
}

// EachString calls f with every free-text string value the case holds
// that is set (names, known-as names, addresses, advocates, contacts), in
// file order, with its key and where it was written. Ids, references,
// language tags and values from a fixed list are left out: the loader
// holds them to their forms.
func (c *Case) EachString(f func(key, s string, pos report.Position)) {
	eachString(reflect.ValueOf(c).Elem(), f)
}

func eachString(v reflect.Value, f func(string, string, report.Position)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			eachString(v.Elem(), f)
		}
	case reflect.Slice:
		for i := range v.Len() {
			eachString(v.Index(i), f)
		}
	case reflect.Struct:
		if !isModelStruct(v.Type()) {
			return
		}
		at := positionsField(v.Type())
		for _, fd := range fieldsOf(v.Type()) {
			fv := v.Field(fd.index)
			if fv.Kind() != reflect.String {
				eachString(fv, f)
				continue
			}
			if s := fv.String(); s != "" && at >= 0 && fd.id == "" && fd.enum == nil && !fd.lang {
				f(fd.key, s, v.Field(at).Interface().(Positions).Of(fd.key))
			}
		}
	}
}

// textOf returns the Text v holds, without the copy to the heap that
// v.Interface would make when v is addressable, as it is in a case.
func textOf(v reflect.Value) *Text {
	if v.CanAddr() {
		return v.Addr().Interface().(*Text)
	}
	t := v.Interface().(Text)
	return &t
}
