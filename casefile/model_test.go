package casefile

import "reflect"

// modelTypes returns every mapping type of the case model, reached from
// Case.
func modelTypes() []reflect.Type {
	var out []reflect.Type
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		if seen[t] {
			return
		}
		seen[t] = true
		out = append(out, t)
		for _, f := range fieldsOf(t) {
			if et := elem(f.typ); isModelStruct(et) {
				walk(et)
			}
		}
	}
	walk(reflect.TypeFor[Case]())
	return out
}

// elem strips pointers and slices from t.
func elem(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	return t
}

// isSection reports whether a field holds one or more mappings.
func isSection(t reflect.Type) bool { return isModelStruct(elem(t)) }
