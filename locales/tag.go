package locales

import "golang.org/x/text/language"

// Base returns the base language of a BCP 47 tag, such as "cy" for
// "cy-GB" or "CY", or "" when tag is not a language tag (or is "und").
func Base(tag string) string {
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
