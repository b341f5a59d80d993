package render

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// A signature block is a set of lines to sign on, one a line of the block,
// each a label followed by a line to write on, or by what is already
// written there after ": ":
//
//	```signature
//	Signed
//	Name
//	Date: 1 October 2026
//	```
//
// The lines are kept together on one page.
type signature struct {
	ast.BaseBlock
	labels []string
	values []string // what is written on each line; "" for nothing
}

var kindSignature = ast.NewNodeKind("Signature")

func (s *signature) Kind() ast.NodeKind         { return kindSignature }
func (s *signature) Dump(src []byte, level int) { ast.DumpHelper(s, src, level, nil, nil) }
func (s *signature) BlockName() string          { return "signature" }

// signatureRow is the height of one line to sign on.
const signatureRow = 14.0

// parseSignature makes a signature block's node from its lines.
func parseSignature(b fence) (picture, error) {
	s := &signature{}
	for _, l := range b.lines {
		if t := strings.TrimSpace(l.text); t != "" {
			label, value, _ := strings.Cut(t, ": ")
			s.labels = append(s.labels, label)
			s.values = append(s.values, strings.TrimSpace(value))
		}
	}
	return s, nil
}

// wrapped returns the labels, each wrapped to a third of the column.
func (s *signature) wrapped(d *doc) [][]line {
	w := (d.right - d.left) * 0.35
	out := make([][]line, 0, len(s.labels))
	for _, l := range s.labels {
		out = append(out, wrap([]run{{text: clean(l), st: bold, size: d.th.body}}, w))
	}
	return out
}

func (s *signature) rowHeight(d *doc, label []line) float64 {
	return max(signatureRow, float64(len(label))*d.th.lineHeight(d.th.body)+6)
}

func (s *signature) height(d *doc) float64 {
	h := 0.0
	for _, l := range s.wrapped(d) {
		h += s.rowHeight(d, l)
	}
	return h
}

// draw draws each label with a line to its right, the lines all starting
// where the longest label ends.
func (s *signature) draw(d *doc) {
	pdf := d.pdf
	lh := d.th.lineHeight(d.th.body)
	labels := s.wrapped(d)
	labelW := 0.0
	for _, ls := range labels {
		for _, l := range ls {
			labelW = max(labelW, l.w)
		}
	}
	d.space(d.th.paraGap)
	d.need(s.height(d))
	pdf.SetTextColor(0, 0, 0)
	for i, ls := range labels {
		h := s.rowHeight(d, ls)
		// The label's last line sits on the line to sign on.
		top := d.y + h - 2 - float64(len(ls))*lh
		for i, l := range ls {
			d.drawLine(l, d.left, top+float64(i)*lh, lh, d.th.body)
		}
		base := baseline(top+float64(len(ls)-1)*lh, lh, d.th.body)
		pdf.SetDrawColor(0, 0, 0)
		pdf.SetLineWidth(0.35)
		pdf.Line(d.left+labelW+4, base+0.6, d.right, base+0.6)
		if v := d.fit(clean(s.values[i]), regular, d.th.body, d.right-d.left-labelW-8); v != "" {
			d.setFont(regular, d.th.body)
			pdf.Text(d.left+labelW+6, base-0.4, v)
		}
		d.y += h
	}
	d.space(d.th.paraGap * 1.5)
}

// markdown is each line to sign as its label in bold and a line to
// write on, or what is written on it.
func (s *signature) markdown() string {
	var parts []string
	for i, l := range s.labels {
		v := writeLine
		if s.values[i] != "" {
			v = mdEscape(s.values[i])
		}
		parts = append(parts, "**"+mdEscape(l)+":** "+v)
	}
	return strings.Join(parts, "\n\n")
}

// html is the lines to sign as a table: each label a row's header cell,
// what is written on its line (or nothing) its cell.
func (s *signature) html(*Meta) string {
	var b strings.Builder
	b.WriteString("<table class=\"signature\">\n<tbody>\n")
	for i, l := range s.labels {
		b.WriteString("<tr><th scope=\"row\">" + attr(l) + "</th><td>" + attr(s.values[i]) + "</td></tr>\n")
	}
	b.WriteString("</tbody>\n</table>\n")
	return b.String()
}
