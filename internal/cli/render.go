package cli

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"coregroup/casefile"
	"coregroup/check"
	"coregroup/internal/atomicfile"
	"coregroup/locales"
	"coregroup/report"
	"coregroup/templates"
)

var renderCommand = &command{
	name: "render",
	usage: "coregroup render [--doc " + strings.Join(templates.Kinds.Names(), "|") + "|all] [--lang TAG] [--format pdf|md|pdf,md]\n" +
		"                        [-o DIR] [--draft] [--large-print] [--blank] [--meeting YYYY-MM-DD] [--templates DIR] FILE|DIR...",
	summary: "Write the core group's documents from case files, as PDF and Markdown.",
	run:     runRender,
}

// renderJob is one run of the render command.
type renderJob struct {
	e            *env
	set          *templates.Set
	opts         check.Options
	kinds        []templates.Kind
	flagLang     string // --lang, or "" for each case's language
	lang, outDir string
	formats      map[string]bool // the names of the outputs --format asks for
	draft, blank bool
	largePrint   bool // --large-print: body 16pt, for partially sighted readers
	meeting      time.Time
	loc          *locales.Localizer
	refused      bool
	printed      map[string]bool           // findings already printed for this case
	review       bool                      // --doc review: a translator's side-by-side sheet
	names        map[string]*casefile.Case // file name base → the case that writes under it
	caseFiles    map[*casefile.Case]string // case → its file, for messages
	path         string                    // the case file being written, "" for blank forms
}

func runRender(e *env, c *command, args []string) ExitCode {
	fs := e.flags(c)
	cf := addCheckFlags(fs)
	doc := fs.String("doc", "all", "which document: "+strings.Join(e.kinds.Names(), ", ")+", all, or review (every string of every document in English and --lang, side by side, for a translator)")
	lang := fs.String("lang", "", "the documents' language, or two for a bilingual document such as cy+en (default the family's language: the case's language:, when coregroup speaks it)")
	format := fs.String("format", "pdf,md", "pdf, md or pdf,md")
	out := fs.String("o", "out", "the directory to write into")
	draft := fs.Bool("draft", false, "write even a document with errors, marked DRAFT on every page")
	largePrint := fs.Bool("large-print", false, "set every document in large print for partially sighted readers (body 16pt, RNIB clear print)")
	var forms []string
	for _, k := range e.kinds {
		if k.Blank {
			forms = append(forms, k.Name)
		}
	}
	blank := fs.Bool("blank", false, "write empty forms to fill in by hand ("+strings.Join(forms, ", ")+")")
	meeting := fs.String("meeting", "", "the meeting of a record or agenda, YYYY-MM-DD (default the latest)")
	tmplDir := fs.String("templates", "", "a directory of templates to use instead of the built-in ones of the same name")
	args, code := e.parse(fs, args)
	if code >= 0 {
		return code
	}
	j := &renderJob{e: e, flagLang: *lang, outDir: *out, draft: *draft, largePrint: *largePrint, blank: *blank, loc: locales.English()}
	if *doc == "all" {
		j.kinds = e.kinds
	} else if *doc == "review" {
		j.review = true
	} else if k, ok := e.kinds.Lookup(*doc); ok {
		j.kinds = []templates.Kind{k}
	} else {
		return e.fail("unknown --doc %q: use %s, all or review", *doc, strings.Join(e.kinds.Names(), ", "))
	}
	j.formats = map[string]bool{}
	for _, f := range strings.Split(*format, ",") {
		f = strings.TrimSpace(f)
		if !slices.ContainsFunc(outputs, func(o output) bool { return o.name == f }) {
			return e.fail("unknown --format %q: use pdf, md or pdf,md", *format)
		}
		j.formats[f] = true
	}
	if *meeting != "" {
		t, err := time.Parse(time.DateOnly, *meeting)
		if err != nil {
			return e.fail("--meeting %q: write the day as YYYY-MM-DD", *meeting)
		}
		j.meeting = t
	}
	var err error
	if j.opts, err = cf.options(); err != nil {
		return e.fail("%v", err)
	}
	if *lang != "" {
		if _, err := docLanguages(*lang); err != nil {
			return e.fail("--lang: %v", err)
		}
	}
	if j.set, err = e.kinds.Load(*tmplDir); err != nil {
		return e.fail("%v", err)
	}
	if err := atomicfile.MakeDir(j.outDir); err != nil {
		return e.fail("%v", err)
	}
	warnIfShared(e, j.outDir)
	if len(args) == 0 && j.blank {
		if err := j.useLanguage(&casefile.Case{}); err != nil {
			return e.fail("%v", err)
		}
		return j.finish(j.blankForms())
	}
	files, err := caseFiles(args)
	if err != nil {
		return e.fail("%v", err)
	}
	for _, path := range files {
		if err := j.renderCase(path); err != nil {
			return e.fail("%v", err)
		}
	}
	return j.finish(nil)
}

func (j *renderJob) finish(err error) ExitCode {
	if err != nil {
		return j.e.fail("%v", err)
	}
	if j.refused {
		return ExitFindings
	}
	return ExitOK
}

// blankForms writes the empty forms, with no case.
func (j *renderJob) blankForms() error {
	c := &casefile.Case{Policy: "wales"}
	var files []outFile
	for _, k := range j.kinds {
		if !k.Blank {
			continue
		}
		more, err := j.prepare(c, "blank", k, nil)
		if err != nil {
			return err
		}
		files = append(files, more...)
	}
	return j.writeFiles(files)
}

// renderCase loads, checks and writes the documents of one case file.
func (j *renderJob) renderCase(path string) error {
	c, probs, err := casefile.Load(path)
	if err != nil {
		return err
	}
	j.printed = map[string]bool{}
	if c == nil || (probs.Err() != nil && !j.draft) {
		j.report(probs)
		fmt.Fprintf(j.e.stderr, "coregroup: %s: not written: the case file has errors (fix them, or use --draft)\n", path)
		j.refused = true
		return nil
	}
	if probs.Err() != nil {
		j.report(probs)
	}
	if other := j.claimName(c, path); other != nil {
		fmt.Fprintf(j.e.stderr, "coregroup: %s: not written: its reference %s gives the same file names as %s in %s, whose documents this run has written; give each case its own reference, or render them into different folders with -o\n",
			path, c.Ref, other.Ref, j.caseFiles[other])
		j.refused = true
		return nil
	}
	if err := j.useLanguage(c); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	j.path = path
	findings := probs
	if probs.Err() == nil {
		// The check is made for the language written, as validate
		// --doc-lang makes it, so both find the same texts missing.
		opts := j.opts
		opts.DocLangs = strings.Split(j.lang, "+")
		more, err := check.Run(c, opts)
		if err != nil {
			return err
		}
		findings = append(findings, more...)
	}
	if j.review {
		return j.writeReview(c)
	}
	p := j.opts.Policies[c.Policy]
	var files []outFile
	for _, k := range j.kinds {
		if j.blank && !k.Blank {
			continue
		}
		if len(j.kinds) > 1 && k.Resolution && (p == nil || p.Resolution == nil) {
			continue // the policy has no resolution process
		}
		more, err := j.prepare(c, safeName(c.Ref), k, findings)
		var placed drawError
		switch {
		case errors.As(err, &placed):
			return err
		case err != nil && j.optional(k.Name, err):
			continue
		case err != nil:
			return fmt.Errorf("%s: %w", path, err)
		}
		files = append(files, more...)
	}
	return j.writeFiles(files)
}

// claimName records that case c, read from path, writes its documents
// under the file name of its reference, and returns the other case of
// this run that already does, if any: two references that differ only in
// punctuation (CG/2026/1 and CG-2026-1) would overwrite each other's
// documents.
func (j *renderJob) claimName(c *casefile.Case, path string) *casefile.Case {
	if j.names == nil {
		j.names, j.caseFiles = map[string]*casefile.Case{}, map[*casefile.Case]string{}
	}
	base := safeName(c.Ref)
	if other, taken := j.names[base]; taken {
		return other
	}
	j.names[base], j.caseFiles[c] = c, path
	return nil
}

// writeReview writes the translator's review sheet of a case: every
// document in English and in the document language, string by string.
func (j *renderJob) writeReview(c *casefile.Case) error {
	if j.lang == "en" || strings.Contains(j.lang, "+") {
		return fmt.Errorf("--doc review compares English with one other language: give it with --lang, such as --lang cy")
	}
	var en, other []templates.Document
	p := j.opts.Policies[c.Policy]
	for _, k := range j.set.Kinds() {
		if k.Resolution && (p == nil || p.Resolution == nil) {
			continue
		}
		opts := templates.Options{AsOf: j.opts.AsOf, Meeting: j.meeting, OutOfHours: j.outOfHours(c)}
		opts.Lang = "en"
		a, errA := j.set.Write(c, k.Name, opts)
		opts.Lang = j.lang
		b, errB := j.set.Write(c, k.Name, opts)
		if errors.Is(errA, templates.ErrNoMeeting) {
			continue
		}
		if err := errors.Join(errA, errB); err != nil {
			return err
		}
		en, other = append(en, a...), append(other, b...)
	}
	title := j.loc.Text(locales.M("doc.review-title", "Ref", c.Ref))
	md, err := templates.Review(title, j.loc.Text(locales.M("doc.review-where")), "en", j.lang, en, other)
	if err != nil {
		return err
	}
	files, err := j.files(c, safeName(c.Ref)+"-review-"+safeName(j.lang), templates.Document{Kind: "review", Title: title, Markdown: md})
	if err != nil {
		return err
	}
	return j.writeFiles(files)
}

// useLanguage sets the language of a case's documents: --lang, or the
// family's language when coregroup speaks it, or English with a note.
func (j *renderJob) useLanguage(c *casefile.Case) error {
	j.lang = j.flagLang
	if j.lang == "" {
		j.lang = "en"
		if c.Language != "" {
			if _, err := locales.New(c.Language); err == nil {
				j.lang = c.Language
			} else {
				fmt.Fprintf(j.e.stderr, "coregroup: %s: the family's language is %s, which coregroup cannot write yet; writing English\n", c.Ref, c.Language)
			}
		}
	}
	first, _, _ := strings.Cut(j.lang, "+") // a bilingual document's furniture is in its first language
	loc, err := locales.New(first)
	j.loc = loc
	return err
}

// optional reports whether a document that cannot be written is simply
// not part of the case when several are asked for: minutes before any
// meeting, or no meeting of a kind on the --meeting day.
func (j *renderJob) optional(kind string, err error) bool {
	if len(j.kinds) > 1 && errors.Is(err, templates.ErrNoMeeting) {
		fmt.Fprintf(j.e.stderr, "coregroup: %s: skipped: %v\n", kind, err)
		return true
	}
	return false
}

// prepare makes the files of the documents of one kind, leaving out those
// whose print has errors unless this is a draft.
func (j *renderJob) prepare(c *casefile.Case, base string, k templates.Kind, findings report.List) ([]outFile, error) {
	docs, err := j.set.Write(c, k.Name, templates.Options{Lang: j.lang, AsOf: j.opts.AsOf, Meeting: j.meeting, Blank: j.blank, OutOfHours: j.outOfHours(c)})
	if err != nil {
		return nil, err
	}
	var files []outFile
	for _, d := range docs {
		blocking := append(blockers(k, forDocument(d, findings)), untranslated(findings, d.Missing)...)
		name := base + "-" + k.Name
		if d.Part != "" {
			name += "-" + safeName(d.Part)
		}
		name += "-" + safeName(j.lang)
		if (len(blocking) > 0 || len(d.Missing) > 0) && !j.draft {
			j.report(blocking)
			fmt.Fprintf(j.e.stderr, "coregroup: %s not written: fix the errors above, or use --draft\n", name)
			j.refused = true
			continue
		}
		more, err := j.files(c, name, d)
		if err != nil {
			return nil, err
		}
		files = append(files, more...)
	}
	return files, nil
}

// report prints the findings that stop a document, each once per case.
func (j *renderJob) report(findings report.List) {
	for _, f := range findings {
		line := f.Line(j.loc)
		if j.printed[line] {
			continue
		}
		if j.printed != nil {
			j.printed[line] = true
		}
		fmt.Fprintln(j.e.stderr, line)
	}
}

// untranslated returns the findings of lang.missing-translation about the
// texts a document prints and has no version of in its language: the
// document's refusal gives the same finding validate does.
func untranslated(findings report.List, missing []report.Position) report.List {
	var out report.List
	for _, f := range findings {
		if f.Rule == "lang.missing-translation" && f.Severity == report.Error && slices.Contains(missing, f.Pos) {
			out = append(out, f)
		}
	}
	return out
}

// forDocument keeps, for a child's plan, the findings about that child
// and those about the case as a whole: in a sibling group one child's
// unfinished plan does not stop the other's.
func forDocument(d templates.Document, findings report.List) report.List {
	if d.Child == "" {
		return findings
	}
	var out report.List
	for _, f := range findings {
		if f.Subject.Child == "" || f.Subject.Child == d.Child {
			out = append(out, f)
		}
	}
	return out
}

// blockers returns the error findings that stop a document of a kind.
func blockers(k templates.Kind, findings report.List) report.List {
	var out report.List
	for _, f := range findings {
		if f.Severity != report.Error {
			continue
		}
		for _, prefix := range k.Blocking {
			if strings.HasPrefix(f.Rule, prefix) {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// safeName keeps letters, digits, - and _ of a name for a file name.
func safeName(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		ok := (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') || r == '_'
		switch {
		case ok:
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	name := strings.Trim(b.String(), "-")
	if name == "" {
		return "case"
	}
	return name
}

// warnIfShared warns when the output folder, made by someone else or
// earlier, lets others in: the documents are readable by their owner only,
// but their names, which hold the case reference, are not.
func warnIfShared(e *env, dir string) {
	info, err := os.Stat(dir)
	if err != nil || info.Mode().Perm()&0o077 == 0 {
		return
	}
	fmt.Fprintf(e.stderr, "coregroup: warning: %s is open to others (%s): the documents are readable by you only, but others can list their names, which hold the case reference; to close it: chmod 700 %s\n",
		dir, info.Mode().Perm(), dir)
}

// sourceDate is the PDF creation date: SOURCE_DATE_EPOCH when set, else
// zero, which render turns into a fixed date. Never the clock.
func sourceDate() time.Time {
	var secs int64
	if _, err := fmt.Sscan(os.Getenv("SOURCE_DATE_EPOCH"), &secs); err == nil {
		return time.Unix(secs, 0).UTC()
	}
	return time.Time{}
}

// outOfHours is the out-of-hours number of a case's policy profile, if
// any.
func (j *renderJob) outOfHours(c *casefile.Case) string {
	if p := j.opts.Policies[c.Policy]; p != nil {
		return p.OutOfHours
	}
	return ""
}
