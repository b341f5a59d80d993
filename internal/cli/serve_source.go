package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"coregroup/check"
	"coregroup/internal/desk"
	"coregroup/locales"
	"coregroup/report"
)

// deskSource is what serve shows of a folder: each case file checked as
// validate and schedule check it, and documents made by render's own run,
// kept in memory (env.kept) and never written.
type deskSource struct {
	e     *env
	dir   string
	flags []string // the check flags, for the runs of render and translate
	asOf  time.Time
	mu    sync.Mutex
	cache map[string][]desk.File // by case file, its time and the language
}

func newDeskSource(e *env, dir string, cf *checkFlags, asOf time.Time) *deskSource {
	flags := append(cf.args(), "--as-of", asOf.Format(time.DateOnly))
	if *cf.asOf != "" {
		flags = cf.args()
	}
	return &deskSource{e: e, dir: dir, flags: flags, asOf: asOf, cache: map[string][]desk.File{}}
}

// files returns the folder's case files by their names in the pages: the
// path under the folder, with : for /.
func (s *deskSource) files() (map[string]string, []string, error) {
	paths, err := caseFiles([]string{s.dir})
	if err != nil {
		return nil, nil, err
	}
	byName := map[string]string{}
	var names []string
	for _, p := range paths {
		rel, err := filepath.Rel(s.dir, p)
		if err != nil {
			rel = filepath.Base(p)
		}
		name := strings.ReplaceAll(filepath.ToSlash(rel), "/", ":")
		byName[name] = p
		names = append(names, name)
	}
	return byName, names, nil
}

// Languages are English, the languages with message files, and each with
// English after it.
func (s *deskSource) Languages() []string {
	langs := []string{"en"}
	for _, l := range locales.Supported() {
		if l != "en" {
			langs = append(langs, l, l+"+en")
		}
	}
	return langs
}

func (s *deskSource) Cases() ([]desk.Case, error) {
	byName, names, err := s.files()
	if err != nil {
		return nil, err
	}
	var out []desk.Case
	for _, n := range names {
		d, err := s.detail(n, byName[n])
		if err != nil {
			return nil, err
		}
		out = append(out, d.Case)
	}
	return out, nil
}

func (s *deskSource) Case(name string) (desk.CaseDetail, bool, error) {
	byName, _, err := s.files()
	if err != nil {
		return desk.CaseDetail{}, false, err
	}
	path, ok := byName[name]
	if !ok {
		return desk.CaseDetail{}, false, nil
	}
	d, err := s.detail(name, path)
	return d, true, err
}

// detail checks one case file: its findings, with the line of the file
// each points at, and its schedule.
func (s *deskSource) detail(name, path string) (desk.CaseDetail, error) {
	d := desk.CaseDetail{Case: desk.Case{File: name}}
	c, probs, err := s.e.loadCase(path)
	if err != nil {
		d.Problem = err.Error()
		return d, nil
	}
	findings := probs
	opts, err := s.options()
	if err != nil {
		return d, err
	}
	if c != nil && probs.Err() == nil {
		more, err := check.Run(c, opts)
		if err != nil {
			return d, err
		}
		findings = append(findings, more...)
	}
	findings.Sort()
	src, _ := os.ReadFile(path)
	lines := strings.Split(string(src), "\n")
	loc := locales.English()
	for _, f := range findings {
		line := ""
		if f.Pos.Line > 0 && f.Pos.Line <= len(lines) {
			line = strings.TrimRight(lines[f.Pos.Line-1], "\r")
		}
		d.Findings = append(d.Findings, desk.Finding{Severity: f.Severity.String(), Where: fmt.Sprintf("line %d, column %d", f.Pos.Line, f.Pos.Col), Line: line, Text: loc.Text(f.Message)})
	}
	d.Errors, d.Warnings, d.Notes = findings.Count(report.Error), findings.Count(report.Warning), findings.Count(report.Info)
	if c == nil {
		return d, nil
	}
	d.Ref, d.Lang = c.Ref, c.Language
	if d.Lang == "" {
		d.Lang = "en"
	}
	events, err := check.Schedule(c, opts)
	if err != nil {
		return d, nil // a case with no known policy has no schedule; its findings say why
	}
	week := s.asOf.AddDate(0, 0, 7).Format(time.DateOnly)
	for _, ev := range check.Dates(events) {
		text := loc.Text(ev.Message)
		d.Schedule = append(d.Schedule, desk.Dated{Date: ev.Date, Status: ev.Status, Text: text})
		open := ev.Status == "due" || ev.Status == "due-soon" || ev.Status == "overdue"
		if ev.Status == "overdue" {
			d.Overdue++
		}
		if open && d.NextDue == "" {
			d.NextDue, d.Next = ev.Due, text
		}
		if open && (ev.Status == "overdue" || ev.Due <= week) {
			d.DueThisWeek = true
		}
	}
	return d, nil
}

// options are the check options of the serve run's flags.
func (s *deskSource) options() (check.Options, error) {
	fs := s.e.flags(&command{name: "serve"})
	cf := addCheckFlags(fs)
	if err := fs.Parse(s.flags); err != nil {
		return check.Options{}, err
	}
	return cf.options()
}

// run runs a command of coregroup in memory: what render makes is kept,
// not written; what it prints to stdout is returned, and its errors.
func (s *deskSource) run(args ...string) (map[string][]byte, []byte, error) {
	return s.runWith(nil, args...)
}

// runWith is run with stdin.
func (s *deskSource) runWith(stdin []byte, args ...string) (map[string][]byte, []byte, error) {
	var out, errs bytes.Buffer
	e := &env{stdin: bytes.NewReader(stdin), stdout: &out, stderr: &errs, kinds: s.e.kinds, kept: map[string][]byte{}}
	c := lookup(args[0])
	if code := c.run(e, c, args[1:]); code != ExitOK && len(e.kept) == 0 {
		return nil, nil, fmt.Errorf("%s", strings.TrimSpace(strings.ReplaceAll(errs.String(), "coregroup: ", "")))
	}
	return e.kept, out.Bytes(), nil
}

// made returns the documents of one run of render, made once for each
// case file as it is on disk now.
func (s *deskSource) made(key string, args ...string) ([]desk.File, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f, ok := s.cache[key]; ok {
		return f, nil
	}
	kept, _, err := s.run(args...)
	if err != nil {
		return nil, err
	}
	var files []desk.File
	for name, data := range kept {
		files = append(files, desk.File{Name: name, Data: data})
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	s.cache[key] = files
	return files, nil
}

// key names a case file as it is now, in a language.
func (s *deskSource) key(name, lang string) (string, string, error) {
	byName, _, err := s.files()
	if err != nil {
		return "", "", err
	}
	path, ok := byName[name]
	if !ok {
		return "", "", fmt.Errorf("%s: no such case file", name)
	}
	if !slices.Contains(s.Languages(), lang) {
		return "", "", fmt.Errorf("no documents in %q: choose one of %s", lang, strings.Join(s.Languages(), ", "))
	}
	info, err := os.Stat(path)
	if err != nil {
		return "", "", err
	}
	return fmt.Sprintf("%s\x00%s\x00%d\x00%d", path, lang, info.ModTime().UnixNano(), info.Size()), path, nil
}

func (s *deskSource) Documents(name, lang string) ([]desk.File, error) {
	key, path, err := s.key(name, lang)
	if err != nil {
		return nil, err
	}
	return s.made(key, append(append([]string{"render", "--lang", lang, "--format", "html,pdf", "-o", "."}, s.flags...), path)...)
}

func (s *deskSource) Blank(lang string) ([]desk.File, error) {
	if !slices.Contains(s.Languages(), lang) {
		return nil, fmt.Errorf("no blank forms in %q", lang)
	}
	return s.made("blank\x00"+lang, "render", "--blank", "--lang", lang, "--format", "html,pdf", "-o", ".")
}

func (s *deskSource) Review(name, lang string) ([]byte, error) {
	key, path, err := s.key(name, lang)
	if err != nil {
		return nil, err
	}
	files, err := s.made("review\x00"+key, append(append([]string{"render", "--doc", "review", "--lang", lang, "--format", "html", "-o", "."}, s.flags...), path)...)
	if err != nil {
		return nil, err
	}
	if len(files) != 1 {
		return nil, fmt.Errorf("%s: no review sheet in %s", name, lang)
	}
	return files[0].Data, nil
}

func (s *deskSource) PO(name, lang string) ([]byte, error) {
	_, path, err := s.key(name, lang)
	if err != nil {
		return nil, err
	}
	_, out, err := s.run("translate", "export", "--lang", lang, path)
	return out, err
}

// Import runs translate import of a PO file into one case file, which it
// changes in place as translate import does; the documents made of it
// before are made again, the cache being keyed by the file's time.
func (s *deskSource) Import(name, lang string, po []byte) (string, bool, error) {
	_, path, err := s.key(name, "en")
	if err != nil {
		return "", false, err
	}
	var out, errs bytes.Buffer
	e := &env{stdin: bytes.NewReader(po), stdout: &out, stderr: &errs, kinds: s.e.kinds}
	code := translateCommand.run(e, translateCommand, []string{"import", "--lang", lang, "-", path})
	return strings.TrimSpace(out.String() + errs.String()), code == ExitOK, nil
}

var _ desk.Source = (*deskSource)(nil)
