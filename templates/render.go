package templates

import (
	"fmt"
	"strings"
	"time"

	"coregroup/casefile"
	"coregroup/locales"
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
	// RecordDue gives, by the day of a meeting (YYYY-MM-DD), the day its
	// record is due to be circulated under the case's policy; the record
	// of a meeting in it that is not yet circulated says it will be by
	// then. Nil leaves that out.
	RecordDue map[string]time.Time
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
	// Meeting is the day of the meeting a record or an agenda is of; zero
	// for other documents and for blank forms.
	Meeting casefile.Date
	// Tier is the tier (1 or 2) of a resolution meeting's agenda or record;
	// 0 for other documents and when the case has no such meeting yet.
	Tier int
	// Title is the document's title in its language, as plain text; in
	// several, each language's joined with " / ".
	Title string
	// Langs are the document's languages, in order: one, or for a
	// bilingual document (Options.Lang "cy+en") each of them.
	Langs []string
	// Titles are the title in each of Langs.
	Titles []string
	// Interleaved marks a document in several languages that is one
	// document with every label in each of them (a form); a document in
	// several languages that is not is one part per language, each begun
	// by a pagebreak block with part: N.
	Interleaved bool
	// Markdown is the document.
	Markdown []byte
	// Large asks for the large clear type of the family's copy.
	Large bool
	// Missing lists case texts that have no version in the document's
	// language (for a bilingual document, in one of its languages); the
	// document shows a placeholder for each.
	Missing []Untranslated
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
	langs := strings.Split(opts.Lang, "+")
	if len(langs) > 1 && !k.Blank {
		return s.bilingual(c, kind, opts, langs)
	}
	var ls []*locales.Localizer
	for _, lang := range langs {
		l, err := locales.New(lang)
		if err != nil {
			return nil, err
		}
		ls = append(ls, l)
	}
	f := funcs(ls...)
	children := []*casefile.Child{nil}
	if k.PerChild {
		children = children[:0]
		for i := range c.Children {
			children = append(children, &c.Children[i])
		}
	}
	var docs []Document
	for _, ch := range children {
		b := newBuilder(c, langs, ls)
		data, err := k.build(b, ch, opts)
		if err != nil {
			return nil, err
		}
		md, err := s.execute(kind, data, f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", kind, err)
		}
		d := Document{Kind: kind, Markdown: md, Large: k.Large, Missing: b.missing, Sources: b.sources, Meeting: b.meeting, Tier: b.tier,
			Langs: langs, Interleaved: len(langs) > 1}
		for _, l := range ls {
			if ch == nil {
				d.Titles = append(d.Titles, l.Text(locales.M(k.Title)))
			} else {
				d.Titles = append(d.Titles, l.Text(locales.M(k.Title, "Name", b.people[ch.ID].Name.Raw())))
			}
		}
		d.Title = strings.Join(d.Titles, " / ")
		if ch != nil {
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
// in the order given ("cy+en": Welsh first), each language a part of its
// own that starts on an odd page with the same type, size and layout:
// Welsh-then-English sections rather than facing columns, so that neither
// language is squeezed and each reads whole. (A form is one document with
// every label in each language instead: see Kind.Blank.)
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
			out[j].Titles = append(out[j].Titles, docs[j].Titles...)
			out[j].Langs = append(out[j].Langs, lang)
			out[j].Markdown = append(append(out[j].Markdown, fmt.Sprintf("\n```pagebreak\npart: %d\nlang: %s\n```\n\n", i+1, lang)...), docs[j].Markdown...)
			out[j].Missing = append(out[j].Missing, docs[j].Missing...)
			out[j].Sources = append(out[j].Sources, docs[j].Sources...)
		}
	}
	return out, nil
}
