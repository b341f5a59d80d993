package locales

import (
	"sync"
	"sync/atomic"

	"golang.org/x/text/language"
)

// Base returns the base language of a BCP 47 tag, such as "cy" for
// "cy-GB" or "CY", or "" when tag is not a language tag (or is "und").
// The checks ask it of every text of a case, so the answers for the first
// maxBases tags are remembered for the rest of the process.
func Base(tag string) string {
	if b, ok := bases.Load(tag); ok {
		return b.(string)
	}
	b := parseBase(tag)
	if basesKept.Load() < maxBases && basesKept.Add(1) <= maxBases {
		bases.Store(tag, b)
	}
	return b
}

// maxBases bounds the tags Base remembers, whatever the files hold.
const maxBases = 256

var (
	bases     sync.Map // tag → its base language
	basesKept atomic.Int32
)

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
	if a == b {
		return true
	}
	ba, bb := Base(a), Base(b)
	if ba == "" || bb == "" {
		return a == b
	}
	return ba == bb
}
