package locales

import (
	"sync"

	"golang.org/x/text/language"
)

// Base returns the base language of a BCP 47 tag, such as "cy" for
// "cy-GB" or "CY", or "" when tag is not a language tag (or is "und").
// The checks ask it of every text of a case, so the answers for the first
// maxBases tags are remembered for the rest of the process.
func Base(tag string) string {
	bases.RLock()
	b, ok := bases.of[tag]
	bases.RUnlock()
	if ok {
		return b
	}
	b = parseBase(tag)
	bases.Lock()
	if len(bases.of) < maxBases {
		bases.of[tag] = b
	}
	bases.Unlock()
	return b
}

// maxBases bounds the tags Base remembers, whatever the files hold.
const maxBases = 256

var bases = struct {
	sync.RWMutex
	of map[string]string
}{of: map[string]string{}}

func parseBase(tag string) string {
	t, err := language.Parse(tag)
	if err != nil || t == language.Und {
		return ""
	}
	b, _ := t.Base()
	return b.String()
}

// SameLanguage reports whether two tags name the same language, ignoring
// region and script: cy-GB is cy. Two strings that are not language tags
// are the same only when they are equal.
func SameLanguage(a, b string) bool {
	ba, bb := Base(a), Base(b)
	if ba == "" || bb == "" {
		return a == b
	}
	return ba == bb
}
