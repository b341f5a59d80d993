// Package po reads and writes gettext PO files: the format in which
// `coregroup translate export` hands a case's texts to translators and
// `coregroup translate import` takes the translations back.
//
// PO is the format because every translation tool opens it (Poedit,
// Weblate, Lokalise, memoQ, and Trados through its filters), because it is
// plain text that diffs well, and because it has the fields the work needs:
// msgctxt, a unique and stable key per entry (the case reference and the
// text's key path, see casefile.KeyedText); extracted comments ("#."), the context a
// translator reads; and references ("#:"), where the text is in the case
// file. The syntax is the one the GNU gettext manual describes
// (https://www.gnu.org/software/gettext/manual/html_node/PO-Files.html).
package po

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Entry is one entry of a PO file. The header entry is the one with an
// empty ID and no context.
type Entry struct {
	// Line is the line the entry starts on, when it was read from a file.
	Line int
	// Comments are the translator's own comments ("# …"), Extracted the
	// comments for the translator ("#. …"), References where the text
	// comes from ("#: …") and Flags the flags ("#, fuzzy").
	Comments, Extracted, References, Flags []string
	// Previous holds the "#|" lines (a previous msgid), as written.
	Previous []string
	// Context is the msgctxt; HasContext tells msgctxt "" from none.
	Context    string
	HasContext bool
	// ID is the msgid, the source text, and Str the msgstr, its
	// translation ("" when not translated yet).
	ID, Str string
	// Plural is the msgid_plural and Strs the msgstr[n] of a plural
	// entry; coregroup writes none but reads them.
	Plural    string
	HasPlural bool
	Strs      []string
}

// Fuzzy reports whether the entry is flagged fuzzy: a guess the translator
// has not confirmed, which import leaves out.
func (e Entry) Fuzzy() bool {
	for _, f := range e.Flags {
		if f == "fuzzy" {
			return true
		}
	}
	return false
}

// File is a PO file: the header entry and the other entries in file order.
type File struct {
	// Header is the entry with msgid ""; its Str holds "Name: value\n"
	// lines such as "Language: cy\n". The zero Header is not written.
	Header  Entry
	Entries []Entry
}

// HeaderField returns the value of a header field such as "Language",
// or "" when the header does not have it.
func (p *File) HeaderField(name string) string {
	for _, line := range strings.Split(p.Header.Str, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(strings.TrimSpace(k), name) {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// Error is a syntax error in a PO file. It prints as file:line: message.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// poWidth is the widest line Bytes writes for a string, as gettext does.
const poWidth = 79

// Bytes returns the PO file as text. A string is written on its keyword's
// line when it fits in 79 columns and holds no newline before its end;
// otherwise, as gettext writes it, the keyword takes "" and the string
// follows on lines of its own, broken after each \n and between words.
// The same File gives the same bytes.
func (p *File) Bytes() []byte {
	var b bytes.Buffer
	first := true
	write := func(e Entry) {
		if !first {
			b.WriteByte('\n')
		}
		first = false
		writeEntry(&b, e)
	}
	if h := p.Header; h.Str != "" || len(h.Comments) > 0 {
		h.ID, h.HasContext = "", false
		write(h)
	}
	for _, e := range p.Entries {
		write(e)
	}
	return b.Bytes()
}

func writeEntry(b *bytes.Buffer, e Entry) {
	comment := func(prefix string, lines []string) {
		for _, l := range lines {
			l = strings.ReplaceAll(l, "\n", " ")
			if l == "" {
				b.WriteString(prefix + "\n")
			} else {
				b.WriteString(prefix + " " + l + "\n")
			}
		}
	}
	comment("#", e.Comments)
	comment("#.", e.Extracted)
	comment("#:", e.References)
	if len(e.Flags) > 0 {
		comment("#,", []string{strings.Join(e.Flags, ", ")})
	}
	comment("#|", e.Previous)
	if e.HasContext {
		writePOString(b, "msgctxt", e.Context)
	}
	writePOString(b, "msgid", e.ID)
	if !e.HasPlural {
		writePOString(b, "msgstr", e.Str)
		return
	}
	writePOString(b, "msgid_plural", e.Plural)
	for i, s := range e.Strs {
		writePOString(b, "msgstr["+strconv.Itoa(i)+"]", s)
	}
}

func writePOString(b *bytes.Buffer, keyword, s string) {
	esc := poEscape(s)
	inner := strings.TrimSuffix(s, "\n")
	if !strings.Contains(inner, "\n") && utf8.RuneCountInString(keyword)+3+utf8.RuneCountInString(esc) <= poWidth {
		fmt.Fprintf(b, "%s \"%s\"\n", keyword, esc)
		return
	}
	fmt.Fprintf(b, "%s \"\"\n", keyword)
	for _, piece := range strings.SplitAfter(s, "\n") {
		if piece == "" {
			continue
		}
		for _, line := range wrapPO(poEscape(piece), poWidth-2) {
			fmt.Fprintf(b, "\"%s\"\n", line)
		}
	}
}

// wrapPO breaks an escaped string after spaces into lines of at most width
// characters; a word longer than that gets a line of its own. An escaped
// string has no space inside an escape sequence, so no escape is broken.
func wrapPO(s string, width int) []string {
	var lines []string
	line := ""
	for s != "" {
		word := s
		if i := strings.IndexByte(s, ' '); i >= 0 {
			word = s[:i+1]
		}
		s = s[len(word):]
		if line != "" && utf8.RuneCountInString(line)+utf8.RuneCountInString(word) > width {
			lines = append(lines, line)
			line = ""
		}
		line += word
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// poEscape writes s as the inside of a PO string: C escapes for the
// backslash, the quote and control characters; everything else as is.
func poEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\%03o`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// Parse reads a PO file. name is used in errors, which are *Error at
// the line concerned. It reads strings on one line or continued on the
// lines after, every C escape gettext writes, plural entries and the
// comments of each kind; obsolete entries ("#~") are dropped. A second
// entry with the same msgctxt and msgid is an error, as in msgfmt.
func Parse(name string, data []byte) (*File, error) {
	p := &poParser{file: name, po: &File{}, seen: map[string]int{}}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	lines := strings.Split(string(data), "\n")
	for i, line := range lines {
		p.line = i + 1
		if err := p.parseLine(strings.TrimSuffix(line, "\r")); err != nil {
			return nil, err
		}
	}
	if err := p.finish(); err != nil {
		return nil, err
	}
	return p.po, nil
}

type poParser struct {
	file string
	line int
	po   *File
	seen map[string]int // context and id → line of the entry
	cur  Entry
	// state: what the current entry has so far.
	hasID, hasStr bool
	last          *string // the string a continuation line adds to
	started       bool
}

func (p *poParser) errorf(format string, a ...any) error {
	return &Error{File: p.file, Line: p.line, Msg: fmt.Sprintf(format, a...)}
}

func (p *poParser) parseLine(line string) error {
	trimmed := strings.TrimSpace(line)
	switch {
	case trimmed == "":
		if err := p.incomplete(); err != nil {
			return err
		}
		if p.hasStr {
			return p.finish()
		}
		p.last = nil
		return nil
	case strings.HasPrefix(trimmed, "#~"):
		return nil // an obsolete entry
	case strings.HasPrefix(trimmed, "#"):
		return p.comment(trimmed)
	case strings.HasPrefix(trimmed, `"`):
		if p.last == nil {
			return p.errorf("a string with no keyword before it: continuation lines follow msgctxt, msgid or msgstr")
		}
		s, err := p.unquote(trimmed)
		if err != nil {
			return err
		}
		*p.last += s
		return nil
	}
	keyword, rest, _ := strings.Cut(trimmed, " ")
	if i := strings.IndexByte(keyword, '"'); i > 0 {
		keyword, rest = keyword[:i], trimmed[i:]
	}
	s, err := p.unquote(strings.TrimSpace(rest))
	if err != nil {
		return err
	}
	return p.keyword(keyword, s)
}

func (p *poParser) comment(line string) error {
	if (p.hasID || p.cur.HasContext) && !p.hasStr {
		return p.errorf("a comment in the middle of an entry: comments come before msgctxt and msgid")
	}
	if p.hasStr {
		if err := p.finish(); err != nil {
			return err
		}
	}
	p.begin()
	p.last = nil
	text := func(prefix string) string { return strings.TrimSpace(strings.TrimPrefix(line, prefix)) }
	switch {
	case strings.HasPrefix(line, "#."):
		p.cur.Extracted = append(p.cur.Extracted, text("#."))
	case strings.HasPrefix(line, "#:"):
		p.cur.References = append(p.cur.References, text("#:"))
	case strings.HasPrefix(line, "#,"):
		for _, f := range strings.Split(text("#,"), ",") {
			if f = strings.TrimSpace(f); f != "" {
				p.cur.Flags = append(p.cur.Flags, f)
			}
		}
	case strings.HasPrefix(line, "#|"):
		p.cur.Previous = append(p.cur.Previous, text("#|"))
	default:
		p.cur.Comments = append(p.cur.Comments, text("#"))
	}
	return nil
}

func (p *poParser) begin() {
	if !p.started {
		p.cur = Entry{Line: p.line}
		p.started = true
	}
}

func (p *poParser) keyword(keyword, s string) error {
	if p.hasStr && (keyword == "msgctxt" || keyword == "msgid") {
		if err := p.finish(); err != nil {
			return err
		}
	}
	p.begin()
	e := &p.cur
	switch {
	case keyword == "msgctxt":
		if e.HasContext || p.hasID {
			return p.errorf("msgctxt in the middle of an entry: it comes before msgid")
		}
		e.Context, e.HasContext, p.last = s, true, &e.Context
	case keyword == "msgid":
		if p.hasID {
			return p.errorf("a second msgid in one entry: is a msgstr line missing?")
		}
		e.ID, p.hasID, p.last = s, true, &e.ID
	case keyword == "msgid_plural":
		if !p.hasID || p.hasStr || e.HasPlural {
			return p.errorf("msgid_plural must follow msgid")
		}
		e.Plural, e.HasPlural, p.last = s, true, &e.Plural
	case keyword == "msgstr":
		switch {
		case !p.hasID:
			return p.errorf("msgstr without msgid")
		case p.hasStr:
			return p.errorf("a second msgstr in one entry")
		case e.HasPlural:
			return p.errorf("msgstr in a plural entry: write msgstr[0], msgstr[1] …")
		}
		e.Str, p.hasStr, p.last = s, true, &e.Str
	case strings.HasPrefix(keyword, "msgstr[") && strings.HasSuffix(keyword, "]"):
		n, err := strconv.Atoi(keyword[len("msgstr[") : len(keyword)-1])
		if err != nil || !e.HasPlural || n != len(e.Strs) {
			return p.errorf("%s out of place: msgstr[n] follow msgid_plural, counting from 0", keyword)
		}
		e.Strs = append(e.Strs, s)
		p.hasStr, p.last = true, &e.Strs[n]
	default:
		return p.errorf("unknown keyword %q: a PO line starts with #, msgctxt, msgid, msgid_plural, msgstr or a quoted string", keyword)
	}
	return nil
}

// finish ends the current entry, if it is complete, and starts afresh.
func (p *poParser) finish() error {
	if err := p.incomplete(); err != nil {
		return err
	}
	if p.hasStr {
		e := p.cur
		key := e.Context + "\x04" + e.ID
		if !e.HasContext {
			key = "\x04\x04" + e.ID
		}
		if first, dup := p.seen[key]; dup {
			return &Error{File: p.file, Line: e.Line, Msg: fmt.Sprintf("the same msgctxt and msgid again (first at line %d)", first)}
		}
		p.seen[key] = e.Line
		if e.ID == "" && !e.HasContext {
			p.po.Header = e
		} else {
			p.po.Entries = append(p.po.Entries, e)
		}
	}
	p.cur, p.hasID, p.hasStr, p.last, p.started = Entry{}, false, false, nil, false
	return nil
}

// incomplete returns an error when the current entry has begun its
// strings but lacks msgid or msgstr.
func (p *poParser) incomplete() error {
	switch {
	case p.cur.HasContext && !p.hasID:
		return p.errorf("msgctxt without msgid: every entry needs a msgid and a msgstr line")
	case p.hasID && !p.hasStr:
		return p.errorf("msgid without msgstr: every entry needs a msgstr line")
	}
	return nil
}

// unquote reads one quoted PO string, the rest of a line.
func (p *poParser) unquote(s string) (string, error) {
	if len(s) < 2 || s[0] != '"' {
		return "", p.errorf("expected a string in double quotes")
	}
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch c {
		case '"':
			if rest := strings.TrimSpace(s[i+1:]); rest != "" {
				return "", p.errorf("text after the closing quote: %q (write a quote inside a string as \\\")", rest)
			}
			return b.String(), nil
		case '\\':
			i++
			if i >= len(s) {
				return "", p.errorf("a backslash at the end of the line")
			}
			n, err := p.escape(s[i:], &b)
			if err != nil {
				return "", err
			}
			i += n - 1
		default:
			b.WriteByte(c)
		}
	}
	return "", p.errorf("no closing quote")
}

var poEscapes = map[byte]byte{'n': '\n', 't': '\t', 'r': '\r', '\\': '\\', '"': '"', '\'': '\'', '?': '?',
	'a': '\a', 'b': '\b', 'f': '\f', 'v': '\v'}

// escape writes the character escape s starts with (after the backslash)
// and returns how many bytes it took.
func (p *poParser) escape(s string, b *strings.Builder) (int, error) {
	if c, ok := poEscapes[s[0]]; ok {
		b.WriteByte(c)
		return 1, nil
	}
	digits, base, start := "", 8, 0
	switch {
	case s[0] >= '0' && s[0] <= '7':
		for i := 0; i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '7'; i++ {
			digits += s[i : i+1]
		}
	case s[0] == 'x':
		base, start = 16, 1
		for i := 1; i < len(s) && i < 3 && strings.IndexByte("0123456789abcdefABCDEF", s[i]) >= 0; i++ {
			digits += s[i : i+1]
		}
	}
	if digits == "" {
		return 0, p.errorf("unknown escape \\%c: write a backslash as \\\\", s[0])
	}
	v, _ := strconv.ParseUint(digits, base, 16)
	if v > 0xff {
		return 0, p.errorf("escape \\%s is more than a byte", digits)
	}
	b.WriteByte(byte(v))
	return start + len(digits), nil
}

// PreviousLines returns the "#|" comment lines that record a previous
// value of an entry's keyword (msgid, msgctxt), as msgmerge writes them
// when it marks an entry fuzzy because its source text changed.
func PreviousLines(keyword, s string) []string {
	var b bytes.Buffer
	writePOString(&b, keyword, s)
	return strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
}
