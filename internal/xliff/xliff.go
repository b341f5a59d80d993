// Package xliff reads and writes the texts of a PO file (package po) as
// XLIFF 2.0 (OASIS, http://docs.oasis-open.org/xliff/xliff-core/v2.0/),
// for translation tools that prefer it to PO. Each entry is a unit whose
// name is the entry's msgctxt, the key the import matches it by; its
// source is the msgid, its target the msgstr. A unit whose segment is in
// state "initial" with a target is a fuzzy entry: a draft that import
// leaves out, as it does fuzzy PO entries. Comments become notes: the
// references with category "location", the extracted comments with
// category "description".
package xliff

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"coregroup/internal/po"
)

// Namespace is the XML namespace of XLIFF 2.0 documents.
const Namespace = "urn:oasis:names:tc:xliff:document:2.0"

type document struct {
	XMLName xml.Name `xml:"urn:oasis:names:tc:xliff:document:2.0 xliff"`
	Version string   `xml:"version,attr"`
	SrcLang string   `xml:"srcLang,attr"`
	TrgLang string   `xml:"trgLang,attr,omitempty"`
	File    file     `xml:"file"`
}

type file struct {
	ID    string `xml:"id,attr"`
	Units []unit `xml:"unit"`
}

type unit struct {
	ID      string  `xml:"id,attr"`
	Name    string  `xml:"name,attr,omitempty"`
	Notes   *notes  `xml:"notes"`
	Segment segment `xml:"segment"`
}

type notes struct {
	Notes []note `xml:"note"`
}

type note struct {
	Category string `xml:"category,attr,omitempty"`
	Text     string `xml:",chardata"`
}

type segment struct {
	State  string  `xml:"state,attr,omitempty"`
	Source string  `xml:"source"`
	Target *string `xml:"target"`
}

// Encode writes the entries of f as an XLIFF 2.0 document from source to
// target (language tags). The same file gives the same bytes.
func Encode(f *po.File, source, target string) ([]byte, error) {
	doc := document{Version: "2.0", SrcLang: source, TrgLang: target, File: file{ID: "f1"}}
	for i, e := range f.Entries {
		u := unit{ID: "u" + strconv.Itoa(i+1), Name: e.Context, Segment: segment{Source: e.ID, State: "initial"}}
		if e.Str != "" {
			str := e.Str
			u.Segment.Target = &str
			if !e.Fuzzy() {
				u.Segment.State = "translated"
			}
		}
		var ns []note
		for _, r := range e.References {
			ns = append(ns, note{Category: "location", Text: r})
		}
		for _, x := range e.Extracted {
			ns = append(ns, note{Category: "description", Text: x})
		}
		for _, c := range e.Comments {
			ns = append(ns, note{Text: c})
		}
		if len(ns) > 0 {
			u.Notes = &notes{ns}
		}
		doc.File.Units = append(doc.File.Units, u)
	}
	out, err := xml.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(append([]byte(xml.Header), out...), '\n'), nil
}

// IsXLIFF reports whether data looks like an XLIFF document rather than a
// PO file: it starts, after any spaces, with "<".
func IsXLIFF(data []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(data, " \t\r\n\ufeff"), []byte("<"))
}

// Decode reads an XLIFF 2.0 document into a PO file: its header has the
// Language (trgLang) and X-Source-Language (srcLang) fields, and each unit
// is an entry with its line. A unit with no name has no context. name is
// the file's name, for errors (file:line: message).
func Decode(name string, data []byte) (*po.File, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	out := &po.File{}
	fail := func(format string, a ...any) error {
		line, _ := d.InputPos()
		return &po.Error{File: name, Line: line, Msg: fmt.Sprintf(format, a...)}
	}
	seenRoot := false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return nil, &po.Error{File: name, Line: se.Line, Msg: se.Msg}
			}
			return nil, fail("%v", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch {
		case !seenRoot:
			if se.Name.Space != Namespace || se.Name.Local != "xliff" {
				return nil, fail("not an XLIFF 2.0 document: the root element is <%s> in %q, not <xliff> in %q", se.Name.Local, se.Name.Space, Namespace)
			}
			seenRoot = true
			var src, trg, version string
			for _, a := range se.Attr {
				switch a.Name.Local {
				case "srcLang":
					src = a.Value
				case "trgLang":
					trg = a.Value
				case "version":
					version = a.Value
				}
			}
			if !strings.HasPrefix(version, "2.") {
				return nil, fail("XLIFF version %q: coregroup reads XLIFF 2.0", version)
			}
			out.Header.Str = "Language: " + trg + "\nX-Source-Language: " + src + "\n"
		case se.Name.Local == "unit":
			line, _ := d.InputPos()
			var u unit
			if err := d.DecodeElement(&u, &se); err != nil {
				return nil, fail("%v", err)
			}
			e := po.Entry{Line: line, Context: u.Name, HasContext: u.Name != "", ID: u.Segment.Source}
			if u.Segment.Target != nil {
				e.Str = *u.Segment.Target
				if u.Segment.State == "initial" && e.Str != "" {
					e.Flags = []string{"fuzzy"}
				}
			}
			if u.Notes != nil {
				for _, n := range u.Notes.Notes {
					switch n.Category {
					case "location":
						e.References = append(e.References, n.Text)
					case "description":
						e.Extracted = append(e.Extracted, n.Text)
					default:
						e.Comments = append(e.Comments, n.Text)
					}
				}
			}
			out.Entries = append(out.Entries, e)
		}
	}
	if !seenRoot {
		return nil, &po.Error{File: name, Line: 1, Msg: "no XLIFF document in the file"}
	}
	return out, nil
}
