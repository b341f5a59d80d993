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
	usage: "coregroup render [--doc " + strings.Join(templates.Kinds.Names(), "|") + "|all] [--lang TAG] [--format pdf|md|html|pdf,md,html]\n" +
		"                        [-o DIR] [--draft] [--large-print] [--blank] [--meeting YYYY-MM-DD] [--templates DIR] [--locales DIR] FILE|DIR...",
	summary: "Write the core group's documents from case files, as PDF, Markdown and HTML.",
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
	loc          *locales.Localizer // the document's (first) language
	ui           *locales.Localizer // the language of the messages to the person at the keyboard
	refused      bool
	printed      map[string]bool      // findings already printed for this case
	missing      untranslated         // the case's texts that stopped a document for want of a translation
	review       bool                 // --doc review: a translator's side-by-side sheet
	names        map[string]namedCase // file name base → the case that writes under it
	claimed      map[string]string    // file name → the document written under it
	path         string               // the case file being written, "" for blank forms
	recordDue    map[string]time.Time // the case's meetings' days → the day each record is due
	batch        *caseResult          // set on a worker: what it prints, claims and writes goes here
	why          string               // the message id of why a document of the case was first not written
	whys         map[string]int       // the cases with a document not written, by why
	wrote        int                  // the files written
	failed       int                  // the cases that failed
	writer       *atomicfile.Writer   // writes the run's files, reading each folder once
}

func runRender(e *env, c *command, args []string) ExitCode {
	fs := e.flags(c)
	cf := addCheckFlags(fs)
	doc := fs.String("doc", "all", "which document: "+strings.Join(e.kinds.Names(), ", ")+", all, or review (every string of every document in English and --lang, side by side, for a translator)")
	lang := fs.String("lang", "", "the documents' language, or two for a bilingual document such as cy+en (default the family's language: the case's language:, when coregroup speaks it)")
	format := fs.String("format", "pdf,md", "pdf, md, html, or several joined with commas such as pdf,md,html (html: one accessible page that stands alone, to read on screen or print)")
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
	localesDir := addLocalesFlag(fs)
	bf := addBatchFlags(fs)
	uiLang := fs.String("ui-lang", "", "the language of the messages printed here, such as cy (default from LC_ALL, LC_MESSAGES or LANG when coregroup speaks it, else English); never that of the documents")
	args, code := e.parse(fs, args)
	if code >= 0 {
		return code
	}
	if err := useLocales(*localesDir); err != nil {
		return e.fail("%v", err)
	}
	j := &renderJob{e: e, flagLang: *lang, outDir: *out, draft: *draft, largePrint: *largePrint, blank: *blank, loc: locales.English(), writer: new(atomicfile.Writer)}
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
			return e.fail("unknown --format %q: use pdf, md, html, or several joined with commas such as pdf,md", *format)
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
	if j.ui, err = uiLocalizer(*uiLang); err != nil {
		return e.fail("%v", err)
	}
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
	if e.kept == nil {
		if err := atomicfile.MakeDir(j.outDir); err != nil {
			return e.fail("%v", err)
		}
		warnIfShared(e, j.outDir)
	}
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
	if j.renderFiles(files, bf) {
		return ExitFailed
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
	var files []atomicfile.File
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
	c, probs, err := j.e.loadCase(path)
	if err != nil {
		return err
	}
	j.printed, j.missing = map[string]bool{}, untranslated{}
	if c == nil || (probs.Err() != nil && !j.draft) {
		j.report(probs)
		fmt.Fprintln(j.e.stderr, "coregroup: "+j.ui.Text(locales.M("render.case-not-written", "File", path)))
		j.refuse("batch.why-case-errors")
		return nil
	}
	if probs.Err() != nil {
		j.report(probs)
	}
	if other, taken := j.claimName(c.Ref, path); taken {
		fmt.Fprintln(j.e.stderr, "coregroup: "+j.ui.Text(locales.M("render.same-names", "File", path, "Ref", c.Ref, "OtherRef", other.ref, "OtherFile", other.file)))
		j.refuse("batch.why-same-names")
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
	j.recordDue = recordsDue(c, j.opts)
	if j.review {
		return j.writeReview(c)
	}
	p := j.opts.Policies[c.Policy]
	var files []atomicfile.File
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
	j.missing.print(j, path)
	return j.writeFiles(files)
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
				fmt.Fprintln(j.e.stderr, "coregroup: "+j.ui.Text(locales.M("render.family-language", "Ref", c.Ref, "Lang", c.Language)))
			}
		}
	}
	first, _, _ := strings.Cut(j.lang, "+") // a bilingual document's furniture is in its first language
	loc, err := locales.New(first)
	j.loc = loc
	return err
}

// recordsDue returns, by the day of each meeting held (YYYY-MM-DD), the
// day its record is due to be circulated under the case's policy; nil
// when the policy is not known.
func recordsDue(c *casefile.Case, opts check.Options) map[string]time.Time {
	events, err := check.Schedule(c, opts)
	if err != nil {
		return nil
	}
	due := map[string]time.Time{}
	for _, e := range events {
		if day, ok := e.Data["Meeting"].(time.Time); ok && e.Kind == "record" {
			due[day.Format(time.DateOnly)] = e.Due
		}
	}
	return due
}

// optional reports whether a document that cannot be written is simply
// not part of the case when several are asked for: minutes before any
// meeting, or no meeting of a kind on the --meeting day.
func (j *renderJob) optional(kind string, err error) bool {
	if len(j.kinds) > 1 && errors.Is(err, templates.ErrNoMeeting) {
		m := locales.M("render.skipped-none", "Kind", kind)
		if !j.meeting.IsZero() {
			m = locales.M("render.skipped-day", "Kind", kind, "Day", j.meeting.Format(time.DateOnly))
		}
		fmt.Fprintln(j.e.stderr, "coregroup: "+j.ui.Text(m))
		return true
	}
	return false
}

// prepare makes the files of the documents of one kind, leaving out those
// whose print has errors unless this is a draft.
func (j *renderJob) prepare(c *casefile.Case, base string, k templates.Kind, findings report.List) ([]atomicfile.File, error) {
	docs, err := j.set.Write(c, k.Name, templates.Options{Lang: j.lang, AsOf: j.opts.AsOf, Meeting: j.meeting, Blank: j.blank, RecordDue: j.recordDue, OutOfHours: j.outOfHours(c)})
	if err != nil {
		return nil, err
	}
	var files []atomicfile.File
	for _, d := range docs {
		blocking := blockers(k, forDocument(d, findings))
		name := docName(base, d, j.lang)
		if other, taken := j.claimFile(name, d); taken {
			return nil, sameFileError(name, other, describe(d))
		}
		if (len(blocking) > 0 || len(d.Missing) > 0) && !j.draft {
			j.missing.add(d.Missing)
			why := "batch.why-untranslated"
			if len(blocking) > 0 {
				j.report(blocking)
				fmt.Fprintln(j.e.stderr, "coregroup: "+j.ui.Text(locales.M("render.not-written", "Name", name)))
				why = "batch.why-findings"
			}
			j.refuse(why)
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

// report prints the findings that stop a document, each once per case,
// in the language of the person at the keyboard.
func (j *renderJob) report(findings report.List) {
	for _, f := range findings {
		line := f.Line(j.ui)
		if j.printed[line] {
			continue
		}
		if j.printed != nil {
			j.printed[line] = true
		}
		fmt.Fprintln(j.e.stderr, line)
	}
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

// created is the PDF creation date: SOURCE_DATE_EPOCH when set, else the
// day the case is about, so the same case gives the same bytes: the
// --meeting day of a record or agenda, else the day the case is checked
// as of (--as-of).
func (j *renderJob) created() time.Time {
	var secs int64
	if _, err := fmt.Sscan(os.Getenv("SOURCE_DATE_EPOCH"), &secs); err == nil {
		return time.Unix(secs, 0).UTC()
	}
	if !j.meeting.IsZero() {
		return j.meeting
	}
	return j.opts.AsOf
}

// outOfHours is the out-of-hours number of a case's policy profile, if
// any.
func (j *renderJob) outOfHours(c *casefile.Case) string {
	if p := j.opts.Policies[c.Policy]; p != nil {
		return p.OutOfHours
	}
	return ""
}
