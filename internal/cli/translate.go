package cli

import (
	"fmt"
	"io"
	"slices"

	"coregroup/casefile"
	"coregroup/check"
	"coregroup/internal/po"
	"coregroup/locales"
	"coregroup/translation"
)

var translateCommand = &command{
	name: "translate",
	usage: "coregroup translate check [--lang TAG] [--previous PO-OR-XLIFF-FILE] [FILE|DIR...]\n" +
		"       coregroup translate export --lang TAG [--source TAG] [-o FILE] FILE|DIR...\n" +
		"       coregroup translate export --messages --lang TAG [--locales DIR] [-o FILE]\n" +
		"       coregroup translate import [--lang TAG] PO-FILE CASE-FILE|DIR...",
	summary:     "For translators: report what the message files and case files still lack in a language, and where their Welsh breaks the termbase; export case texts as a PO file and import its translations.",
	run:         runTranslate,
	subcommands: []string{"check", "export", "import"},
}

func runTranslate(e *env, c *command, args []string) ExitCode {
	if len(args) > 0 && args[0] == "export" {
		return exportCommand.run(e, exportCommand, args[1:])
	}
	if len(args) > 0 && args[0] == "import" {
		return importCommand.run(e, importCommand, args[1:])
	}
	if len(args) == 0 || args[0] != "check" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			fmt.Fprintf(e.stdout, "usage: %s\n\n%s\n", c.usage, c.summary)
			return ExitOK
		}
		return e.fail("usage: %s", c.usage)
	}
	return runTranslateCheck(e, c, args[1:])
}

// runTranslateCheck reports the gaps of every language's message files,
// the Welsh messages that break the termbase (locales/terms.yaml) and, for
// case files, the Welsh texts that break it and the texts missing in the
// family's language (or --lang). It exits 1 while anything is missing or
// wrong.
func runTranslateCheck(e *env, c *command, args []string) ExitCode {
	fs := e.flags(c)
	lang := fs.String("lang", "", "check case texts in this language (default each case's family language)")
	localesDir := addLocalesFlag(fs)
	previousPath := fs.String("previous", "", "the last translated export (PO or XLIFF): report each translation made from a text that has changed since")
	args, code := e.parse(fs, args)
	if code >= 0 {
		return code
	}
	var previous *po.File
	if *previousPath != "" {
		var err error
		if previous, err = e.readTranslations(*previousPath); err != nil {
			return e.fail("--previous: %v", err)
		}
	}
	if err := useLocales(*localesDir); err != nil {
		return e.fail("%v", err)
	}
	gaps, err := locales.Check()
	if err != nil {
		return e.fail("%v", err)
	}
	for _, g := range gaps {
		fmt.Fprintln(e.stdout, "locales: "+g.String())
	}
	incomplete := len(gaps) > 0
	if *lang != "" {
		if locales.Base(*lang) == "" {
			return e.fail("translate check: --lang %q is not a language tag such as cy", *lang)
		}
		if !slices.ContainsFunc(locales.Supported(), func(l string) bool { return locales.Base(l) == locales.Base(*lang) }) {
			fmt.Fprintf(e.stdout, "locales: %s: coregroup has no messages in this language: every message is missing (a translation starts as locales/%s.yaml)\n", *lang, locales.Base(*lang))
			incomplete = true
		}
	}
	termsBroken, err := writeMessageTermProblems(e.stdout)
	if err != nil {
		return e.fail("%v", err)
	}
	incomplete = incomplete || termsBroken
	tb, err := locales.Terms()
	if err != nil {
		return e.fail("%v", err)
	}
	if len(args) > 0 {
		files, err := caseFiles(args)
		if err != nil {
			return e.fail("%v", err)
		}
		en := locales.English()
		for _, path := range files {
			data, err := e.readFile(path, casefile.MaxSize)
			if err != nil {
				return e.fail("%v", err)
			}
			c, texts, probs := casefile.KeyedTexts(displayName(path), data)
			if probs.Err() != nil || c == nil {
				fmt.Fprintln(e.stderr, probs.Err())
				return e.fail("%s does not load: run coregroup validate %s", path, path)
			}
			if writeCaseTermProblems(e.stdout, c, tb) {
				incomplete = true
			}
			if previous != nil && writeStaleTexts(e.stdout, c, texts, *lang, previous) {
				incomplete = true
			}
			var opts check.Options
			if *lang != "" {
				opts.DocLangs = []string{*lang}
			}
			found, err := check.Run(c, opts)
			if err != nil {
				return e.fail("%v", err)
			}
			for _, f := range found {
				if f.Rule == "lang.missing-translation" {
					fmt.Fprintln(e.stdout, f.Line(en))
					incomplete = true
				}
			}
		}
	}
	summary := "translate check: complete"
	if incomplete {
		summary = "translate check: incomplete"
	}
	fmt.Fprintln(e.stdout, summary)
	if incomplete {
		return ExitFindings
	}
	return ExitOK
}

// writeStaleTexts prints each text of a case whose translation was made,
// by the previous file, from a source text that has changed since, at the
// translation's line, and reports whether there was one.
func writeStaleTexts(w io.Writer, c *casefile.Case, texts []casefile.KeyedText, lang string, previous *po.File) bool {
	if lang == "" {
		lang = previous.HeaderField("Language")
	}
	source := previous.HeaderField("X-Source-Language")
	if source == "" {
		source = "en"
	}
	stale := translation.StaleTexts(c, texts, lang, source, previous)
	for _, s := range stale {
		fmt.Fprintf(w, "%s: %s: stale: the %s has changed since this %s was made from %q: check it, then export and import again\n", s.Pos, s.Path, source, lang, s.Was)
	}
	return len(stale) > 0
}
