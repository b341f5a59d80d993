package cli

import (
	"fmt"
	"path/filepath"
	"strings"

	"coregroup/casefile"
	"coregroup/internal/atomicfile"
	"coregroup/locales"
	"coregroup/render"
	"coregroup/templates"
)

// output is one of render's output formats: the name --format takes, which
// is also the files' extension, and what makes a document's file.
type output struct {
	name string
	make func(j *renderJob, c *casefile.Case, d templates.Document) ([]byte, error)
}

// outputs are render's output formats, in the order a document's files
// are written.
var outputs = []output{
	// The Markdown file stands alone: its named blocks are plain Markdown,
	// and it carries its marking in front matter and text.
	{"md", func(j *renderJob, c *casefile.Case, d templates.Document) ([]byte, error) {
		md, err := render.Standalone(d.Markdown)
		if err != nil {
			return nil, err
		}
		return render.MarkedMarkdown(md, j.meta(c, d))
	}},
	{"pdf", func(j *renderJob, c *casefile.Case, d templates.Document) ([]byte, error) {
		return render.PDF(d.Markdown, j.meta(c, d))
	}},
	// The HTML file stands alone too: styles, typeface and pictures in it,
	// no script, nothing fetched.
	{"html", func(j *renderJob, c *casefile.Case, d templates.Document) ([]byte, error) {
		return render.HTML(d.Markdown, j.meta(c, d))
	}},
}

// files makes the files of a document in each format asked for. Each
// format parses the Markdown, so a malformed named block stops the
// document, as does a character the PDF cannot draw; the case's files are
// written only when every one of them is made (renderCase).
func (j *renderJob) files(c *casefile.Case, name string, d templates.Document) ([]atomicfile.File, error) {
	if j.draft {
		d.Markdown = append([]byte("**"+j.inEach(d, "doc.draft-banner")+"**\n\n"), d.Markdown...)
	}
	var files []atomicfile.File
	for _, o := range outputs {
		if !j.formats[o.name] {
			continue
		}
		data, err := o.make(j, c, d)
		if err != nil {
			return nil, j.place(name, d, err)
		}
		files = append(files, atomicfile.File{Path: filepath.Join(j.outDir, name+"."+o.name), Data: data})
	}
	return files, nil
}

// writeFiles writes the files of a case, each whole or not at all, and
// lists them; or keeps them, when the run keeps its files (env.kept).
func (j *renderJob) writeFiles(files []atomicfile.File) error {
	if j.batch != nil { // on a worker: the run writes them in the case's turn
		j.batch.files = append(j.batch.files, files...)
		return nil
	}
	if j.e.kept != nil {
		for _, f := range files {
			j.e.kept[filepath.Base(f.Path)] = f.Data
		}
		return nil
	}
	// The case's files are written, then their folder synced once; those
	// written whole and durably are listed.
	n, err := j.writer.WriteFiles(files)
	for _, f := range files[:n] {
		fmt.Fprintln(j.e.stdout, f.Path)
	}
	j.wrote += n
	return err
}

// meta is the page furniture and metadata of a document. A document in
// several languages has each language's furniture: joined (Welsh, then
// English) on every page of a form that is one document in both, or each
// on the pages of its own part of a document in parts.
func (j *renderJob) meta(c *casefile.Case, d templates.Document) render.Meta {
	langs := d.Langs
	if len(langs) == 0 {
		langs = strings.Split(j.lang, "+")
	}
	parts := make([]render.Meta, len(langs))
	for i, lang := range langs {
		loc, err := locales.New(lang)
		if err != nil {
			loc = j.loc
		}
		parts[i] = j.furniture(c, loc)
		parts[i].Title = d.Title
		if len(d.Titles) == len(langs) && !d.Interleaved {
			parts[i].Title = d.Titles[i]
		}
	}
	m := parts[0]
	switch {
	case d.Interleaved:
		for _, p := range parts[1:] {
			m.Marking, m.Banner = joinNew(m.Marking, p.Marking), joinNew(m.Banner, p.Banner)
			m.PageOf, m.Draft = joinNew(m.PageOf, p.PageOf), joinNew(m.Draft, p.Draft)
		}
	case len(parts) > 1:
		m.Parts = parts[1:]
	}
	m.Subject, m.Lang, m.CaseRef, m.Large, m.Created = d.Title, langs[0], c.Ref, d.Large, j.created()
	m.LargePrint, m.Authority, m.Logo, m.Images = j.largePrint, c.Authority, j.logo(c), j.pictures(c)
	m.Creator = "coregroup " + Version()
	return m
}

// furniture is the page furniture of a document of case c in one
// language: its marking (in the language when the messages know it),
// banner, page numbers and draft mark.
func (j *renderJob) furniture(c *casefile.Case, loc *locales.Localizer) render.Meta {
	m := render.Meta{PageOf: loc.Text(locales.M("doc.page-of"))}
	if p := j.opts.Policies[c.Policy]; p != nil {
		m.Marking = p.Marking
		if t := loc.Text(locales.M("marking." + p.Marking)); !strings.HasPrefix(t, "[") {
			m.Marking = t
		}
	}
	if c.Fictitious {
		m.Banner = loc.Text(locales.M("doc.fictitious"))
	}
	if lang := loc.Lang(); locales.Unchecked(lang) {
		m.Banner = joinNew(m.Banner, j.ui.Text(locales.M("doc.unchecked-translation", "Lang", lang)))
	}
	if j.draft {
		m.Draft = loc.Text(locales.M("doc.draft"))
	}
	return m
}

// inEach is a message in each language of a form in several (Welsh,
// then English), or in the document's language.
func (j *renderJob) inEach(d templates.Document, id string) string {
	s := j.loc.Text(locales.M(id))
	if !d.Interleaved {
		return s
	}
	for _, lang := range d.Langs[1:] {
		if loc, err := locales.New(lang); err == nil {
			s = joinNew(s, loc.Text(locales.M(id)))
		}
	}
	return s
}

// joinNew joins two wordings of one thing with " / ", the second left
// out when it is the same as the first or empty.
func joinNew(a, b string) string {
	if b == "" || a == b {
		return a
	}
	if a == "" {
		return b
	}
	return a + " / " + b
}

// logo reads the case's logo, or its policy profile's. One that cannot be
// read is left out: the rule plan.picture reports it.
func (j *renderJob) logo(c *casefile.Case) []byte {
	path, file := j.path, c.Logo
	if p := j.opts.Policies[c.Policy]; file == "" && p != nil {
		path, file = p.At.Node.File, p.Logo
	}
	if file == "" {
		return nil
	}
	data, _ := casefile.ReadPicture(path, file)
	return data
}

// pictures reads the pictures a case names, by the names its documents
// give them. One that cannot be read is left out: the rule plan.picture
// stops the plan, and a draft prints its alt text in brackets.
func (j *renderJob) pictures(c *casefile.Case) map[string][]byte {
	var out map[string][]byte
	c.EachPicture(func(p *casefile.Picture) {
		if data, err := casefile.ReadPicture(j.path, p.File); err == nil {
			if out == nil {
				out = map[string][]byte{}
			}
			out[p.File] = data
		}
	})
	return out
}
