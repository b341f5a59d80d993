package casefile

import (
	"fmt"
	"regexp"
	"sort"
	"time"

	"coregroup/locales"
	"coregroup/report"
)

// Date is a calendar date written YYYY-MM-DD. The zero Date means the file
// gave none.
type Date struct {
	time.Time
	Pos report.Position
}

// IsSet reports whether the file gave the date.
func (d Date) IsSet() bool { return !d.Time.IsZero() }

// String returns the date as YYYY-MM-DD, or "" when unset.
func (d Date) String() string {
	if !d.IsSet() {
		return ""
	}
	return d.Format(time.DateOnly)
}

// Clock is a time of day written HH:MM on the 24-hour clock. The zero Clock
// means the file gave none.
type Clock struct {
	Hour, Minute int
	Set          bool
	Pos          report.Position
}

// Minutes is the time of day in minutes after midnight.
func (c Clock) Minutes() int { return c.Hour*60 + c.Minute }

// String writes the time as HH:MM.
func (c Clock) String() string { return fmt.Sprintf("%02d:%02d", c.Hour, c.Minute) }

// Ref names something else in the case by its id: a person, a worry, an
// outcome, an action or a resolution request.
type Ref struct {
	ID  string
	Pos report.Position
}

// IsSet reports whether the file gave the reference.
func (r Ref) IsSet() bool { return r.ID != "" }

// Text is localised free text: either one plain string, written in the
// case's text_language, or a map from language tag to text such as
// {en: "…", cy: "…"}. The zero Text means the file gave none.
type Text struct {
	// Plain is the text when the file gave a plain string.
	Plain string
	// ByLang holds the text per language tag when the file gave a map.
	ByLang map[string]string
	// Pos is where the text starts; LangPos where each language's text is.
	Pos     report.Position
	LangPos map[string]report.Position
}

// IsSet reports whether the file gave any text.
func (t Text) IsSet() bool {
	if t.Plain != "" {
		return true
	}
	for _, s := range t.ByLang {
		if s != "" {
			return true
		}
	}
	return false
}

// In returns the text in lang, where source is the language plain strings
// are written in. The boolean is false when the text has no version in lang.
func (t Text) In(lang, source string) (string, bool) {
	if t.ByLang == nil {
		return t.Plain, t.Plain != "" && locales.SameLanguage(lang, source)
	}
	for tag, s := range t.ByLang {
		if locales.SameLanguage(tag, lang) && s != "" {
			return s, true
		}
	}
	return "", false
}

// Langs returns the language tags the text is given in, sorted; for a plain
// string that is the source language.
func (t Text) Langs(source string) []string {
	if t.ByLang == nil {
		if t.Plain == "" {
			return nil
		}
		return []string{source}
	}
	tags := make([]string, 0, len(t.ByLang))
	for tag := range t.ByLang {
		tags = append(tags, tag)
	}
	sort.Strings(tags)
	return tags
}

var (
	datePattern  = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)
	clockPattern = regexp.MustCompile(`^([01][0-9]|2[0-3]):[0-5][0-9]$`)
	idPattern    = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`)
)
