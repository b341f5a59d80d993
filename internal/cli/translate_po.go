package cli

import (
	"bytes"
	"fmt"
	"strings"

	"coregroup/casefile"
	"coregroup/internal/atomicfile"
	"coregroup/internal/po"
	"coregroup/internal/xliff"
	"coregroup/locales"
	"coregroup/report"
	"coregroup/translation"
)

// The translate subcommands that hand case texts to translators as a
// gettext PO file and take the translations back (see internal/po for why
// PO, and package translation).
var (
	exportCommand = &command{
		name:    "translate export",
		usage:   "coregroup translate export --lang TAG [--source TAG] [--format po|xliff] [--translator NAME] [-o FILE] FILE|DIR...",
		summary: "Write the texts of case files as one PO (or XLIFF 2.0) file for a translator: each text in the source language, with its translation in --lang when it has one.",
		run:     runTranslateExport,
	}
	importCommand = &command{
		name:    "translate import",
		usage:   "coregroup translate import [--lang TAG] PO-OR-XLIFF-FILE CASE-FILE|DIR...",
		summary: "Merge the translated, non-fuzzy entries of a PO or XLIFF 2.0 file into the case files, changing nothing else in them. Exits 1 when an entry matches no text or its source text has changed since the export.",
		run:     runTranslateImport,
	}
)

// maxPOSize is the largest PO file import reads, in bytes: the texts of
// many case files, each at most casefile.MaxSize.
const maxPOSize = 16 << 20

// runTranslateExport writes one PO file for all the case files given.
func runTranslateExport(e *env, c *command, args []string) ExitCode {
	fs := e.flags(c)
	lang := fs.String("lang", "", "the language to translate into, as a BCP 47 tag such as cy (required)")
	source := fs.String("source", "en", "the language to translate from")
	out := fs.String("o", "", "write the PO file here (whole or not at all) instead of to standard output")
	format := fs.String("format", "", "po, or xliff for XLIFF 2.0 (default po, or xliff when -o ends in .xlf or .xliff)")
	translator := fs.String("translator", "", "the translator, \"NAME <EMAIL>\", for the Last-Translator header")
	messages := fs.Bool("messages", false, "export coregroup's own messages (every word of its documents and findings), with what --lang has of them, for a translator starting or checking a language, instead of a case's texts")
	localesDir := addLocalesFlag(fs)
	previousPath := fs.String("previous", "", "the previous export, translated (PO or XLIFF): a translation made from a text that has changed since is written fuzzy, with the text it was made from (#|), as msgmerge does")
	args, code := e.parse(fs, args)
	if code >= 0 {
		return code
	}
	if err := useLocales(*localesDir); err != nil {
		return e.fail("%v", err)
	}
	if *messages {
		return exportMessages(e, *lang, *out)
	}
	if len(args) == 0 {
		return e.fail("translate export: no case file given\nusage: %s", c.usage)
	}
	switch {
	case *lang == "":
		return e.fail("translate export: say which language to translate into, such as --lang cy")
	case locales.Base(*lang) == "":
		return e.fail("translate export: --lang %q is not a language tag such as cy", *lang)
	case locales.Base(*source) == "":
		return e.fail("translate export: --source %q is not a language tag such as en", *source)
	case locales.SameLanguage(*lang, *source):
		return e.fail("translate export: --lang %s is the source language: translate into another one", *lang)
	}
	if *format == "" {
		*format = "po"
		if strings.HasSuffix(*out, ".xlf") || strings.HasSuffix(*out, ".xliff") {
			*format = "xliff"
		}
	}
	if *format != "po" && *format != "xliff" {
		return e.fail("translate export: --format %q: use po or xliff", *format)
	}
	files, err := caseFiles(args)
	if err != nil {
		return e.fail("%v", err)
	}
	var previous *po.File
	if *previousPath != "" {
		if previous, err = e.readTranslations(*previousPath); err != nil {
			return e.fail("--previous: %v", err)
		}
	}
	file := &po.File{}
	var cases []*casefile.Case
	refs := map[string]string{}
	translated := 0
	for _, path := range files {
		data, err := e.readFile(path, casefile.MaxSize)
		if err != nil {
			return e.fail("%v", err)
		}
		c, texts, probs := casefile.KeyedTexts(displayName(path), data)
		if err := probs.Err(); err != nil {
			fmt.Fprintln(e.stderr, err)
			return e.fail("%s does not load: run coregroup validate %s", path, path)
		}
		if other, dup := refs[c.Ref]; dup {
			return e.fail("%s and %s have the same ref %s: the PO file could not tell them apart; export them one at a time", other, path, c.Ref)
		}
		refs[c.Ref] = path
		cases = append(cases, c)
		entries, skipped := translation.Entries(c, texts, *lang, *source, e.kinds.AppearsIn)
		for _, s := range skipped {
			fmt.Fprintf(e.stderr, "%s: note: %s has no %s text to translate from, so it is left out\n", s.Text.Pos, s.Path, *source)
		}
		if n := translation.MarkStale(entries, previous); n > 0 {
			fmt.Fprintf(e.stderr, "%s: %d translations made from a text that has changed since %s: written fuzzy, for the translator to check\n", displayName(path), n, *previousPath)
		}
		for _, en := range entries {
			if en.Str != "" && !en.Fuzzy() {
				translated++
			}
		}
		file.Entries = append(file.Entries, entries...)
	}
	file.Header = translation.Header(*lang, *source, translation.Revision{Date: translation.RevisionDate(cases...), Translator: *translator})
	data := file.Bytes()
	if *format == "xliff" {
		if data, err = xliff.Encode(file, *source, *lang); err != nil {
			return e.fail("%v", err)
		}
	}
	if *out == "" {
		if _, err := e.stdout.Write(data); err != nil {
			return e.fail("%v", err)
		}
	} else if err := atomicfile.WriteFile(*out, data); err != nil {
		return e.fail("%v", err)
	}
	fmt.Fprintf(e.stderr, "translate export: %d texts from %d case files, %d already in %s\n", len(file.Entries), len(files), translated, *lang)
	return ExitOK
}

// readTranslations reads a PO or an XLIFF 2.0 file, as its content says.
func (e *env) readTranslations(path string) (*po.File, error) {
	data, err := e.readFile(path, maxPOSize)
	if err != nil {
		return nil, err
	}
	if xliff.IsXLIFF(data) {
		return xliff.Decode(displayName(path), data)
	}
	return po.Parse(displayName(path), data)
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
	file, err := e.readTranslations(poPath)
	if err != nil {
		return e.fail("%v", err)
	}
	header := file.HeaderField("Language")
	switch {
	case *lang == "" && header == "":
		return e.fail("translate import: %s has no Language header: say which language it is in, such as --lang cy", poPath)
	case *lang == "":
		*lang = header
	case header != "" && !locales.SameLanguage(header, *lang):
		return e.fail("translate import: %s is in %s, not %s", poPath, header, *lang)
	}
	if locales.Base(*lang) == "" {
		return e.fail("translate import: %q is not a language tag such as cy", *lang)
	}
	source := file.HeaderField("X-Source-Language")
	if source == "" {
		source = "en"
	}
	if locales.SameLanguage(*lang, source) {
		return e.fail("translate import: %s is in %s, the language it was translated from: importing it would replace the %s texts; no case file was changed", poPath, *lang, source)
	}
	targets, order, code := loadTargets(e, args[1:])
	if code >= 0 {
		return code
	}
	left := translation.Match(file, targets, *lang, source)
	for _, l := range left {
		fmt.Fprintf(e.stderr, "%s:%d: %s: left out\n", poPath, l.Line, l.Reason)
	}

	// Splice every file before writing any, so a failure writes nothing.
	var changed []*translation.Target
	counts := map[*translation.Target]int{}
	for _, t := range order {
		if len(t.Translations) == 0 {
			continue
		}
		out, n, err := translation.Splice(t.Path, t.Data, *lang, source, t.Translations)
		if err != nil {
			return e.fail("%v\nno case file was changed", err)
		}
		if n > 0 && !bytes.Equal(out, t.Data) {
			t.Data, counts[t] = out, n
			changed = append(changed, t)
		}
	}
	total := 0
	for _, t := range changed {
		if err := atomicfile.Replace(t.Path, t.Data); err != nil {
			return e.fail("%v", err)
		}
		fmt.Fprintf(e.stdout, "%s: %d texts translated\n", report.Printable(t.Path), counts[t])
		total += counts[t]
	}
	fmt.Fprintf(e.stdout, "translate import: %d texts translated in %d case files", total, len(changed))
	if len(left) > 0 {
		fmt.Fprintf(e.stdout, "; %d entries left out (see above)\n", len(left))
		return ExitFindings
	}
	fmt.Fprintln(e.stdout)
	return ExitOK
}

// loadTargets reads the case files to import into, by their references.
func loadTargets(e *env, args []string) (map[string]*translation.Target, []*translation.Target, ExitCode) {
	files, err := caseFiles(args)
	if err != nil {
		return nil, nil, e.fail("%v", err)
	}
	targets := map[string]*translation.Target{}
	var order []*translation.Target
	for _, path := range files {
		if path == "-" {
			return nil, nil, e.fail("translate import writes the translations into the case files: name them, not - (standard input)")
		}
		data, err := e.readFile(path, casefile.MaxSize)
		if err != nil {
			return nil, nil, e.fail("%v", err)
		}
		t, probs := translation.NewTarget(path, data)
		if err := probs.Err(); err != nil {
			fmt.Fprintln(e.stderr, err)
			return nil, nil, e.fail("%s does not load: run coregroup validate %s", path, path)
		}
		if other, dup := targets[t.Case.Ref]; dup {
			return nil, nil, e.fail("%s and %s have the same ref %s: import into them one at a time", other.Path, path, t.Case.Ref)
		}
		targets[t.Case.Ref] = t
		order = append(order, t)
	}
	return targets, order, -1
}
