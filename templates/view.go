package templates

import (
	"coregroup/casefile"
	"coregroup/locales"
	"coregroup/report"
)

// builder turns case values into Values in one language, noting the texts
// that have no version in it.
type builder struct {
	c       *casefile.Case
	l       *locales.Localizer // the document's first language
	ls      []*locales.Localizer
	lang    string   // the document's first language
	langs   []string // all its languages: two or more for a bilingual form
	source  string
	missing []Untranslated
	sources []Source
	people  map[string]Person
	// meeting and tier are the day and the resolution tier of the
	// meeting a record or agenda is of, for the document's file name.
	meeting casefile.Date
	tier    int
}

func newBuilder(c *casefile.Case, langs []string, ls []*locales.Localizer) *builder {
	b := &builder{c: c, l: ls[0], ls: ls, lang: langs[0], langs: langs, source: c.PlainLanguage(), people: map[string]Person{}}
	for _, ch := range c.Children {
		name := b.value(ch.Name, ch.At.Of("name"))
		if ch.KnownAs != "" {
			name = b.value(ch.KnownAs, ch.At.Of("known_as"))
		}
		b.people[ch.ID] = Person{Name: name, Child: true}
	}
	for _, f := range c.Family {
		b.people[f.ID] = Person{Name: b.value(f.Name, f.At.Of("name")), Role: b.text(f.Relationship),
			Address: b.value(f.Address, f.At.Of("address")), Born: f.Born, Family: true}
	}
	for _, m := range c.Members {
		b.people[m.ID] = Person{Name: b.value(m.Name, m.At.Of("name")), Role: b.roleOf(m), Agency: b.text(m.Agency),
			Contact: b.value(m.Contact, m.At.Of("contact")), Member: true, RoleID: m.Role}
	}
	return b
}

// value makes a Value of a plain string of the case, given at pos.
func (b *builder) value(s string, pos report.Position) Value {
	if s != "" {
		b.sources = append(b.sources, Source{Text: s, Pos: pos})
	}
	return V(s)
}

// text returns a case text in the document's language; in a bilingual
// form, in each of its languages.
func (b *builder) text(t casefile.Text) Value {
	if !t.IsSet() {
		return Value{}
	}
	var v Value
	for i, lang := range b.langs {
		w := b.textIn(t, lang, b.ls[i])
		if i == 0 {
			v = w
			continue
		}
		if w.s != v.s || w.Missing != v.Missing {
			v.alt = append(v.alt, w.s)
		}
		v.Missing = v.Missing || w.Missing
	}
	return v
}

// textIn returns a case text in one language, or the placeholder of a
// text the case does not have in it.
func (b *builder) textIn(t casefile.Text, lang string, l *locales.Localizer) Value {
	if s, ok := t.In(lang, b.source); ok {
		return b.value(s, textPos(t, s))
	}
	b.missing = append(b.missing, Untranslated{Pos: t.Pos, Lang: lang, Text: b.anyVersion(t)})
	// Visible in a draft; a document with missing text is not written
	// otherwise. Never the text of another language.
	return Value{s: l.Text(locales.M("doc.untranslated")), Missing: true}
}

// anyVersion returns a text in a language the case gives it in: the
// source language's first, else the first language by tag.
func (b *builder) anyVersion(t casefile.Text) string {
	if s, ok := t.In(b.source, b.source); ok {
		return s
	}
	for _, tag := range t.Langs(b.source) {
		if s, ok := t.In(tag, b.source); ok {
			return s
		}
	}
	return ""
}

// Untranslated is a case text with no version in a document's language.
type Untranslated struct {
	// Pos is where the case file gives the text.
	Pos report.Position
	// Lang is the language the text lacks, such as "cy".
	Lang string
	// Text is the text in a language the case does give it in.
	Text string
}

// either returns the first of two texts that is set: a child's wording or
// the plain one.
func (b *builder) either(first, second casefile.Text) Value {
	if first.IsSet() {
		return b.text(first)
	}
	return b.text(second)
}

func (b *builder) texts(ts []casefile.Text) []Value {
	out := make([]Value, 0, len(ts))
	for _, t := range ts {
		out = append(out, b.text(t))
	}
	return out
}

// person returns who a reference names.
func (b *builder) person(r casefile.Ref) Person {
	if p, ok := b.people[r.ID]; ok {
		return p
	}
	return Person{Name: b.value(r.ID, r.Pos)}
}

// roleOf is a professional's job: their own title, or the role's name.
func (b *builder) roleOf(m casefile.Member) Value {
	if m.Title.IsSet() {
		return b.text(m.Title)
	}
	return V(inEach(b.ls, func(l *locales.Localizer) string { return l.Text(locales.M("role." + m.Role)) }))
}

// Person is someone in a document.
type Person struct {
	// Name is the full name (for a child, the name they are known by).
	Name Value
	// Role is a professional's job or a family member's relationship.
	Role, Agency, Contact, Address Value
	Born                           casefile.Date
	// RoleID is a professional's role key, such as "social-worker".
	RoleID                string
	Child, Family, Member bool
}
