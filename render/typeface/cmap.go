package typeface

import (
	"encoding/binary"
	"errors"
)

// MappedRunes returns the BMP characters that a TrueType font's Unicode
// character map (its format 4 subtable) has segments for, in order (a
// cmap whose segments are out of order or overlap is an error): a
// superset of the characters the font has glyphs for, usually a few
// thousand. Asking sfnt for the glyph of each of them, rather than of every
// one of the 65,536 BMP code points, is what makes reading the fonts'
// widths and coverage cheap when a process starts.
func MappedRunes(ttf []byte) ([]rune, error) {
	cmap, err := table(ttf, "cmap")
	if err != nil {
		return nil, err
	}
	sub, err := unicodeFormat4(cmap)
	if err != nil {
		return nil, err
	}
	if len(sub) < 14 {
		return nil, errBadCmap
	}
	segs := int(u16(sub, 6)) / 2
	ends, starts := 14, 14+2*segs+2
	if len(sub) < starts+2*segs {
		return nil, errBadCmap
	}
	var runes []rune
	prev := rune(-1)
	for i := range segs {
		lo, hi := rune(u16(sub, starts+2*i)), rune(u16(sub, ends+2*i))
		if lo > hi || lo <= prev { // segments are in order and apart
			return nil, errBadCmap
		}
		prev = hi
		for r := lo; r <= hi && r < 0xffff; r++ {
			runes = append(runes, r)
		}
	}
	return runes, nil
}

var errBadCmap = errors.New("typeface: no readable Unicode cmap (format 4)")

// table returns the bytes of the font's table of a tag.
func table(ttf []byte, tag string) ([]byte, error) {
	if len(ttf) < 12 {
		return nil, errBadCmap
	}
	n := int(u16(ttf, 4))
	for i := range n {
		rec := 12 + 16*i
		if len(ttf) < rec+16 {
			break
		}
		if string(ttf[rec:rec+4]) != tag {
			continue
		}
		off, size := int64(u32(ttf, rec+8)), int64(u32(ttf, rec+12))
		if off+size > int64(len(ttf)) {
			break
		}
		return ttf[off : off+size], nil
	}
	return nil, errBadCmap
}

// unicodeFormat4 returns the cmap's format 4 subtable for Unicode: Windows
// Unicode BMP (3, 1) or any Unicode platform (0, *) encoding.
func unicodeFormat4(cmap []byte) ([]byte, error) {
	if len(cmap) < 4 {
		return nil, errBadCmap
	}
	n := int(u16(cmap, 2))
	for i := range n {
		rec := 4 + 8*i
		if len(cmap) < rec+8 {
			break
		}
		platform, encoding := u16(cmap, rec), u16(cmap, rec+2)
		off := int(u32(cmap, rec+4))
		if !(platform == 3 && encoding == 1 || platform == 0) || off < 0 || off+14 > len(cmap) {
			continue
		}
		if u16(cmap, off) != 4 {
			continue
		}
		size := int(u16(cmap, off+2))
		if off+size > len(cmap) {
			size = len(cmap) - off
		}
		return cmap[off : off+size], nil
	}
	return nil, errBadCmap
}

func u16(b []byte, at int) uint16 { return binary.BigEndian.Uint16(b[at:]) }
func u32(b []byte, at int) uint32 { return binary.BigEndian.Uint32(b[at:]) }
