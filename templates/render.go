package templates

import (
	"fmt"
	"strings"
	"time"

	"coregroup/casefile"
	"coregroup/locales"
	"coregroup/report"
)

// Options choose what to write.
type Options struct {
	// Lang is the document's language, such as "en".
	Lang string
	// AsOf is the day the document is written as on: which meetings have
	// been held and which is next.
	AsOf time.Time
	// Meeting picks the meeting of a record or an agenda; zero means the
	// latest held.
	Meeting time.Time
	// Blank writes a form with nothing from the case, to fill in by hand.
	Blank bool
	// OutOfHours is the out-of-hours number of the case's policy profile,
	// which the family's plan gives when the case has none.
	OutOfHours string
}

// Document is one document, written.
type Document struct {
	// Kind is the document kind, such as "plan".
	Kind string
	// Part names one of several documents of a kind, such as the child's id
	// of a plan in a sibling group; "" when there is one.
	Part string
	// Child is the id of the child a plan is for; "" for other documents.
	Child string
	// Title is the document's title in its language, as plain text.
	Title string
	// Markdown is the document.
	Markdown []byte
	// Large asks for the large clear type of the family's copy.
	Large bool
	// Missing lists case texts that have no version in the document's
	// language; the document shows a placeholder for each.
	Missing []report.Position
	// Sources are the case values the document prints, with where the
	// case file gives them (see Blame).
	Sources []Source
}

// Write returns the documents of a kind for a case: one for each child of
// a per-child kind (a plan), else one.
func (s *Set) Write(c *casefile.Case, kind string, opts Options) ([]Document, error) {
	k, ok := s.kinds.Lookup(kind)
	if !ok {
		return nil, fmt.Errorf("unknown document %q: use one of %v", kind, s.kinds.Names())
	}
	if langs := strings.Split(opts.Lang, "+"); len(langs) > 1 {
		return s.bilingual(c, kind, opts, langs)
	}
	l, err := locales.New(opts.Lang)
	if err != nil {
		return nil, err
	}
	f := funcs(l)
	children := []*casefile.Child{nil}
	if k.PerChild {
		children = children[:0]
		for i := range c.Children {
			children = append(children, &c.Children[i])
		}
	}
	var docs []Document
	for _, ch := range children {
		b := newBuilder(c, opts.Lang, l)
		data, err := k.build(b, ch, opts)
		if err != nil {
			return nil, err
		}
		md, err := s.execute(kind, data, f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", kind, err)
		}
		d := Document{Kind: kind, Markdown: md, Large: k.Large, Missing: b.missing, Sources: b.sources}
		if ch == nil {
			d.Title = l.Text(locales.M(k.Title))
		} else {
			d.Title = l.Text(locales.M(k.Title, "Name", b.people[ch.ID].Name.Raw()))
			d.Child = ch.ID
			if len(c.Children) > 1 {
				d.Part = ch.ID
			}
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// bilingual writes each document in several languages, one after the other
// in the order given ("cy+en": Welsh first), each language starting on a
// new page with the same type, size and layout: Welsh-then-English
// sections rather than facing columns, so that neither language is
// squeezed and each reads whole.
func (s *Set) bilingual(c *casefile.Case, kind string, opts Options, langs []string) ([]Document, error) {
	var out []Document
	for i, lang := range langs {
		o := opts
		o.Lang = lang
		docs, err := s.Write(c, kind, o)
		if err != nil {
			return nil, err
		}
		if i == 0 {
			out = docs
			continue
		}
		for j := range out {
			out[j].Title += " / " + docs[j].Title
			out[j].Markdown = append(append(out[j].Markdown, "\n```pagebreak\n```\n\n"...), docs[j].Markdown...)
			out[j].Missing = append(out[j].Missing, docs[j].Missing...)
			out[j].Sources = append(out[j].Sources, docs[j].Sources...)
		}
	}
	return out, nil
}
