// coregroup patch: see PATCH.md.

package fpdf

import (
	"sync"
	"unsafe"
)

// fontIDs holds, for the process, the font id of each UTF-8 font added
// from bytes: generateFontID marshals the font's 65,536 widths to JSON to
// hash them, which costs more than the rest of adding the font, and gives
// the same id for the same bytes and key every time.
var fontIDs sync.Map // fontIDKey → string

// fontIDKey names a UTF-8 font's bytes by where they are and how long
// they are, which is enough for bytes that never change, such as the
// embedded fonts of a program: the map keeps them alive, so another font
// is never found at the same place.
type fontIDKey struct {
	data *byte
	n    int
	key  string // the font key (family and style), which is in the id
}

// utf8FontID returns generateFontID(def) for a UTF-8 font made from
// utf8Bytes, from the cache when the same bytes were added before.
func utf8FontID(def fontDefType, utf8Bytes []byte) string {
	k := fontIDKey{unsafe.SliceData(utf8Bytes), len(utf8Bytes), def.Name}
	if id, ok := fontIDs.Load(k); ok {
		return id.(string)
	}
	id, _ := generateFontID(def)
	fontIDs.Store(k, id)
	return id
}
