package casefile

import "reflect"

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
			if t := v.Interface().(Text); t.IsSet() {
				f(key, t)
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
