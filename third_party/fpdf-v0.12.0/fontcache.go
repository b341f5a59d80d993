// coregroup patch: see PATCH.md.

package fpdf

import (
	"bytes"
	"crypto/sha1"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"sync"
	"unsafe"
)

// A program that writes many documents with the same UTF-8 fonts parses
// each font once, not once a document: what parsing gives depends only on
// the font's bytes, and none of it is written to after parsing. This holds
// for fonts added with AddUTF8FontFromBytes, whose bytes must not change
// afterwards (coregroup's are embedded in the program); fonts added from
// files are read and parsed for each document, as before.

// fontBytesKey names a UTF-8 font's bytes by where they are and how long
// they are, which is enough for bytes that never change, such as the
// embedded fonts of a program: the caches keep them alive, so another font
// is never found at the same place.
type fontBytesKey struct {
	data *byte
	n    int
}

func keyOf(b []byte) fontBytesKey { return fontBytesKey{unsafe.SliceData(b), len(b)} }

// parsedFonts holds, for the process, the definition of each UTF-8 font
// added from bytes under each font key: metrics, widths and id. The widths
// (Cw) are shared by every document and only ever read.
var parsedFonts sync.Map // parsedFontKey → *parsedFont

type parsedFontKey struct {
	fontBytesKey
	fontkey string // family and style, which are in the id
}

type parsedFont struct {
	once     sync.Once
	def      fontDefType // without utf8File and usedRunes, which are per document
	err      error
	panicked any       // what parsing panicked with, raised again for each caller
	cut      cutTables // what GenerateCutFont reads of the font, once

	mu      sync.Mutex
	widths  map[string]string  // cidWidthsKey → the /W array generateCIDFontMap writes
	subsets map[string]*subset // usedRunesKey → the subset putfonts embeds
}

// A subset is what putfonts embeds of a UTF-8 font for the runes a
// document uses: the subset font and its CIDToGIDMap, compressed, and what
// the rest of the font's objects need of it.
type subset struct {
	lastRune    int    // the greatest rune in use
	fontSize    int    // the subset's length before compression
	font        []byte // the subset, compressed
	cidToGIDMap []byte // the CIDToGIDMap, compressed
}

// maxSubsets bounds how many subsets a font keeps, a few MiB: when full,
// it forgets them all and starts again.
const maxSubsets = 128

// subsetOf returns the subset of font for usedRunes: kept from an earlier
// document that used the same runes, or cut and compressed now as
// putfonts did before the patch.
func (p *parsedFont) subsetOf(font *fontDefType, usedRunes map[int]int) *subset {
	key := usedRunesKey(usedRunes)
	if p != nil {
		p.mu.Lock()
		sub, ok := p.subsets[key]
		p.mu.Unlock()
		if ok {
			return sub
		}
	}
	stream := font.utf8File.GenerateCutFont(usedRunes)
	codeSignDictionary := font.utf8File.CodeSymbolDictionary
	delete(codeSignDictionary, 0)
	cidToGidMap := newCIDToGIDMap()
	for cc, glyph := range codeSignDictionary {
		cidToGidMap[cc*2] = byte(glyph >> 8)
		cidToGidMap[cc*2+1] = byte(glyph & 0xFF)
	}
	sub := &subset{
		lastRune:    font.utf8File.LastRune,
		fontSize:    len(stream),
		cidToGIDMap: compressed(cidToGidMap),
		font:        compressed(stream),
	}
	releaseCIDToGIDMap(cidToGidMap)
	if p != nil {
		p.mu.Lock()
		if p.subsets == nil || len(p.subsets) >= maxSubsets {
			p.subsets = make(map[string]*subset)
		}
		p.subsets[key] = sub
		p.mu.Unlock()
	}
	return sub
}

// compressed returns data compressed as putstream's callers compress it,
// in a slice of its own.
func compressed(data []byte) []byte {
	mem := xmem.compress(data)
	defer mem.release()
	return bytes.Clone(mem.bytes())
}

// usedRunesKey names a document's used runes: each, in order, with what
// it maps to when that is not itself (fpdf maps each rune to itself).
func usedRunesKey(usedRunes map[int]int) string {
	runes := make([]int, 0, len(usedRunes))
	for r := range usedRunes {
		runes = append(runes, r)
	}
	sort.Ints(runes)
	key := make([]byte, 0, 4*len(runes))
	for _, r := range runes {
		key = strconv.AppendInt(key, int64(r), 36)
		if v := usedRunes[r]; v != r {
			key = append(key, '=')
			key = strconv.AppendInt(key, int64(v), 36)
		}
		key = append(key, ' ')
	}
	return string(key)
}

// maxCIDWidths bounds how many widths arrays a font keeps: a long-running
// program writing documents in many scripts keeps no more than this.
const maxCIDWidths = 4096

// cidWidthsKey names what generateCIDFontMap's widths array depends on,
// besides the font: LastRune, and the runes above 255 the document uses
// (every rune up to 255 with a width is in the array whether used or not).
func cidWidthsKey(font *fontDefType, lastRune int) string {
	var runes []int
	for r, n := range font.usedRunes {
		if r > 255 && r <= lastRune && n != 0 {
			runes = append(runes, r)
		}
	}
	sort.Ints(runes)
	key := strconv.AppendInt(nil, int64(lastRune), 10)
	for _, r := range runes {
		key = append(key, ' ')
		key = strconv.AppendInt(key, int64(r), 10)
	}
	return string(key)
}

// cidWidths returns the widths array kept for key, if any. A font with no
// cache (p nil: one not added from bytes) keeps none.
func (p *parsedFont) cidWidths(key string) (string, bool) {
	if p == nil {
		return "", false
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	w, ok := p.widths[key]
	return w, ok
}

// keepCIDWidths keeps the widths array w for key.
func (p *parsedFont) keepCIDWidths(key, w string) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.widths == nil {
		p.widths = make(map[string]string)
	}
	if len(p.widths) < maxCIDWidths {
		p.widths[key] = w
	}
}

// parsedUTF8Font returns the definition of the UTF-8 font of utf8Bytes
// under fontkey, parsing the bytes the first time only. The caller gives
// the definition its own utf8File and usedRunes.
func parsedUTF8Font(fontkey string, utf8Bytes []byte) (fontDefType, error) {
	v, _ := parsedFonts.LoadOrStore(parsedFontKey{keyOf(utf8Bytes), fontkey}, new(parsedFont))
	p := v.(*parsedFont)
	p.once.Do(func() {
		defer func() { p.panicked = recover() }()
		utf8File := newUTF8Font(&fileReader{readerPosition: 0, array: utf8Bytes})
		if p.err = utf8File.parseFile(); p.err != nil {
			return
		}
		p.def = fontDefType{
			Tp:   "UTF8",
			Name: fontkey,
			Desc: FontDescType{
				Ascent:       int(utf8File.Ascent),
				Descent:      int(utf8File.Descent),
				CapHeight:    utf8File.CapHeight,
				Flags:        utf8File.Flags,
				FontBBox:     utf8File.Bbox,
				ItalicAngle:  utf8File.ItalicAngle,
				StemV:        utf8File.StemV,
				MissingWidth: round(utf8File.DefaultWidth),
			},
			Up: int(round(utf8File.UnderlinePosition)),
			Ut: round(utf8File.UnderlineThickness),
			Cw: utf8File.CharWidths,
		}
		p.def.i = utf8FontID(p.def)
		p.def.parsed = p
	})
	if p.panicked != nil {
		panic(p.panicked)
	}
	return p.def, p.err
}

// utf8FontID returns what generateFontID(def) returns, without
// marshalling the 65,536 widths to JSON through reflection: the rest of
// the definition is marshalled as generateFontID does, and the widths are
// written where it has them, as encoding/json writes a []int.
func utf8FontID(def fontDefType) string {
	cw := def.Cw
	def.Cw = nil
	def.File = ""
	b, err := json.Marshal(&def)
	at := -1
	if err == nil && cw != nil {
		at = bytes.Index(b, []byte(`"Cw":null`))
	}
	if at < 0 {
		def.Cw = cw
		id, _ := generateFontID(def)
		return id
	}
	h := sha1.New()
	h.Write(b[:at+len(`"Cw":`)])
	buf := make([]byte, 0, 8*1024)
	buf = append(buf, '[')
	for i, w := range cw {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = strconv.AppendInt(buf, int64(w), 10)
		if len(buf) > 7*1024 {
			h.Write(buf)
			buf = buf[:0]
		}
	}
	buf = append(buf, ']')
	h.Write(buf)
	h.Write(b[at+len(`"Cw":null`):])
	return fmt.Sprintf("%x", h.Sum(nil))
}

// cutTables are what GenerateCutFont reads from a font whatever runes a
// document uses: the table directory, the character-to-glyph map and the
// glyphs' places. A font added from bytes keeps them in its parsedFont,
// worked out once and only read after; any other font (utf8File.cut nil)
// works them out for each cut, as before the patch.
type cutTables struct {
	once                 sync.Once
	panicked             any  // what working them out panicked with
	ok                   bool // false when the font has no Unicode cmap
	tableDescriptions    map[string]*tableDescription
	charSymbolDictionary map[int]int
	symbolPosition       []int
	locaFormat           int
	metricsCount         int
	numSymbols           int
}

// cutTables returns the font's cutTables, working them out as
// GenerateCutFont did before the patch, the first time for the font.
func (utf *utf8FontFile) cutTables() *cutTables {
	c := utf.cut
	if c == nil {
		c = new(cutTables)
	}
	c.once.Do(func() {
		defer func() { c.panicked = recover() }()
		utf.fileReader.readerPosition = 0
		utf.skip(4)
		utf.generateTableDescriptions()

		utf.SeekTable("head")
		utf.skip(50)
		c.locaFormat = utf.readUint16()

		utf.SeekTable("hhea")
		utf.skip(34)
		c.metricsCount = utf.readUint16()

		utf.SeekTable("maxp")
		utf.skip(4)
		c.numSymbols = utf.readUint16()

		if utf.generateCMAP() == nil {
			return
		}
		// GenerateCutFont also read the widths (parseHMTXTable) here;
		// nothing it writes used them.
		utf.parseLOCATable(c.locaFormat, c.numSymbols)
		c.tableDescriptions = utf.tableDescriptions
		c.charSymbolDictionary = utf.charSymbolDictionary
		c.symbolPosition = utf.symbolPosition
		c.ok = true
	})
	if c.panicked != nil {
		panic(c.panicked)
	}
	return c
}

// cidToGIDMaps holds the 128 KiB CIDToGIDMap buffers putfonts fills for
// each UTF-8 font of each document, zeroed, for the next.
var cidToGIDMaps = sync.Pool{New: func() any { return new([256 * 256 * 2]byte) }}

// newCIDToGIDMap returns a zeroed CIDToGIDMap buffer.
func newCIDToGIDMap() []byte { return cidToGIDMaps.Get().(*[256 * 256 * 2]byte)[:] }

// releaseCIDToGIDMap zeroes b, which newCIDToGIDMap gave, and returns it
// to the pool.
func releaseCIDToGIDMap(b []byte) {
	clear(b)
	cidToGIDMaps.Put((*[256 * 256 * 2]byte)(b))
}
