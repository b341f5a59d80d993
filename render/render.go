// Package render turns the Markdown coregroup writes into a PDF.
//
// The Markdown is CommonMark with GFM tables, strikethrough and task
// lists, parsed by goldmark (Markdown is the one configuration the
// program uses) and drawn node by node with fpdf in SIL's Andika (package
// typeface), a typeface made for beginning readers. A few
// fenced blocks with an info string are named blocks, drawn as pictures
// rather than code: a 0-10 safety scale (scale), a chart of scaling
// scores across meetings (chart), boxes to write in (boxes), signature
// lines (signature), a page break (pagebreak) and a picture (image). Each
// is a goldmark extension in its own file: its parser, its AST node and
// its PDF renderer (see named.go). Every page carries the protective
// marking, the case reference, the title and "page x of y"; the first
// page the authority's name and logo (masthead.go).
//
// The same Markdown and Meta always give the same bytes.
package render

import (
	"bytes"
	"errors"
	"fmt"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"golang.org/x/text/language"
)

// Meta is what the page furniture and PDF metadata need; every string is
// already in the reader's language.
type Meta struct {
	Title   string // document title: header, PDF Title
	Subject string // PDF Subject
	Lang    string // BCP 47 tag, e.g. "en", "cy": PDF /Lang; "" for none
	CaseRef string // printed in the header of every page
	Marking string // protective marking, e.g. "OFFICIAL-SENSITIVE": top and bottom of every page
	Banner  string // optional extra line on every page, e.g. "FICTITIOUS EXAMPLE - NOT A REAL CASE"
	PageOf  string // page number text with {page} and {pages}, e.g. "Page {page} of {pages}" / "Tudalen {page} o {pages}"
	Draft   string // when not "", a large diagonal watermark with this text (e.g. "DRAFT") on every page
	Large   bool   // family copy: larger, clearer type (body about 14pt, headings bigger, more spacing)
	// LargePrint sets any document in large print for partially sighted
	// readers: body 16pt, headings bigger still. It wins over Large.
	LargePrint bool
	// Authority is the local authority's name, printed at the top of the
	// first page; Logo its logo (PNG or JPEG), to its right.
	Authority string
	Logo      []byte
	// Images holds the picture files image blocks name, PNG or JPEG, by
	// the name the block gives (file:); the caller reads and checks them.
	Images map[string][]byte
	// Created is the PDF creation and modification date; the zero time
	// means a fixed date (2000-01-01T00:00:00Z), never the clock.
	Created time.Time
	// Creator names the program and its version, such as "coregroup
	// v1.2.0": the PDF's Creator and Producer and XMP CreatorTool; ""
	// means "coregroup".
	Creator string
	// Parts holds the page furniture (Title, Marking, Banner, PageOf and
	// Draft; the rest is not read) of the later parts of a document in
	// several languages one after the other: Parts[0] for the part a
	// pagebreak block with part: 2 starts, and so on.
	Parts []Meta
}

// furniture returns m's page furniture with that of part, as a page of
// part prints it.
func (m Meta) furniture(part Meta) Meta {
	m.Title, m.Marking, m.Banner, m.PageOf, m.Draft = part.Title, part.Marking, part.Banner, part.PageOf, part.Draft
	return m
}

// defaultCreated is the date of a PDF whose Meta.Created is zero.
var defaultCreated = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// markdown is the program's one goldmark configuration; a
// goldmark.Markdown is safe for concurrent use.
var markdown = goldmark.New(goldmark.WithExtensions(
	extension.Table, extension.Strikethrough, extension.TaskList, namedBlockParser{}))

// Markdown returns the goldmark configuration every part of coregroup
// reads Markdown with: CommonMark, GFM tables, strikethrough and task
// lists, and the named blocks, each parsed into its own AST node (a
// NamedBlock).
func Markdown() goldmark.Markdown { return markdown }

// Parse parses a document with Markdown. It fails when a named block is
// malformed: a *BlockError for each such block, joined with errors.Join;
// the tree it returns then keeps those blocks as fenced code.
func Parse(src []byte) (ast.Node, error) {
	pc := parser.NewContext()
	root := markdown.Parser().Parse(text.NewReader(src), parser.WithContext(pc))
	errs, _ := pc.Get(blockErrors).([]error)
	return root, errors.Join(errs...)
}

// PDF draws a Markdown document as an A4 PDF. It fails when a named block
// is malformed (as Parse), when Meta.Lang is not a language tag, or when
// fpdf fails; never for a character (see clean). The same input always gives the
// same bytes.
func PDF(src []byte, m Meta) ([]byte, error) {
	root, err := Parse(src)
	if err != nil {
		return nil, err
	}
	if err := drawable(root, m.Lang); err != nil {
		return nil, err
	}
	if err := loadFaces(); err != nil {
		return nil, err
	}
	d, err := newDoc(src, m)
	if err != nil {
		return nil, err
	}
	d.blocks(root)
	return d.finish()
}

// doc is one document being drawn.
type doc struct {
	pdf *fpdf.Fpdf
	src []byte
	m   Meta
	th  *theme

	// The font selected in pdf; fontSet is false when unknown.
	fontSet  bool
	fontSt   style
	fontSize float64
	added    [numStyles]bool

	y           float64 // top of the next content
	gap         float64 // space asked for before the next content
	fresh       bool    // nothing drawn on this page yet
	next        *Meta   // the furniture the next page starts, when a part begins there
	keepAfter   float64 // height that must follow the last lines of the paragraph being drawn on their page
	left, right float64 // the text column
	quotes      []*quoteBar
	marker      *marker // a list item's marker, drawn with its first line
	outline     int     // level of the last bookmark, -1 before the first
	// topBookmarks counts the outline's entries at its top level, the
	// /Count of its root that PDF/A wants.
	topBookmarks int
	// lang is the language of the body from here on when it is not the
	// document's (the English half of a cy+en document); spanOpen tells
	// whether this page's marked-content span for it is open.
	lang     string
	spanOpen bool
}

func newDoc(src []byte, m Meta) (*doc, error) {
	d := &doc{src: src, th: &ordinaryTheme, outline: -1, left: marginX, right: pageW - marginX}
	switch {
	case m.LargePrint:
		d.th = &largePrintTheme
	case m.Large:
		d.th = &largeTheme
	}
	if m.Lang != "" {
		tag, err := language.Parse(m.Lang)
		if err != nil {
			return nil, fmt.Errorf("language %q: %w", m.Lang, err)
		}
		m.Lang = tag.String()
	}
	for _, f := range []struct {
		s    *string
		name string
	}{
		{&m.Title, "title"}, {&m.Subject, "subject"}, {&m.CaseRef, "case reference"},
		{&m.Marking, "marking"}, {&m.Banner, "banner"}, {&m.Authority, "authority"}, {&m.PageOf, "page number"}, {&m.Draft, "draft"},
	} {
		*f.s = clean(*f.s)
	}
	if m.Creator == "" {
		m.Creator = defaultCreator
	}
	parts := make([]Meta, len(m.Parts))
	for i, p := range m.Parts {
		for _, f := range []struct {
			s    *string
			name string
		}{
			{&p.Title, "title"}, {&p.Marking, "marking"}, {&p.Banner, "banner"}, {&p.PageOf, "page number"}, {&p.Draft, "draft"},
		} {
			*f.s = clean(*f.s)
		}
		parts[i] = m.furniture(p)
	}
	m.Parts = parts
	d.m = m

	created := m.Created
	if created.IsZero() {
		created = defaultCreated
	}
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AliasNbPages(pagesAlias)
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(created.UTC())
	pdf.SetModificationDate(created.UTC())
	pdf.SetTitle(m.Title, true)
	pdf.SetSubject(m.Subject, true)
	pdf.SetCreator(m.Creator, true)
	pdf.SetProducer(m.Creator, true)
	pdf.SetLang(m.Lang)
	archive(pdf, m, created)
	pdf.SetMargins(marginX, bodyTop, marginX)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetDisplayMode("fullwidth", "continuous")
	pdf.SetHeaderFuncMode(d.header, false)
	pdf.SetFooterFuncLpi(d.footer)
	d.pdf = pdf
	d.newPage()
	d.masthead()
	return d, nil
}

// finish closes the document and returns its bytes, or every error met.
func (d *doc) finish() ([]byte, error) {
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	return pdfa(buf.Bytes(), d.topBookmarks)
}

// setFont selects a style and size, adding the font to the document the
// first time it is used: a document embeds only the fonts it uses.
func (d *doc) setFont(st style, size float64) {
	if d.fontSet && d.fontSt == st && d.fontSize == size {
		return
	}
	f := &faces[st]
	if !d.added[st] {
		d.pdf.AddUTF8FontFromBytes(f.family, f.fpdfStyle, f.TTF)
		d.added[st] = true
	}
	d.pdf.SetFont(f.family, f.fpdfStyle, size)
	d.fontSet, d.fontSt, d.fontSize = true, st, size
}
