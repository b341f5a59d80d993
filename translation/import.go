package translation

import (
	"fmt"
	"strings"

	"coregroup/casefile"
	"coregroup/internal/po"
	"coregroup/locales"
	"coregroup/report"
)

// Target is a case file translations are imported into.
type Target struct {
	// Path and Data are the file and its bytes.
	Path string
	Data []byte
	// Case is the case the file holds.
	Case  *casefile.Case
	texts map[string]casefile.KeyedText // by key path
	// Translations maps key paths to the translations Match found for
	// them.
	Translations map[string]string
}

// NewTarget reads the case file in data for an import. When it does not
// load without errors it returns nil and the problems.
func NewTarget(path string, data []byte) (*Target, report.List) {
	c, texts, probs := casefile.KeyedTexts(path, data)
	if probs.Err() != nil {
		return nil, probs
	}
	t := &Target{Path: path, Data: data, Case: c, texts: map[string]casefile.KeyedText{}, Translations: map[string]string{}}
	for _, kt := range texts {
		t.texts[kt.Path] = kt
	}
	return t, probs
}

// LeftOut is an entry of a PO file that an import leaves out.
type LeftOut struct {
	// Line is the line of the PO file the entry starts on.
	Line int
	// Reason says why, and what to do.
	Reason string
}

// Match gives each target, by its case reference, the translations in
// lang of the PO file's entries meant for it, and returns each entry that
// matches no text, whose source text has changed since the export, or
// that would replace a text already in lang. Fuzzy and untranslated
// entries are passed over.
func Match(f *po.File, targets map[string]*Target, lang, source string) []LeftOut {
	var left []LeftOut
	leave := func(en po.Entry, format string, a ...any) {
		left = append(left, LeftOut{Line: en.Line, Reason: fmt.Sprintf(format, a...)})
	}
	for _, en := range f.Entries {
		if en.Fuzzy() || (!en.HasPlural && strings.TrimSpace(en.Str) == "") {
			continue
		}
		ref, path, ok := SplitContext(en.Context)
		if !en.HasContext || !ok {
			leave(en, "msgctxt %q is not a case text's key (case reference|key path)", en.Context)
			continue
		}
		t := targets[ref]
		if t == nil {
			leave(en, "msgctxt %q matches nothing: no case file given has ref %s", en.Context, ref)
			continue
		}
		kt, ok := t.texts[path]
		if !ok {
			leave(en, "msgctxt %q matches nothing: %s has no text %s", en.Context, t.Path, path)
			continue
		}
		if en.HasPlural {
			leave(en, "%s is a plural entry; case texts have no plural forms", en.Context)
			continue
		}
		plainLang := t.Case.PlainLanguage()
		if kt.Text.ByLang == nil && locales.SameLanguage(plainLang, lang) {
			leave(en, "%s of %s is written in %s already (text_language), not in %s: it is not replaced", path, t.Path, plainLang, source)
			continue
		}
		if src, ok := kt.Text.In(source, plainLang); !ok || src != en.ID {
			leave(en, "the %s text of %s has changed since the export (%s): export again and translate the new text", source, path, kt.Text.Pos)
			continue
		}
		t.Translations[path] = en.Str
	}
	return left
}
