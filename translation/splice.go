package translation

import (
	"bytes"
	"fmt"
	"maps"
	"sort"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"coregroup/casefile"
	"coregroup/locales"
)

// Splice writes translations into the case file in data and returns the
// new file and how many texts changed. texts maps key paths (see
// casefile.KeyedText) to the text in language
// lang; source is the language translations are made from. Only the bytes
// of each translated text change: comments, key order, quoting and line
// breaks elsewhere are kept byte for byte.
//
//   - A text given per language with an entry for lang has that entry's
//     value replaced.
//   - A text given per language without one gets a lang entry before the
//     source language's entry (or the first entry), in the mapping's
//     style: in {…}, or on a line of its own at the same indentation.
//   - A plain string on one line becomes {lang: …, en: …} on that line,
//     the original kept as written (quoted if a mapping needs it); a block
//     scalar (| or >) becomes a block mapping with the translation as a
//     >- block first and the original block, reindented, after it. The key
//     of the original is the file's text_language (default en).
//
// A translation is written plain when YAML reads it back unchanged and
// double-quoted with escapes otherwise, or as a block scalar where it
// replaces or sits beside one (>-, or |- for text with line breaks).
// Translations are normalised as the loader reads them (NFC, no trailing
// line break); one equal to the text's version in lang is skipped, so
// splicing twice changes nothing.
//
// Splice fails, and returns no file, when data does not load without
// errors, a path names no text, the extent of a value cannot be told from
// the text (a plain scalar on several lines in a flow collection), or the
// result would not read back as the same case with exactly the
// translations added.
func Splice(name string, data []byte, lang, source string, texts map[string]string) ([]byte, int, error) {
	if locales.Base(lang) == "" {
		return nil, 0, fmt.Errorf("%q is not a language tag", lang)
	}
	hasBOM := bytes.HasPrefix(data, bom)
	body := bytes.TrimPrefix(data, bom)
	c, sites, probs := casefile.KeyedTexts(name, body)
	if err := probs.Err(); err != nil {
		return nil, 0, fmt.Errorf("%s does not load:\n%w", name, err)
	}
	plainLang := c.PlainLanguage()
	byPath := map[string]*casefile.KeyedText{}
	for i := range sites {
		byPath[sites[i].Path] = &sites[i]
	}
	paths := make([]string, 0, len(texts))
	for p := range texts {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	s := newSplicer(body)
	var edits []edit
	want := map[string]string{}
	for _, p := range paths {
		site := byPath[p]
		if site == nil {
			return nil, 0, fmt.Errorf("%s: no text %s in the case", name, p)
		}
		tr := casefile.CleanText(texts[p])
		if tr == "" {
			return nil, 0, fmt.Errorf("%s: the translation of %s is empty", site.Text.Pos, p)
		}
		if cur, ok := site.Text.In(lang, plainLang); ok && cur == tr {
			continue
		}
		e, err := s.translate(site, lang, source, plainLang, tr)
		if err != nil {
			return nil, 0, fmt.Errorf("%s: cannot write the translation of %s: %w", site.Text.Pos, p, err)
		}
		edits = append(edits, e)
		want[p] = tr
	}
	if len(edits) == 0 {
		return data, 0, nil
	}
	out, err := applyEdits(body, edits)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", name, err)
	}
	if err := verifySplice(name, sites, out, lang, plainLang, want); err != nil {
		return nil, 0, err
	}
	if hasBOM {
		out = append(append([]byte{}, bom...), out...)
	}
	return out, len(edits), nil
}

// bom is the byte order mark a case file may start with.
var bom = []byte("\uFEFF")

// edit replaces data[start:end] with text.
type edit struct {
	start, end int
	text       string
}

func applyEdits(data []byte, edits []edit) ([]byte, error) {
	sort.Slice(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
	var out bytes.Buffer
	at := 0
	for _, e := range edits {
		if e.start < at {
			return nil, fmt.Errorf("two texts overlap at byte %d", e.start)
		}
		out.Write(data[at:e.start])
		out.WriteString(e.text)
		at = e.end
	}
	out.Write(data[at:])
	return out.Bytes(), nil
}

// verifySplice checks that out loads without errors and holds the same
// texts as before, except that each text in want now reads as its
// translation in lang.
func verifySplice(name string, before []casefile.KeyedText, out []byte, lang, plainLang string, want map[string]string) error {
	_, after, probs := casefile.KeyedTexts(name, out)
	if err := probs.Err(); err != nil {
		return fmt.Errorf("%s would not load with the translations, so it is left as it is:\n%w", name, err)
	}
	got := map[string]casefile.Text{}
	for _, a := range after {
		got[a.Path] = a.Text
	}
	if len(got) != len(before) {
		return fmt.Errorf("%s would have %d texts instead of %d with the translations, so it is left as it is", name, len(got), len(before))
	}
	for _, b := range before {
		a, ok := got[b.Path]
		if !ok {
			return fmt.Errorf("%s: %s would be lost, so the file is left as it is", b.Text.Pos, b.Path)
		}
		bv, av := langValues(b.Text, plainLang), langValues(a, plainLang)
		if tr, ok := want[b.Path]; ok {
			if v, ok := a.In(lang, plainLang); !ok || v != tr {
				return fmt.Errorf("%s: %s would read back as %q, not as its translation %q, so the file is left as it is", b.Text.Pos, b.Path, v, tr)
			}
			maps.DeleteFunc(bv, func(k, _ string) bool { return locales.SameLanguage(k, lang) })
			maps.DeleteFunc(av, func(k, _ string) bool { return locales.SameLanguage(k, lang) })
		}
		if !maps.Equal(bv, av) {
			return fmt.Errorf("%s: %s would change, so the file is left as it is", b.Text.Pos, b.Path)
		}
	}
	return nil
}

func langValues(t casefile.Text, plainLang string) map[string]string {
	if t.ByLang == nil {
		return map[string]string{plainLang: t.Plain}
	}
	return maps.Clone(t.ByLang)
}

// splicer finds the extent of values in a case file's text and writes new
// ones in the file's style.
type splicer struct {
	data  []byte
	lines []int  // where each line starts
	nl    string // the file's line break
}

func newSplicer(data []byte) *splicer {
	s := &splicer{data: data, lines: []int{0}, nl: "\n"}
	for i, b := range data {
		if b == '\n' {
			s.lines = append(s.lines, i+1)
		}
	}
	if bytes.Contains(data, []byte("\r\n")) {
		s.nl = "\r\n"
	}
	return s
}

// offset returns where a node starts in the data. YAML columns count
// characters, not bytes.
func (s *splicer) offset(n *yaml.Node) (int, error) {
	if n.Line < 1 || n.Line > len(s.lines) {
		return 0, fmt.Errorf("no line %d", n.Line)
	}
	off := s.lines[n.Line-1]
	for col := 1; col < n.Column; col++ {
		if off >= len(s.data) || s.data[off] == '\n' {
			return 0, fmt.Errorf("no column %d on line %d", n.Column, n.Line)
		}
		_, size := utf8.DecodeRune(s.data[off:])
		off += size
	}
	return off, nil
}

// lineEnd returns where the line off is on ends, before its line break.
func (s *splicer) lineEnd(off int) int {
	end := len(s.data)
	if i := bytes.IndexByte(s.data[off:], '\n'); i >= 0 {
		end = off + i
	}
	if end > off && s.data[end-1] == '\r' {
		end--
	}
	return end
}

// nextLine returns where the line after the one off is on starts, or -1.
func (s *splicer) nextLine(off int) int {
	if i := bytes.IndexByte(s.data[off:], '\n'); i >= 0 {
		return off + i + 1
	}
	return -1
}

// parentIndent returns the indentation of the collection a text is in:
// its key's column, or for a list item its dash's.
func (s *splicer) parentIndent(site *casefile.KeyedText) int {
	if site.KeyNode != nil {
		return site.KeyNode.Column - 1
	}
	off, err := s.offset(site.Node)
	if err != nil {
		return site.Node.Column - 1
	}
	i := off - 1
	for i >= 0 && s.data[i] == ' ' {
		i--
	}
	if i >= 0 && s.data[i] == '-' {
		return site.Node.Column - 1 - (off - i)
	}
	return site.Node.Column - 1
}

func (s *splicer) translate(site *casefile.KeyedText, lang, source, plainLang, tr string) (edit, error) {
	n := site.Node
	switch {
	case n.Kind == yaml.MappingNode:
		return s.intoMapping(site, lang, source, tr)
	case locales.SameLanguage(plainLang, lang):
		// A plain string already in lang: the translation replaces it.
		return s.replaceValue(n, s.parentIndent(site), site.Flow, tr)
	case n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		return s.blockToMapping(site, lang, plainLang, tr)
	}
	return s.plainToFlow(site, lang, plainLang, tr)
}

// intoMapping replaces or adds the lang entry of a text given per language.
func (s *splicer) intoMapping(site *casefile.KeyedText, lang, source, tr string) (edit, error) {
	n := site.Node
	flow := site.Flow || n.Style&yaml.FlowStyle != 0
	var anchor, anchorValue *yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if locales.SameLanguage(k.Value, lang) {
			return s.replaceValue(v, k.Column-1, flow, tr)
		}
		if anchor == nil && locales.SameLanguage(k.Value, source) {
			anchor, anchorValue = k, v
		}
	}
	if anchor == nil {
		anchor, anchorValue = n.Content[0], n.Content[1]
	}
	at, err := s.offset(anchor)
	if err != nil {
		return edit{}, err
	}
	if flow {
		return edit{at, at, lang + ": " + inline(tr, true) + ", "}, nil
	}
	ind := anchor.Column - 1
	block := anchorValue.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0
	return edit{at, at, lang + ": " + s.value(tr, false, block, ind+2) + s.nl + strings.Repeat(" ", ind)}, nil
}

// replaceValue replaces a scalar value; indent is its collection's.
func (s *splicer) replaceValue(v *yaml.Node, indent int, flow bool, tr string) (edit, error) {
	start, err := s.offset(v)
	if err != nil {
		return edit{}, err
	}
	switch {
	case v.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		b, err := s.blockScalar(v, indent)
		if err != nil {
			return edit{}, err
		}
		return edit{b.start, b.end, s.value(tr, false, true, indent+2)}, nil
	case v.Tag == "!!null" && v.Value == "":
		// An empty value ("cy:"): YAML puts it just after the colon.
		if start == 0 || s.data[start-1] != ':' {
			return edit{}, fmt.Errorf("cannot tell where the empty value is: write \"\" after the colon")
		}
		return edit{start, start, " " + s.value(tr, flow, false, indent+2)}, nil
	}
	start, end, err := s.flowScalar(v, indent, flow)
	if err != nil {
		return edit{}, err
	}
	return edit{start, end, s.value(tr, flow, false, indent+2)}, nil
}

// plainToFlow turns a plain string into {lang: translation, plainLang: original}.
func (s *splicer) plainToFlow(site *casefile.KeyedText, lang, plainLang, tr string) (edit, error) {
	n := site.Node
	start, end, err := s.flowScalar(n, s.parentIndent(site), site.Flow)
	if err != nil {
		return edit{}, err
	}
	orig := string(s.data[start:end])
	quoted := n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0
	if strings.ContainsAny(orig, "\r\n") || (!quoted && !plainOK(n.Value, true)) {
		orig = inline(n.Value, true) // written again on one line, quoted if need be
	}
	return edit{start, end, "{" + lang + ": " + inline(tr, true) + ", " + plainLang + ": " + orig + "}"}, nil
}

// blockToMapping turns a block scalar into a block mapping with the
// translation first and the original block, reindented, after it.
func (s *splicer) blockToMapping(site *casefile.KeyedText, lang, plainLang, tr string) (edit, error) {
	n := site.Node
	b, err := s.blockScalar(n, s.parentIndent(site))
	if err != nil {
		return edit{}, err
	}
	start, m, prefix := b.start, n.Column-1, ""
	if site.KeyNode != nil {
		// key: >-   becomes   key:
		//                        cy: >-
		m = site.KeyNode.Column - 1 + 2
		for start > 0 && s.data[start-1] == ' ' {
			start--
		}
		prefix = s.nl + strings.Repeat(" ", m)
	}
	header, lines := b.reindent(m + 2)
	var out strings.Builder
	out.WriteString(prefix + lang + ": " + s.value(tr, false, true, m+2))
	out.WriteString(s.nl + strings.Repeat(" ", m) + plainLang + ": " + header)
	for _, l := range lines {
		out.WriteString(s.nl + l)
	}
	return edit{start, b.end, out.String()}, nil
}
