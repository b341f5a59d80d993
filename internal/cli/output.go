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

// outFile is a file made and checked, to be written with the others of
// its case.
type outFile struct {
	path string
	data []byte
}

// output is one of render's output formats: the name --format takes, which
// is also the files' extension, and what makes a document's file.
type output struct {
	name string
	make func(j *renderJob, c *casefile.Case, d templates.Document) ([]byte, error)
}

// outputs are render's output formats, in the order a document's files
// are written.
var outputs = []output{
	{"md", func(_ *renderJob, _ *casefile.Case, d templates.Document) ([]byte, error) { return d.Markdown, nil }},
	{"pdf", func(j *renderJob, c *casefile.Case, d templates.Document) ([]byte, error) {
		m, err := j.meta(c, d)
		if err != nil {
			return nil, err
		}
		return render.PDF(d.Markdown, m)
	}},
}

// files makes the files of a document in each format asked for. The
// Markdown is parsed first, so a malformed named block stops the document
// before any file of its case is written, as does a character the PDF
// cannot draw.
func (j *renderJob) files(c *casefile.Case, name string, d templates.Document) ([]outFile, error) {
	if j.draft {
		d.Markdown = append([]byte("**"+j.loc.Text(locales.M("doc.draft-banner"))+"**\n\n"), d.Markdown...)
	}
	if _, err := render.Parse(d.Markdown); err != nil {
		return nil, j.place(name, d, err)
	}
	var files []outFile
	for _, o := range outputs {
		if !j.formats[o.name] {
			continue
		}
		data, err := o.make(j, c, d)
		if err != nil {
			return nil, j.place(name, d, err)
		}
		files = append(files, outFile{filepath.Join(j.outDir, name+"."+o.name), data})
	}
	return files, nil
}

// writeFiles writes the files of a case, each whole or not at all, and
// lists them.
func (j *renderJob) writeFiles(files []outFile) error {
	for _, f := range files {
		if err := atomicfile.WriteFile(f.path, f.data); err != nil {
			return err
		}
		fmt.Fprintln(j.e.stdout, f.path)
	}
	return nil
}

// meta is the page furniture and metadata of a document. It fails when
// the case's policy profile names a logo that cannot be read.
func (j *renderJob) meta(c *casefile.Case, d templates.Document) (render.Meta, error) {
	m := render.Meta{Title: d.Title, Subject: d.Title, Lang: strings.SplitN(j.lang, "+", 2)[0], CaseRef: c.Ref,
		PageOf: j.loc.Text(locales.M("doc.page-of")), Large: d.Large, LargePrint: j.largePrint, Created: sourceDate()}
	m.Authority = c.Authority
	if c.Logo != "" {
		// plan.picture has checked it; a logo that cannot be read is left out
		m.Logo, _ = casefile.ReadPicture(j.path, c.Logo)
	}
	if p := j.opts.Policies[c.Policy]; p != nil {
		if p.Logo != "" && c.Logo == "" {
			logo, err := casefile.ReadPicture(p.At.Node.File, p.Logo)
			if err != nil {
				return m, fmt.Errorf("%s: logo: %w", p.At.Node.File, err)
			}
			m.Logo = logo
		}
		// A marking the messages know is printed in the document's language.
		m.Marking = p.Marking
		if t := j.loc.Text(locales.M("marking." + p.Marking)); !strings.HasPrefix(t, "[") {
			m.Marking = t
		}
	}
	if c.Fictitious {
		m.Banner = j.loc.Text(locales.M("doc.fictitious"))
	}
	m.Images = j.pictures(c)
	if j.draft {
		m.Draft = j.loc.Text(locales.M("doc.draft"))
	}
	return m, nil
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
