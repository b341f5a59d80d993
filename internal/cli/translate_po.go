package cli

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/language"

	"coregroup/casefile"
	"coregroup/render"
)

// The translate subcommands that hand case texts to translators as a
// gettext PO file and take the translations back (see casefile/po.go for
// why PO).
var (
	exportCommand = &command{
		name:    "translate export",
		usage:   "coregroup translate export --lang TAG [--source TAG] [-o FILE] FILE|DIR...",
		summary: "Write the texts of case files as one PO file for a translator: each text in the source language, with its translation in --lang when it has one.",
		run:     runTranslateExport,
	}
	importCommand = &command{
		name:    "translate import",
		usage:   "coregroup translate import [--lang TAG] PO-FILE CASE-FILE|DIR...",
		summary: "Merge the translated, non-fuzzy entries of a PO file into the case files, changing nothing else in them. Exits 1 when an entry matches no text or its source text has changed since the export.",
		run:     runTranslateImport,
	}
)

// pluralForms are the PO Plural-Forms of the languages coregroup knows.
var pluralForms = map[string]string{
	"cy": "nplurals=6; plural=(n==0) ? 0 : (n==1) ? 1 : (n==2) ? 2 : (n==3) ? 3 : (n==6) ? 4 : 5;",
	"en": "nplurals=2; plural=(n != 1);",
}

// langBase returns a language tag's base language ("cy" for cy-GB), or ""
// when the tag is not one.
func langBase(tag string) string {
	t, err := language.Parse(tag)
	if err != nil || t == language.Und {
		return ""
	}
	b, _ := t.Base()
	return b.String()
}

// poHeader returns the header of an exported PO file. It has no dates, so
// the same case files give the same bytes.
func poHeader(lang, source string) casefile.POEntry {
	fields := []string{
		"Project-Id-Version: coregroup case texts",
		"Language: " + lang,
		"MIME-Version: 1.0",
		"Content-Type: text/plain; charset=UTF-8",
		"Content-Transfer-Encoding: 8bit",
	}
	if p := pluralForms[langBase(lang)]; p != "" {
		fields = append(fields, "Plural-Forms: "+p)
	}
	fields = append(fields, "X-Source-Language: "+source)
	return casefile.POEntry{
		Comments: []string{
			"Texts of coregroup case files, to translate from " + source + " into " + lang + ".",
			"Translate each msgstr. Keep msgctxt as it is: it says where the translation",
			"goes back (case reference|key path). Then run",
			"  coregroup translate import THIS-FILE CASE-FILE...",
		},
		Str: strings.Join(fields, "\n") + "\n",
	}
}

// runTranslateExport writes one PO file for all the case files given.
func runTranslateExport(e *env, c *command, args []string) ExitCode {
	fs := e.flags(c)
	lang := fs.String("lang", "", "the language to translate into, as a BCP 47 tag such as cy (required)")
	source := fs.String("source", "en", "the language to translate from")
	out := fs.String("o", "", "write the PO file here (whole or not at all) instead of to standard output")
	args, code := e.parse(fs, args)
	if code >= 0 {
		return code
	}
	if len(args) == 0 {
		return e.fail("translate export: no case file given\nusage: %s", c.usage)
	}
	switch {
	case *lang == "":
		return e.fail("translate export: say which language to translate into, such as --lang cy")
	case langBase(*lang) == "":
		return e.fail("translate export: --lang %q is not a language tag such as cy", *lang)
	case langBase(*source) == "":
		return e.fail("translate export: --source %q is not a language tag such as en", *source)
	case langBase(*lang) == langBase(*source):
		return e.fail("translate export: --lang %s is the source language: translate into another one", *lang)
	}
	files, err := caseFiles(args)
	if err != nil {
		return e.fail("%v", err)
	}
	po := &casefile.PO{Header: poHeader(*lang, *source)}
	refs := map[string]string{}
	translated := 0
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			return e.fail("%v", err)
		}
		c, texts, probs := casefile.KeyedTexts(path, data)
		if err := probs.Err(); err != nil {
			fmt.Fprintln(e.stderr, err)
			return e.fail("%s does not load: run coregroup validate %s", path, path)
		}
		if other, dup := refs[c.Ref]; dup {
			return e.fail("%s and %s have the same ref %s: the PO file could not tell them apart; export them one at a time", other, path, c.Ref)
		}
		refs[c.Ref] = path
		entries, skipped := casefile.ExportEntries(c, texts, *lang, *source)
		for _, s := range skipped {
			fmt.Fprintf(e.stderr, "%s: note: %s has no %s text to translate from, so it is left out\n", s.Text.Pos, s.Path, *source)
		}
		for _, en := range entries {
			if en.Str != "" {
				translated++
			}
		}
		po.Entries = append(po.Entries, entries...)
	}
	data := po.Bytes()
	if *out == "" {
		if _, err := e.stdout.Write(data); err != nil {
			return e.fail("%v", err)
		}
	} else if err := render.WriteFile(*out, data); err != nil {
		return e.fail("%v", err)
	}
	fmt.Fprintf(e.stderr, "translate export: %d texts from %d case files, %d already in %s\n", len(po.Entries), len(files), translated, *lang)
	return ExitOK
}

// importCase is a case file translations are merged into.
type importCase struct {
	path  string
	data  []byte
	c     *casefile.Case
	texts map[string]casefile.KeyedText
	tr    map[string]string // key path → translation
}

// runTranslateImport merges a PO file's translations into case files.
func runTranslateImport(e *env, c *command, args []string) ExitCode {
	fs := e.flags(c)
	lang := fs.String("lang", "", "the language of the translations (default the PO file's Language header)")
	args, code := e.parse(fs, args)
	if code >= 0 {
		return code
	}
	if len(args) < 2 {
		return e.fail("translate import: name a PO file and the case files to merge it into\nusage: %s", c.usage)
	}
	poPath := args[0]
	poData, err := os.ReadFile(poPath)
	if err != nil {
		return e.fail("%v", err)
	}
	po, err := casefile.ParsePO(poPath, poData)
	if err != nil {
		return e.fail("%v", err)
	}
	header := po.HeaderField("Language")
	switch {
	case *lang == "" && header == "":
		return e.fail("translate import: %s has no Language header: say which language it is in, such as --lang cy", poPath)
	case *lang == "":
		*lang = header
	case header != "" && langBase(header) != langBase(*lang):
		return e.fail("translate import: %s is in %s, not %s", poPath, header, *lang)
	}
	if langBase(*lang) == "" {
		return e.fail("translate import: %q is not a language tag such as cy", *lang)
	}
	source := po.HeaderField("X-Source-Language")
	if source == "" {
		source = "en"
	}
	if langBase(*lang) == langBase(source) {
		return e.fail("translate import: %s is in %s, the language it was translated from: importing it would replace the %s texts; no case file was changed", poPath, *lang, source)
	}
	cases, order, code := loadImportCases(e, args[1:])
	if code >= 0 {
		return code
	}
	left := matchEntries(e, poPath, po, cases, *lang, source)

	// Splice every file before writing any, so a failure writes nothing.
	var changed []*importCase
	counts := map[*importCase]int{}
	for _, ic := range order {
		if len(ic.tr) == 0 {
			continue
		}
		out, n, err := casefile.Splice(ic.path, ic.data, *lang, source, ic.tr)
		if err != nil {
			return e.fail("%v\nno case file was changed", err)
		}
		if n > 0 && !bytes.Equal(out, ic.data) {
			ic.data, counts[ic] = out, n
			changed = append(changed, ic)
		}
	}
	total := 0
	for _, ic := range changed {
		if err := render.WriteFile(ic.path, ic.data); err != nil {
			return e.fail("%v", err)
		}
		fmt.Fprintf(e.stdout, "%s: %d texts translated\n", ic.path, counts[ic])
		total += counts[ic]
	}
	fmt.Fprintf(e.stdout, "translate import: %d texts translated in %d case files", total, len(changed))
	if left > 0 {
		fmt.Fprintf(e.stdout, "; %d entries left out (see above)\n", left)
		return ExitFindings
	}
	fmt.Fprintln(e.stdout)
	return ExitOK
}

// loadImportCases loads the case files by their references.
func loadImportCases(e *env, args []string) (map[string]*importCase, []*importCase, ExitCode) {
	files, err := caseFiles(args)
	if err != nil {
		return nil, nil, e.fail("%v", err)
	}
	cases := map[string]*importCase{}
	var order []*importCase
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, nil, e.fail("%v", err)
		}
		c, texts, probs := casefile.KeyedTexts(path, data)
		if err := probs.Err(); err != nil {
			fmt.Fprintln(e.stderr, err)
			return nil, nil, e.fail("%s does not load: run coregroup validate %s", path, path)
		}
		if other, dup := cases[c.Ref]; dup {
			return nil, nil, e.fail("%s and %s have the same ref %s: import into them one at a time", other.path, path, c.Ref)
		}
		ic := &importCase{path: path, data: data, c: c, texts: map[string]casefile.KeyedText{}, tr: map[string]string{}}
		for _, kt := range texts {
			ic.texts[kt.Path] = kt
		}
		cases[c.Ref] = ic
		order = append(order, ic)
	}
	return cases, order, -1
}

// matchEntries gives each case the translations meant for it, and reports
// on stderr each entry that matches no text or whose source text has
// changed since the export. It returns how many it reported.
func matchEntries(e *env, poPath string, po *casefile.PO, cases map[string]*importCase, lang, source string) int {
	left := 0
	leave := func(en casefile.POEntry, format string, a ...any) {
		fmt.Fprintf(e.stderr, "%s:%d: %s: left out\n", poPath, en.Line, fmt.Sprintf(format, a...))
		left++
	}
	for _, en := range po.Entries {
		if en.Fuzzy() || (!en.HasPlural && strings.TrimSpace(en.Str) == "") {
			continue
		}
		ref, path, ok := casefile.SplitPOContext(en.Context)
		if !en.HasContext || !ok {
			leave(en, "msgctxt %q is not a case text's key (case reference|key path)", en.Context)
			continue
		}
		ic := cases[ref]
		if ic == nil {
			leave(en, "msgctxt %q matches nothing: no case file given has ref %s", en.Context, ref)
			continue
		}
		kt, ok := ic.texts[path]
		if !ok {
			leave(en, "msgctxt %q matches nothing: %s has no text %s", en.Context, ic.path, path)
			continue
		}
		if en.HasPlural {
			leave(en, "%s is a plural entry; case texts have no plural forms", en.Context)
			continue
		}
		plainLang := ic.c.TextLanguage
		if plainLang == "" {
			plainLang = "en"
		}
		if kt.Text.ByLang == nil && langBase(plainLang) == langBase(lang) {
			leave(en, "%s of %s is written in %s already (text_language), not in %s: it is not replaced", path, ic.path, plainLang, source)
			continue
		}
		if src, ok := kt.Text.In(source, plainLang); !ok || src != en.ID {
			leave(en, "the %s text of %s has changed since the export (%s): export again and translate the new text", source, path, kt.Text.Pos)
			continue
		}
		ic.tr[path] = en.Str
	}
	return left
}
