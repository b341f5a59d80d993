package casefile

import (
	"bytes"
	"fmt"
	"maps"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"coregroup/locales"
	"coregroup/report"
)

// KeyedText is one localised text of a case file with its key path: the
// keys from the top of the file joined by dots, with [id] after a list
// whose items have ids and [n], counting from 0, after one whose items
// have not, such as children[ella].plan.worries[w-school].child or
// meetings[2].working_well[0]. Unlike a line number, a key path stays the
// same when the file is edited elsewhere; it is unique within a file.
type KeyedText struct {
	Path string
	// Key is the key the text is given under ("child"), and Doc what the
	// key means, from the model's doc tag.
	Key, Doc string
	Text     Text
}

// KeyedTexts returns every set localised text of the case file in data,
// in file order, each with its key path. When the file does not load
// without errors it returns no texts, and the problems.
func KeyedTexts(name string, data []byte) (*Case, []KeyedText, report.List) {
	c, sites, probs := textSites(name, data)
	out := make([]KeyedText, len(sites))
	for i, s := range sites {
		out[i] = s.KeyedText
	}
	return c, out, probs
}

// textSite is a KeyedText with its place in the YAML tree.
type textSite struct {
	KeyedText
	node *yaml.Node // the text: a scalar, or a mapping by language
	key  *yaml.Node // the key it is given under; nil for a list item
	flow bool       // whether it is inside a flow collection ({…} or […])
}

var bom = []byte("\uFEFF")

func textSites(name string, data []byte) (*Case, []textSite, report.List) {
	c, probs := Parse(name, data)
	if c == nil || probs.Err() != nil {
		return c, nil, probs
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(bytes.TrimPrefix(data, bom), &doc); err != nil || len(doc.Content) == 0 {
		// Parse has read the same bytes, so this does not happen.
		probs.Add("load.yaml", report.Error, report.Position{File: name}, locales.M("load.parser-failed"))
		return nil, nil, probs
	}
	w := siteWalker{set: map[[2]int]Text{}}
	c.EachText(func(_ string, t Text) { w.set[[2]int{t.Pos.Line, t.Pos.Col}] = t })
	w.walk(doc.Content[0], reflect.TypeFor[Case](), "", nil, nil, false)
	return c, w.sites, probs
}

// siteWalker walks the YAML tree and the model's types side by side, as
// the decoder does, and keeps the texts the loaded case has set.
type siteWalker struct {
	set   map[[2]int]Text // the loaded texts by line and column
	sites []textSite
}

func (w *siteWalker) walk(n *yaml.Node, t reflect.Type, path string, f *field, key *yaml.Node, flow bool) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	inner := flow || n.Style&yaml.FlowStyle != 0
	switch {
	case t == textType:
		if tx, ok := w.set[[2]int{n.Line, n.Column}]; ok && f != nil {
			kt := KeyedText{Path: path, Key: f.key, Doc: f.doc, Text: tx}
			w.sites = append(w.sites, textSite{KeyedText: kt, node: n, key: key, flow: flow})
		}
	case isModelStruct(t) && n.Kind == yaml.MappingNode:
		fields := fieldsOf(t)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if fd := findField(fields, k.Value); fd != nil && k.Kind == yaml.ScalarNode {
				p := fd.key
				if path != "" {
					p = path + "." + p
				}
				w.walk(n.Content[i+1], fd.typ, p, fd, k, inner)
			}
		}
	case t.Kind() == reflect.Slice && n.Kind == yaml.SequenceNode:
		used := map[string]bool{}
		for i, item := range n.Content {
			seg := itemID(item, t.Elem())
			if seg == "" || used[seg] {
				seg = strconv.Itoa(i)
			}
			used[seg] = true
			w.walk(item, t.Elem(), path+"["+seg+"]", f, nil, inner)
		}
	}
}

// itemID returns the id a list item gives itself, or "".
func itemID(item *yaml.Node, t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if !isModelStruct(t) || item.Kind != yaml.MappingNode {
		return ""
	}
	for _, f := range fieldsOf(t) {
		if f.id == "" {
			continue
		}
		for i := 0; i+1 < len(item.Content); i += 2 {
			if item.Content[i].Value == f.key && item.Content[i+1].Kind == yaml.ScalarNode {
				return strings.TrimSpace(item.Content[i+1].Value)
			}
		}
	}
	return ""
}

// Splice writes translations into the case file in data and returns the
// new file and how many texts changed. texts maps key paths (see KeyedText) to the text in language
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
	if !validLang(lang) {
		return nil, 0, fmt.Errorf("%q is not a language tag", lang)
	}
	hasBOM := bytes.HasPrefix(data, bom)
	body := bytes.TrimPrefix(data, bom)
	c, sites, probs := textSites(name, body)
	if err := probs.Err(); err != nil {
		return nil, 0, fmt.Errorf("%s does not load:\n%w", name, err)
	}
	plainLang := c.TextLanguage
	if plainLang == "" {
		plainLang = "en"
	}
	byPath := map[string]*textSite{}
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
		tr := cleanText(texts[p])
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
func verifySplice(name string, before []textSite, out []byte, lang, plainLang string, want map[string]string) error {
	_, after, probs := textSites(name, out)
	if err := probs.Err(); err != nil {
		return fmt.Errorf("%s would not load with the translations, so it is left as it is:\n%w", name, err)
	}
	got := map[string]Text{}
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
			maps.DeleteFunc(bv, func(k, _ string) bool { return sameLanguage(k, lang) })
			maps.DeleteFunc(av, func(k, _ string) bool { return sameLanguage(k, lang) })
		}
		if !maps.Equal(bv, av) {
			return fmt.Errorf("%s: %s would change, so the file is left as it is", b.Text.Pos, b.Path)
		}
	}
	return nil
}

func langValues(t Text, plainLang string) map[string]string {
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
func (s *splicer) parentIndent(site *textSite) int {
	if site.key != nil {
		return site.key.Column - 1
	}
	off, err := s.offset(site.node)
	if err != nil {
		return site.node.Column - 1
	}
	i := off - 1
	for i >= 0 && s.data[i] == ' ' {
		i--
	}
	if i >= 0 && s.data[i] == '-' {
		return site.node.Column - 1 - (off - i)
	}
	return site.node.Column - 1
}

func (s *splicer) translate(site *textSite, lang, source, plainLang, tr string) (edit, error) {
	n := site.node
	switch {
	case n.Kind == yaml.MappingNode:
		return s.intoMapping(site, lang, source, tr)
	case sameLanguage(plainLang, lang):
		// A plain string already in lang: the translation replaces it.
		return s.replaceValue(n, s.parentIndent(site), site.flow, tr)
	case n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		return s.blockToMapping(site, lang, plainLang, tr)
	}
	return s.plainToFlow(site, lang, plainLang, tr)
}

// intoMapping replaces or adds the lang entry of a text given per language.
func (s *splicer) intoMapping(site *textSite, lang, source, tr string) (edit, error) {
	n := site.node
	flow := site.flow || n.Style&yaml.FlowStyle != 0
	var anchor, anchorValue *yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if sameLanguage(k.Value, lang) {
			return s.replaceValue(v, k.Column-1, flow, tr)
		}
		if anchor == nil && sameLanguage(k.Value, source) {
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
	case isNull(v) && v.Value == "":
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
func (s *splicer) plainToFlow(site *textSite, lang, plainLang, tr string) (edit, error) {
	n := site.node
	start, end, err := s.flowScalar(n, s.parentIndent(site), site.flow)
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
func (s *splicer) blockToMapping(site *textSite, lang, plainLang, tr string) (edit, error) {
	n := site.node
	b, err := s.blockScalar(n, s.parentIndent(site))
	if err != nil {
		return edit{}, err
	}
	start, m, prefix := b.start, n.Column-1, ""
	if site.key != nil {
		// key: >-   becomes   key:
		//                        cy: >-
		m = site.key.Column - 1 + 2
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

// blockText is a block scalar as written.
type blockText struct {
	start, end int      // from the indicator to the end of the last line with text
	header     string   // the indicator line, from | or > on
	indent     int      // the indentation of the content
	digit      bool     // whether the header gives the indentation
	lines      []string // the content lines, without line breaks
}

// blockScalar finds the extent of a block scalar whose collection is
// indented by parent.
func (s *splicer) blockScalar(n *yaml.Node, parent int) (*blockText, error) {
	start, err := s.offset(n)
	if err != nil {
		return nil, err
	}
	if start >= len(s.data) || (s.data[start] != '|' && s.data[start] != '>') {
		return nil, fmt.Errorf("the block does not start with | or >")
	}
	b := &blockText{start: start, end: s.lineEnd(start), indent: -1}
	b.header = string(s.data[start:b.end])
	for _, c := range b.header[1:] {
		if c >= '1' && c <= '9' {
			b.indent, b.digit = parent+int(c-'0'), true
		} else if c != '-' && c != '+' {
			break
		}
	}
	var blank []string
	for off := s.nextLine(start); off >= 0; off = s.nextLine(off) {
		line := string(s.data[off:s.lineEnd(off)])
		text := strings.TrimLeft(line, " ")
		if text == "" {
			blank = append(blank, line)
			continue
		}
		ind := len(line) - len(text)
		if b.indent < 0 {
			if ind <= parent {
				break
			}
			b.indent = ind
		}
		if ind < b.indent {
			break
		}
		b.lines = append(append(b.lines, blank...), line)
		blank = nil
		b.end = s.lineEnd(off)
	}
	// Read the block again on its own, to be sure of where it ends. Blank
	// lines after it stay where they are, so a |+ block may lose trailing
	// line breaks, which the loader drops anyway.
	header, lines := b.reindent(2)
	var v struct{ V yaml.Node }
	doc := "v: " + header + "\n" + strings.Join(lines, "\n") + "\n"
	if yaml.Unmarshal([]byte(doc), &v) != nil || strings.TrimRight(v.V.Value, "\n") != strings.TrimRight(n.Value, "\n") {
		return nil, fmt.Errorf("cannot tell where the block ends")
	}
	return b, nil
}

// reindent returns the header and the lines with the content indented by
// to, the collection it belongs to then being indented by to-2.
func (b *blockText) reindent(to int) (string, []string) {
	header := b.header
	if b.digit {
		i := strings.IndexAny(header, "123456789")
		header = header[:i] + "2" + header[i+1:]
	}
	out := make([]string, len(b.lines))
	for i, l := range b.lines {
		if len(l) > b.indent {
			out[i] = strings.Repeat(" ", to) + l[b.indent:]
		}
	}
	return header, out
}

// flowScalar finds the extent of a plain or quoted scalar whose collection
// is indented by parent: a quoted one to its closing quote, a plain one to
// the end of its text on the line (before any comment) and, outside flow
// collections, on the more indented lines that continue it.
func (s *splicer) flowScalar(n *yaml.Node, parent int, flow bool) (int, int, error) {
	start, err := s.offset(n)
	if err != nil {
		return 0, 0, err
	}
	end := -1
	switch {
	case n.Style&yaml.DoubleQuotedStyle != 0, n.Style&yaml.SingleQuotedStyle != 0:
		q := s.data[start]
		for i := start + 1; i < len(s.data) && end < 0; i++ {
			switch {
			case q == '"' && s.data[i] == '\\':
				i++
			case q == '\'' && s.data[i] == '\'' && i+1 < len(s.data) && s.data[i+1] == '\'':
				i++
			case s.data[i] == q:
				end = i + 1
			}
		}
		var v yaml.Node
		if end < 0 || yaml.Unmarshal(s.data[start:end], &v) != nil || len(v.Content) == 0 || v.Content[0].Value != n.Value {
			return 0, 0, fmt.Errorf("cannot tell where the quoted text ends")
		}
		return start, end, nil
	}
	var lines []string
	text, comment := plainOnLine(string(s.data[start:s.lineEnd(start)]), flow)
	lines, end = append(lines, text), start+len(text)
	for off := s.nextLine(start); !flow && !comment && off >= 0; off = s.nextLine(off) {
		line := string(s.data[off:s.lineEnd(off)])
		trimmed := strings.TrimLeft(line, " ")
		if trimmed == "" {
			lines = append(lines, "")
			continue
		}
		ind := len(line) - len(trimmed)
		if ind <= parent || trimmed[0] == '#' {
			break
		}
		text, comment = plainOnLine(trimmed, false)
		lines, end = append(lines, text), off+ind+len(text)
	}
	if foldPlain(lines) != n.Value {
		return 0, 0, fmt.Errorf("cannot tell where the text ends: write it on one line, in quotes, or as a block (>-)")
	}
	return start, end, nil
}

// plainOnLine returns the part of a line that is a plain scalar's text,
// and whether a comment follows it.
func plainOnLine(line string, flow bool) (string, bool) {
	comment := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		if c == '#' && i > 0 && (line[i-1] == ' ' || line[i-1] == '\t') {
			line, comment = line[:i], true
			break
		}
		if flow && strings.IndexByte(",[]{}", c) >= 0 {
			line = line[:i]
			break
		}
	}
	return strings.TrimRight(line, " \t"), comment
}

// foldPlain joins the lines of a plain scalar as YAML does: a line break
// becomes a space, and n blank lines n line breaks.
func foldPlain(lines []string) string {
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	var b strings.Builder
	blank := 0
	for i, l := range lines {
		l = strings.TrimSpace(l)
		switch {
		case i == 0:
		case l == "":
			blank++
			continue
		case blank > 0:
			b.WriteString(strings.Repeat("\n", blank))
		default:
			b.WriteByte(' ')
		}
		blank = 0
		b.WriteString(l)
	}
	return b.String()
}

// value writes a translation for a value whose block content would be
// indented by indent: plain or double-quoted in a flow collection; |- for
// text with line breaks, >- where a block is preferred, when YAML reads it
// back unchanged; otherwise plain or double-quoted.
func (s *splicer) value(tr string, flow, preferBlock bool, indent int) string {
	switch {
	case flow:
		return inline(tr, true)
	case strings.Contains(tr, "\n"):
		if blockOK(tr, true) {
			return "|-" + s.blockLines(strings.Split(tr, "\n"), indent)
		}
		return doubleQuote(tr)
	case preferBlock && blockOK(tr, false):
		return ">-" + s.blockLines(foldLines(tr, max(78-indent, 40)), indent)
	}
	return inline(tr, false)
}

func (s *splicer) blockLines(lines []string, indent int) string {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(s.nl)
		if l != "" {
			b.WriteString(strings.Repeat(" ", indent) + l)
		}
	}
	return b.String()
}

// blockOK reports whether a block scalar (|- when literal, >- otherwise)
// reads back as s: no tabs, carriage returns or unprintable characters,
// no space at the start of the text or at the end of a line, no line of
// spaces only, and for >- no line break and no run of spaces.
func blockOK(s string, literal bool) bool {
	if s == "" || s[0] == ' ' || s[0] == '\n' || (!literal && strings.ContainsAny(s, "\n")) {
		return false
	}
	for _, l := range strings.Split(s, "\n") {
		if strings.HasSuffix(l, " ") || !printable(l) || (!literal && strings.Contains(l, "  ")) {
			return false
		}
	}
	return true
}

// foldLines breaks a line into lines of about width characters for a >-
// block, only at single spaces, so that folding joins them back exactly.
func foldLines(s string, width int) []string {
	var words []string
	from := 0
	for i := 1; i+1 < len(s); i++ {
		if s[i] == ' ' && s[i-1] != ' ' && s[i+1] != ' ' {
			words = append(words, s[from:i])
			from = i + 1
		}
	}
	words = append(words, s[from:])
	lines := []string{words[0]}
	for _, w := range words[1:] {
		last := &lines[len(lines)-1]
		if utf8.RuneCountInString(*last)+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, w)
		} else {
			*last += " " + w
		}
	}
	return lines
}

// inline writes s plain when YAML reads it back as the same string, and
// double-quoted otherwise.
func inline(s string, flow bool) string {
	if plainOK(s, flow) {
		return s
	}
	return doubleQuote(s)
}

// plainOK reports whether s can be written as a plain scalar, in a flow
// collection when flow is true, and read back as the same string.
func plainOK(s string, flow bool) bool {
	if s == "" || s != strings.TrimSpace(s) || strings.ContainsAny(s, "\n\r\t") || !printable(s) {
		return false
	}
	if strings.ContainsRune("-?:,[]{}#&*!|>'\"%@`", rune(s[0])) ||
		strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") {
		return false
	}
	doc := "v: " + s
	if flow {
		if strings.ContainsAny(s, ",[]{}:") {
			return false
		}
		doc = "{v: " + s + "}"
	}
	var v struct{ V yaml.Node }
	return yaml.Unmarshal([]byte(doc), &v) == nil && v.V.Tag == "!!str" && v.V.Style == 0 && v.V.Value == s
}

func printable(s string) bool {
	for _, r := range s {
		if !unicode.IsPrint(r) {
			return false
		}
	}
	return true
}

// doubleQuote writes s as a YAML double-quoted scalar.
func doubleQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case unicode.IsPrint(r):
			b.WriteRune(r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			fmt.Fprintf(&b, `\U%08X`, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
