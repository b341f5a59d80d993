// Package templates turns a loaded case into the Markdown of each of the
// core group's documents, in one language. Each kind of document is an
// entry in the registry (Kinds) and a text/template file in this folder;
// a local authority can adapt a form by giving a folder of its own
// (--templates DIR) holding files of the same names.
//
// Everything a template prints from a case is a Value, which escapes
// itself, so no case value can change a document's structure; every word
// of the template's own comes from the message files through t.
package templates

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"text/template"
	"time"

	"coregroup/internal/input"
	"coregroup/locales"
)

//go:embed *.md.tmpl
var builtin embed.FS

// Set is the parsed templates of a registry's kinds, one per kind.
type Set struct {
	kinds  Registry
	byKind map[string]*lazyTemplate
	// timeout is the time limit of one document; zero means MaxRunTime.
	timeout time.Duration
}

// lazyTemplate is one kind's template, parsed the first time it is used:
// a process that writes one kind of document parses one template.
type lazyTemplate struct {
	name, src string
	once      sync.Once
	t         *template.Template
	err       error
}

// parsed returns the template, parsing it on the first call.
func (l *lazyTemplate) parsed() (*template.Template, error) {
	l.once.Do(func() {
		l.t, l.err = template.New(l.name).Option("missingkey=error").Funcs(funcStubs).Parse(l.src)
	})
	return l.t, l.err
}

// MaxTemplateSize is the largest template Load reads from a folder, in
// bytes (256 KiB); the built-in ones are a few kilobytes.
const MaxTemplateSize = 256 << 10

// Load parses the templates of the built-in kinds (Kinds); see
// Registry.Load.
func Load(dir string) (*Set, error) { return Kinds.Load(dir) }

// Load parses the template of each kind of r: the one in dir, when dir is
// not "" and has it, else the built-in one. A kind with neither, or with
// no builder, is an error. A local template is used or the run stops: dir
// must be a folder; every *.tmpl file in it must be named after a kind
// (plan.md.tmpl, minutes.md.tmpl, …), so a misspelt name is not silently
// passed over for the built-in one; and a template that cannot be read (no
// permission, a folder or a named pipe under its name, too large) is an
// error, never a quiet fallback.
func (r Registry) Load(dir string) (*Set, error) {
	s := &Set{kinds: r, byKind: map[string]*lazyTemplate{}}
	local, err := r.localTemplates(dir)
	if err != nil {
		return nil, err
	}
	for _, k := range r {
		name := k.Name + ".md.tmpl"
		src, err := fs.ReadFile(builtin, name)
		if local[name] {
			if src, err = input.ReadFile(filepath.Join(dir, name), MaxTemplateSize); err != nil {
				return nil, fmt.Errorf("--templates: %w", err)
			}
		}
		if err != nil {
			return nil, fmt.Errorf("document %q has no template %s", k.Name, name)
		}
		if k.build == nil {
			return nil, fmt.Errorf("document %q has no builder", k.Name)
		}
		t := &lazyTemplate{name: name, src: string(src)}
		if local[name] {
			// A local template's mistakes are told before any document
			// is made; a built-in one is parsed when first used.
			if _, err := t.parsed(); err != nil {
				return nil, err
			}
		}
		s.byKind[k.Name] = t
	}
	return s, nil
}

// localTemplates returns the names of the templates in dir, checking that
// dir is a folder and that each *.tmpl file in it is named after a kind of
// r. It returns none for dir "".
func (r Registry) localTemplates(dir string) (map[string]bool, error) {
	if dir == "" {
		return nil, nil
	}
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("templates directory: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("--templates %s: %s, not a folder: give the folder that holds the templates, such as plan.md.tmpl", dir, input.Kind(info.Mode()))
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("--templates: %w", err)
	}
	known := make([]string, len(r))
	for i, k := range r {
		known[i] = k.Name + ".md.tmpl"
	}
	found := map[string]bool{}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".tmpl") {
			continue
		}
		if !slices.Contains(known, name) {
			return nil, fmt.Errorf("--templates: %s is not the template of a document: name it after the document it replaces, one of %s",
				filepath.Join(dir, name), strings.Join(known, ", "))
		}
		found[name] = true
	}
	if len(found) == 0 {
		return nil, fmt.Errorf("--templates %s: no templates in it: a template is named after its document, such as plan.md.tmpl", dir)
	}
	return found, nil
}

// Kinds returns the kinds the set has templates for.
func (s *Set) Kinds() Registry { return s.kinds }

// execute runs a kind's template over data with the functions of one
// document's language, within the limits of run.
func (s *Set) execute(kind string, data any, f template.FuncMap) ([]byte, error) {
	parsed, err := s.byKind[kind].parsed()
	if err != nil {
		return nil, err
	}
	t, err := parsed.Clone()
	if err != nil {
		return nil, err
	}
	md, err := s.run(t.Funcs(f), data)
	if err != nil {
		return nil, err
	}
	return tidy(md), nil
}

// tidy removes the blank lines templates leave behind, keeping at most one
// between blocks, and ends the file with one newline.
func tidy(md []byte) []byte {
	lines := strings.Split(string(md), "\n")
	var out []string
	blank := true
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if l == "" {
			if !blank {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, l)
		blank = false
	}
	return []byte(strings.TrimRight(strings.Join(out, "\n"), "\n") + "\n")
}

// funcStubs lets templates parse before a language is chosen.
var funcStubs = template.FuncMap{
	"t":     func(string, ...any) string { return "" },
	"tp":    func(string, ...any) string { return "" },
	"date":  func(any) string { return "" },
	"day":   func(any) string { return "" },
	"list":  func(...any) []any { return nil },
	"inc":   func(int) int { return 0 },
	"score": func(int) string { return "" },
	"names": func([]Person) string { return "" },
	"born":  func([]Person) string { return "" },
}

// funcs returns the template functions for a document's language, or for
// a form in several (ls in order), whose every word is then in each
// language, joined with " / ".
func funcs(ls ...*locales.Localizer) template.FuncMap {
	return template.FuncMap{
		// t prints a message; Values among its arguments are escaped.
		"t": func(id string, kv ...any) string {
			for i := 1; i < len(kv); i += 2 {
				if v, ok := kv[i].(Value); ok {
					kv[i] = v.String()
				}
			}
			return inEach(ls, func(l *locales.Localizer) string { return l.Text(locales.M(id, kv...)) })
		},
		// tp prints a message that is a paragraph of its own: in a form in
		// several languages, a paragraph in each.
		"tp": func(id string, kv ...any) string {
			for i := 1; i < len(kv); i += 2 {
				if v, ok := kv[i].(Value); ok {
					kv[i] = v.String()
				}
			}
			var out []string
			for _, l := range ls {
				if s := l.Text(locales.M(id, kv...)); !slices.Contains(out, s) {
					out = append(out, s)
				}
			}
			return strings.Join(out, "\n\n")
		},
		"date":  func(d any) string { return inEach(ls, func(l *locales.Localizer) string { return longDate(l, d) }) },
		"day":   func(d any) string { return inEach(ls, func(l *locales.Localizer) string { return fullDate(l, d) }) },
		"list":  func(xs ...any) []any { return xs },
		"inc":   func(i int) int { return i + 1 },
		"score": func(n int) string { return fmt.Sprint(n) },
		// names joins people's names, escaped: "Leo Example, Poppy Example".
		"names": func(ps []Person) string {
			out := make([]string, 0, len(ps))
			for _, p := range ps {
				out = append(out, p.Name.String())
			}
			return strings.Join(out, ", ")
		},
		// born joins the dates of birth of people who have one.
		"born": func(ps []Person) string {
			var out []string
			for _, p := range ps {
				if p.Born.IsSet() {
					out = append(out, inEach(ls, func(l *locales.Localizer) string { return longDate(l, p.Born) }))
				}
			}
			return strings.Join(out, ", ")
		},
	}
}

// inEach returns what f says in each language, joined with " / ", each
// different wording once: "Dyddiad / Date", but "10.00" for a time both
// write alike.
func inEach(ls []*locales.Localizer, f func(l *locales.Localizer) string) string {
	var out []string
	for _, l := range ls {
		if s := f(l); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return strings.Join(out, " / ")
}
