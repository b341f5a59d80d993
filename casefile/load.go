package casefile

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"regexp"
	"strconv"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"coregroup/internal/input"
	"coregroup/locales"
	"coregroup/report"
)

// Load reads and parses the case file at path. See Parse. A file larger
// than MaxSize is a problem of the file (load.too-large); a path that is
// not a regular file, such as a folder or a named pipe, is an error, given
// at once rather than waiting on the pipe.
func Load(path string) (*Case, report.List, error) {
	data, err := input.ReadFile(path, MaxSize)
	var tooLarge *input.TooLargeError
	if errors.As(err, &tooLarge) {
		d := newDecoder(path)
		d.problem(report.Position{File: path}, "load.too-large", "Max", MaxSize>>20)
		return nil, d.probs, nil
	}
	if err != nil {
		return nil, nil, err
	}
	c, probs := Parse(path, data)
	return c, probs, nil
}

// Parse decodes a case file. It returns the case and every problem found,
// each at its position in file name with a hint. The case is nil when the
// file could not be read as YAML at all; otherwise it holds whatever could
// be decoded, even when there are problems. Parse never panics and reads
// at most MaxSize bytes of data.
func Parse(name string, data []byte) (*Case, report.List) {
	c := new(Case)
	read, probs := decode(name, data, c)
	if !read {
		return nil, probs
	}
	sortByDate(c)
	return c, probs
}

// Decode reads another kind of YAML file the way Parse reads a case file:
// into v, a pointer to a struct whose fields are tagged as the case
// model's are (yaml, req, enum, min and max, doc and ex; an At field of
// type Positions records where each key was written), with every problem
// found at its position in file name with a hint, such as an unknown key
// with the key it is likely to mean. Policy profiles are read with it.
func Decode(name string, data []byte, v any) report.List {
	_, probs := decode(name, data, v)
	return probs
}

// decode fills v, a pointer to a model struct, from data. read is false
// when the file could not be read as YAML at all.
func decode(name string, data []byte, v any) (read bool, probs report.List) {
	d := newDecoder(name)
	defer func() {
		if r := recover(); r != nil {
			read = false
			probs = append(d.probs, report.Finding{Rule: "load.yaml", Severity: report.Error,
				Pos: report.Position{File: name}, Message: locales.M("load.parser-failed")})
		}
		probs.Sort()
	}()
	root := d.document(data)
	if root == nil {
		return false, d.probs
	}
	d.mapping(root, reflect.ValueOf(v).Elem())
	d.resolveRefs()
	return true, d.probs
}

// document checks the bytes and parses them into the root mapping node,
// or returns nil after recording why it could not.
func (d *decoder) document(data []byte) *yaml.Node {
	start := report.Position{File: d.file, Line: 1, Col: 1}
	if len(data) > MaxSize {
		d.problem(report.Position{File: d.file}, "load.too-large", "Max", MaxSize>>20)
		return nil
	}
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		d.problem(start, "load.utf16")
		return nil
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if p, ok := d.badCharacter(data); !ok {
		d.problem(p, "load.bad-character")
		return nil
	}
	d.lines = newLineMap(data)
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			d.problem(start, "load.empty")
		} else {
			d.syntaxError(err, data)
		}
		return nil
	}
	d.lines.apply(&doc)
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		d.lines.apply(&extra)
		d.problem(d.pos(&extra), "load.several-documents")
		return nil
	} else if !errors.Is(err, io.EOF) {
		d.syntaxError(err, data)
		return nil
	}
	if len(doc.Content) == 0 || isNull(doc.Content[0]) {
		d.problem(start, "load.empty")
		return nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		d.problem(d.pos(root), "load.not-mapping")
		return nil
	}
	return root
}

// badCharacter finds the first byte that is not valid UTF-8 or a control
// character YAML forbids, and reports its position; ok is true when there
// is none. Lines end at line feeds only, as in an editor (see lineMap).
func (d *decoder) badCharacter(data []byte) (p report.Position, ok bool) {
	line, col := 1, 1
	for i := 0; i < len(data); {
		if c := data[i]; c >= 0x20 && c < 0x7f {
			col++ // printable ASCII, most of any file: no need to decode
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if (r == utf8.RuneError && size == 1) || forbidden(r) {
			return report.Position{File: d.file, Line: line, Col: col}, false
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return report.Position{}, true
}

func forbidden(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f && r != 0x85, r == 0xfffe, r == 0xffff:
		return true
	}
	return false
}

var yamlLine = regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)

// parserErrors are the messages of the YAML parser, which counts lines
// from 0; its scanner, whose messages can start the same way ("did not
// find expected alphabetic or numeric character"), counts them from 1.
var parserErrors = regexp.MustCompile(`^did not find expected (<document start>|node content|key|'-' indicator|',' or '[\]}]')$`)

// syntaxError records a YAML parser error at the line it concerns. The
// parser gives no column, so the column is 1. Its line numbers need care:
// scanner errors count lines from 1, parser errors from 0, and a problem
// on the first line comes with no line at all. The line is never past the
// end of the file.
func (d *decoder) syntaxError(err error, data []byte) {
	p := report.Position{File: d.file, Line: 1, Col: 1}
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		msg = m[2]
		if m[1] != "" {
			p.Line, _ = strconv.Atoi(m[1])
			if parserErrors.MatchString(msg) {
				p.Line++
			}
			p.Line, _ = d.lines.at(p.Line, 1)
			p.Line = min(p.Line, bytes.Count(data, []byte("\n"))+1)
		}
	}
	d.problem(p, "load.yaml", "Detail", msg)
}
