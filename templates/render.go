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
}

// Write returns the documents of a kind for a case: one plan per child,
// one of each other kind.
func (s *Set) Write(c *casefile.Case, kind string, opts Options) ([]Document, error) {
	if langs := strings.Split(opts.Lang, "+"); len(langs) > 1 {
		return s.bilingual(c, kind, opts, langs)
	}
	l, err := locales.New(opts.Lang)
	if err != nil {
		return nil, err
	}
	f := funcs(l)
	var docs []Document
	emit := func(part, title string, data any, large bool, b *builder) error {
		md, err := s.execute(kind, data, f)
		if err != nil {
			return fmt.Errorf("%s: %w", kind, err)
		}
		docs = append(docs, Document{Kind: kind, Part: part, Title: title, Markdown: md, Large: large, Missing: b.missing})
		return nil
	}
	setChild := func(id string) { docs[len(docs)-1].Child = id }
	switch kind {
	case "plan":
		for i := range c.Children {
			b := newBuilder(c, opts.Lang, l)
			ch := &c.Children[i]
			v := b.plan(ch, opts.AsOf)
			part := ""
			if len(c.Children) > 1 {
				part = ch.ID
			}
			if err := emit(part, l.Text(locales.M("family-plan.doc-title", "Name", v.Child.Name.Raw())), v, true, b); err != nil {
				return nil, err
			}
			setChild(ch.ID)
		}
	case "minutes":
		b := newBuilder(c, opts.Lang, l)
		m, err := pickMeeting(c, opts.Meeting, opts.AsOf)
		if err != nil {
			return nil, err
		}
		if err := emit("", l.Text(locales.M("minutes.doc-title")), b.minutes(m), false, b); err != nil {
			return nil, err
		}
	case "resolution-request":
		b := newBuilder(c, opts.Lang, l)
		v := b.request(opts.AsOf)
		if opts.Blank {
			v = RequestView{Doc: DocView{Blank: true}}
		}
		if err := emit("", l.Text(locales.M("request.doc-title")), v, false, b); err != nil {
			return nil, err
		}
	case "agenda", "resolution-record":
		b := newBuilder(c, opts.Lang, l)
		m, err := pickResolutionMeeting(c, opts.Meeting)
		if err != nil {
			return nil, err
		}
		v := b.resolutionMeeting(m)
		if opts.Blank {
			v = ResolutionMeetingView{Doc: DocView{Blank: true}}
		}
		id := map[string]string{"agenda": "agenda.doc-title", "resolution-record": "record.doc-title"}[kind]
		if err := emit("", l.Text(locales.M(id)), v, false, b); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("unknown document %q: use one of %v", kind, Kinds)
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
		}
	}
	return out, nil
}
