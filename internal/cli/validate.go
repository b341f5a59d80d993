package cli

import (
	"strings"

	"coregroup/check"
	"coregroup/locales"
	"coregroup/report"
)

var validateCommand = &command{
	name:    "validate",
	usage:   "coregroup validate [--format " + report.FormatNames() + "] [--as-of YYYY-MM-DD] [--doc-lang TAG] FILE|DIR...",
	summary: "Check case files and print what is wrong or missing, at its line and column.",
	run:     runValidate,
}

func runValidate(e *env, c *command, args []string) ExitCode {
	fs := e.flags(c)
	of := addOutputFlags(fs, "language of the messages")
	cf := addCheckFlags(fs)
	bf := addBatchFlags(fs)
	docLang := fs.String("doc-lang", "", "check that every text can be printed in documents in this language, or two such as cy+en, as render --lang (default the language render writes: the family's)")
	args, code := e.parse(fs, args)
	if code >= 0 {
		return code
	}
	formatter, err := of.formatter()
	if err != nil {
		return e.fail("%v", err)
	}
	opts, err := cf.options()
	if err != nil {
		return e.fail("%v", err)
	}
	if *docLang != "" {
		if opts.DocLangs, err = docLanguages(*docLang); err != nil {
			return e.fail("--doc-lang: %v", err)
		}
	}
	loc, err := of.localizer()
	if err != nil {
		return e.fail("%v", err)
	}
	files, err := caseFiles(args)
	if err != nil {
		return e.fail("%v", err)
	}
	// The cases are checked on a worker per core; a file that cannot be
	// read is told at its turn, and the others are still checked.
	var res report.Result
	failed := false
	type checked struct {
		found report.List
		err   error
	}
	inputs := e.splitStdin(files)
	bar := bf.progress(e, len(files), loc)
	inOrder(len(files), bf.jobs, func(i int) checked {
		found, err := inputs[i].validateFile(files[i], opts)
		return checked{found, err}
	}, func(i int, r checked) {
		bar.step()
		if r.err != nil {
			bar.clear()
			e.fail("%v", r.err)
			failed = true
			return
		}
		res.Files++
		res.Findings = append(res.Findings, r.found...)
	})
	bar.clear()
	if err := formatter.Format(e.stdout, res, loc); err != nil {
		return e.fail("write: %v", err)
	}
	switch {
	case failed:
		return ExitFailed
	case res.Findings.Count(report.Error) > 0:
		return ExitFindings
	}
	return ExitOK
}

// docLanguages splits a document language such as "cy+en" into the
// languages coregroup writes it in, each one it has messages for.
func docLanguages(lang string) ([]string, error) {
	langs := strings.Split(lang, "+")
	for _, l := range langs {
		if _, err := locales.New(l); err != nil {
			return nil, err
		}
	}
	return langs, nil
}

// validateFile loads one case and, when it loads cleanly, runs the checks.
func (e *env) validateFile(path string, opts check.Options) (report.List, error) {
	c, probs, err := e.loadCase(path)
	if err != nil {
		return nil, err
	}
	if probs.Err() != nil || c == nil {
		return probs, nil
	}
	found, err := check.Run(c, opts)
	if err != nil {
		return nil, err
	}
	return append(probs, found...), nil
}
