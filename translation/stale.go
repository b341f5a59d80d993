package translation

import (
	"coregroup/casefile"
	"coregroup/internal/po"
	"coregroup/locales"
	"coregroup/report"
)

// A translation is stale when the source text it was made from has
// changed since. A case file keeps only the texts, so what a translation
// was made from is read from the file it came back in: the previous
// export, translated (PO or XLIFF), whose entry of the same key has the
// source text as it was then (msgid) and the translation (msgstr). This
// is how msgmerge finds them when it merges an old PO file with new
// texts.

// previousByKey indexes a previous file's entries by msgctxt.
func previousByKey(previous *po.File) map[string]po.Entry {
	m := map[string]po.Entry{}
	if previous == nil {
		return m
	}
	for _, e := range previous.Entries {
		if e.HasContext {
			m[e.Context] = e
		}
	}
	return m
}

// isStale reports whether an entry's translation is the one a previous
// entry of its key gave for another source text.
func isStale(e po.Entry, old po.Entry, ok bool) bool {
	return ok && e.Str != "" && old.ID != e.ID && old.Str == e.Str
}

// MarkStale flags each entry whose translation was made from a source
// text that has changed since the previous file: fuzzy, with the source
// text as it was as "#| msgid" (after its "#| msgctxt"), as msgmerge does, so that a translator
// sees what changed and import leaves the entry out until it is checked.
// It returns how many it flagged.
func MarkStale(entries []po.Entry, previous *po.File) int {
	byKey := previousByKey(previous)
	n := 0
	for i, e := range entries {
		old, ok := byKey[e.Context]
		if !isStale(e, old, ok) {
			continue
		}
		entries[i].Flags = append(entries[i].Flags, "fuzzy")
		entries[i].Previous = append(po.PreviousLines("msgctxt", old.Context), po.PreviousLines("msgid", old.ID)...)
		n++
	}
	return n
}

// Stale is a case text whose translation is stale.
type Stale struct {
	// Pos is where the translation is in the case file.
	Pos report.Position
	// Path is the text's key path; Was the source text the translation
	// was made from, and Now the source text as it is.
	Path, Was, Now string
}

// StaleTexts returns the texts of a case whose translation in lang was
// made, by the previous file, from a source text that has changed since.
func StaleTexts(c *casefile.Case, texts []casefile.KeyedText, lang, source string, previous *po.File) []Stale {
	byKey := previousByKey(previous)
	plainLang := c.PlainLanguage()
	var out []Stale
	for _, kt := range texts {
		src, ok := kt.Text.In(source, plainLang)
		if !ok {
			continue
		}
		str, _ := kt.Text.In(lang, plainLang)
		old, found := byKey[Context(c.Ref, kt.Path)]
		if !isStale(po.Entry{ID: src, Str: str}, old, found) {
			continue
		}
		pos := kt.Text.Pos
		for tag, p := range kt.Text.LangPos {
			if locales.SameLanguage(tag, lang) {
				pos = p
			}
		}
		out = append(out, Stale{Pos: pos, Path: kt.Path, Was: old.ID, Now: src})
	}
	return out
}
