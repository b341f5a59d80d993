package render

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// A named block is a fenced block whose info string names a picture, such
// as ```scale; any other fenced block is code. Each named block is a
// goldmark extension in a file of its own, the way goldmark keeps a
// feature's parser and renderers together (extension/table.go): a parser
// that makes the block's AST node from its fenced text, the node, and the
// node's renderers: PDF (its height and draw methods), Markdown that
// stands alone (markdown) and HTML (html). Every parser runs when a document is
// parsed (Parse), so a malformed block is an error before anything is
// drawn or written.

// NamedBlock is the AST node of a named block, whatever its name. Its
// Lines are the block's lines as written.
type NamedBlock interface {
	ast.Node
	// BlockName returns the block's name, its info string, such as "scale".
	BlockName() string
}

// picture is a named block's node with its PDF renderer.
type picture interface {
	NamedBlock
	// height returns the height the picture must find on one page before
	// it starts: all of it for pictures that are never split.
	height(d *doc) float64
	// draw draws the picture at d.y, starting a new page first when it
	// does not fit.
	draw(d *doc)
	// markdown returns the plain Markdown that says what the picture
	// does, for Markdown that stands alone (Standalone).
	markdown() string
	// html returns the picture as HTML (see HTML): what it says in
	// text, tables and lists, each value escaped.
	html(m *Meta) string
}

// namedBlocks maps the info string of a fenced block to the parser of the
// named block it is. To add a named block, add a file with its parser, its
// node and its renderers, and a line here.
var namedBlocks = map[string]func(b fence) (picture, error){
	"scale":     parseScale,
	"chart":     parseChart,
	"boxes":     parseBoxes,
	"rows":      parseRows,
	"signature": parseSignature,
	"pagebreak": parsePageBreak,
	"image":     parseImage,
}

// BlockError reports a malformed named block: a line that is not
// "key: value", a score out of range, a key the block does not know.
type BlockError struct {
	// Line is the 1-based line of the Markdown at fault.
	Line int
	// Block is the block's name, such as "scale".
	Block string
	// Text is the value or line at fault, such as "11" for "score: 11".
	Text string
	// Msg says what is wrong, such as `score "11" is not a whole number
	// from 0 to 10`.
	Msg string
}

// Error returns the error as "line 4: scale block: score "11" is not a
// whole number from 0 to 10".
func (e *BlockError) Error() string {
	return fmt.Sprintf("line %d: %s", e.Line, e.Problem())
}

// Problem returns the error without its place: "scale block: score "11"
// is not a whole number from 0 to 10".
func (e *BlockError) Problem() string {
	return e.Block + " block: " + e.Msg
}

// fence is the content of a named block: its lines, as written (named
// blocks are code to Markdown, so nothing in them is unescaped), each
// with its offset in the Markdown for errors.
type fence struct {
	name  string
	lines []fenceLine
	src   []byte
}

type fenceLine struct {
	text string
	off  int
}

// errorf returns an error about the block at the line at offset off, where
// text is the value or line at fault.
func (b fence) errorf(off int, text, format string, args ...any) error {
	return &BlockError{Line: bytes.Count(b.src[:min(off, len(b.src))], []byte("\n")) + 1, Block: b.name, Text: text, Msg: fmt.Sprintf(format, args...)}
}

// firstOff returns the offset of a block's first line, or 0.
func (b fence) firstOff() int {
	if len(b.lines) == 0 {
		return 0
	}
	return b.lines[0].off
}

// keyValue splits a "key: value" line; the key is lower case.
func keyValue(s string) (key, value string, ok bool) {
	k, v, ok := strings.Cut(s, ":")
	if !ok {
		return "", "", false
	}
	return strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v), true
}

// namedBlockParser is the goldmark extension of the named blocks: an AST
// transformer that puts each named block's node in the place of its
// fenced block, and keeps the errors of the malformed ones in the parser's
// context for Parse.
type namedBlockParser struct{}

// blockErrors is the parser context key of the errors of malformed blocks.
var blockErrors = parser.NewContextKey()

// Extend adds the transformer to a goldmark configuration.
func (namedBlockParser) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithASTTransformers(util.Prioritized(namedBlockParser{}, 100)))
}

// Transform replaces each fenced block that names a named block by the
// block's node; a malformed one stays a fenced block, and its error is
// kept.
func (namedBlockParser) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	var fenced []*ast.FencedCodeBlock
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if f, ok := n.(*ast.FencedCodeBlock); ok && entering {
			fenced = append(fenced, f)
		}
		return ast.WalkContinue, nil
	})
	var errs []error
	for _, f := range fenced {
		b := fence{name: strings.ToLower(string(f.Language(src))), lines: blockLines(f, src), src: src}
		parse, ok := namedBlocks[b.name]
		if !ok {
			continue
		}
		p, err := parse(b)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		p.SetLines(f.Lines())
		f.Parent().ReplaceChild(f.Parent(), f, p)
	}
	pc.Set(blockErrors, errs)
}
