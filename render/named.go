package render

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// picture is a named block parsed and ready to draw.
type picture interface {
	// height returns the height the picture must find on one page before
	// it starts: all of it for pictures that are never split.
	height(d *doc) float64
	// draw draws the picture at d.y, starting a new page first when it
	// does not fit.
	draw(d *doc)
}

// namedBlocks maps the info string of a fenced code block to the parser
// of the picture drawn in its place. A fenced block with any other info
// string is drawn as code. To add a named block, add a file with its
// parser and picture, and a line here.
var namedBlocks = map[string]func(d *doc, b fence) (picture, error){
	"scale":     parseScale,
	"chart":     parseChart,
	"boxes":     parseBoxes,
	"signature": parseSignature,
	"pagebreak": parsePageBreak,
}

// fence is the content of a named block: its lines, as written (named
// blocks are code to Markdown, so nothing in them is unescaped), each
// with its offset in the Markdown for errors.
type fence struct {
	name  string
	lines []fenceLine
}

type fenceLine struct {
	text string
	off  int
}

// errorf returns an error about the block at the line at offset off.
func (b fence) errorf(d *doc, off int, format string, args ...any) error {
	return fmt.Errorf("line %d: %s block: %s", d.line(off), b.name, fmt.Sprintf(format, args...))
}

// fenceOf returns a fenced block's name and lines.
func fenceOf(n *ast.FencedCodeBlock, src []byte) fence {
	return fence{name: strings.ToLower(string(n.Language(src))), lines: blockLines(n, src)}
}

// picture parses a fenced block as a named block; ok is false when its
// info string names none.
func (d *doc) picture(n *ast.FencedCodeBlock) (p picture, ok bool, err error) {
	b := fenceOf(n, d.src)
	parse, ok := namedBlocks[b.name]
	if !ok {
		return nil, false, nil
	}
	p, err = parse(d, b)
	return p, true, err
}

// fenced draws a fenced code block: a picture when it is a named block,
// else code.
func (d *doc) fenced(n *ast.FencedCodeBlock) {
	p, ok, err := d.picture(n)
	switch {
	case err != nil:
		d.errs = append(d.errs, err)
	case ok:
		p.draw(d)
	default:
		d.code(blockLines(n, d.src))
	}
}

// namedHeight returns the height a named block needs on the page it
// starts on; ok is false for code.
func (d *doc) namedHeight(n *ast.FencedCodeBlock) (float64, bool) {
	saved := d.c // errors are reported when the block is drawn, not measured
	d.c = cleaner{}
	p, ok, err := d.picture(n)
	d.c = saved
	if !ok || err != nil {
		return 0, false
	}
	return min(p.height(d), bodyHeight), true
}

// keyValue splits a "key: value" line; the key is lower case.
func keyValue(s string) (key, value string, ok bool) {
	k, v, ok := strings.Cut(s, ":")
	if !ok {
		return "", "", false
	}
	return strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v), true
}
