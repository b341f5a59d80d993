package render

import (
	"strings"
	"unicode/utf8"
)

// frag is a piece of a laid-out line: text in one look at offset x.
type frag struct {
	run
	x, w float64
}

// line is one laid-out line of text; w is its width.
type line struct {
	frags []frag
	w     float64
}

// boxWidth is the width of a check box, as a multiple of the text size.
const boxWidth = 0.78

// runWidth returns the width in mm of a run's text, or of its check box.
func runWidth(r run, s string) float64 {
	if r.box != 0 {
		return boxWidth * r.size * ptToMM
	}
	return width(r.st, r.size, s)
}

// wrap breaks runs into lines no wider than maxW. It breaks at spaces
// (runs of spaces count as one; a no-break space never breaks), at hard
// breaks, and inside a word only when the word alone is wider than a
// line, preferably after a hyphen or a slash. The widths it measures are
// the widths drawLine draws: both come from the same advance widths, so
// what is measured to fit does fit.
func wrap(runs []run, maxW float64) []line {
	b := wrapper{maxW: maxW}
	for _, r := range runs {
		switch {
		case r.brk:
			b.endWord()
			b.flush()
		case r.box != 0:
			b.word = append(b.word, frag{run: r, w: runWidth(r, "")})
			b.wordW += runWidth(r, "")
		default:
			b.text(r)
		}
	}
	b.endWord()
	if len(b.cur.frags) > 0 {
		b.flush()
	}
	return b.lines
}

// wrapper is the state of wrap.
type wrapper struct {
	maxW   float64
	lines  []line
	cur    line
	space  frag // the space before the next word, when spaced
	spaced bool
	word   []frag
	wordW  float64
	// joined holds the texts of the current line's last fragment while
	// fragments that look the same are joined to it, so that a line's
	// text is put together once (seal), not again for every word.
	joined []string
}

func (b *wrapper) text(r run) {
	s := r.text
	for s != "" {
		if s[0] == ' ' {
			b.endWord()
			if !b.spaced {
				b.space, b.spaced = frag{run: r, w: runWidth(r, " ")}, true
				b.space.text = " "
			}
			s = strings.TrimLeft(s, " ")
			continue
		}
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			i = len(s)
		}
		f := frag{run: r, w: runWidth(r, s[:i])}
		f.text = s[:i]
		b.word = append(b.word, f)
		b.wordW += f.w
		s = s[i:]
	}
}

// endWord places the word collected so far: on the current line when it
// fits, else on the next, broken into pieces when it is wider than a line.
func (b *wrapper) endWord() {
	if len(b.word) == 0 {
		return
	}
	sw := 0.0
	if b.spaced && len(b.cur.frags) > 0 {
		sw = b.space.w
	}
	switch {
	case b.cur.w+sw+b.wordW <= b.maxW+1e-9:
		if sw > 0 {
			b.add(b.space)
		}
		for _, f := range b.word {
			b.add(f)
		}
	default:
		if len(b.cur.frags) > 0 {
			b.flush()
		}
		if b.wordW <= b.maxW+1e-9 {
			for _, f := range b.word {
				b.add(f)
			}
		} else {
			b.breakWord()
		}
	}
	b.word, b.wordW, b.spaced = b.word[:0], 0, false
}

// breakWord places a word wider than a line, as many characters a line
// as fit, breaking after the last hyphen or slash that fits when there is
// one. Each line takes at least one character, however narrow.
func (b *wrapper) breakWord() {
	type char struct {
		f    *frag
		text string
		w    float64
	}
	var chars []char
	for i := range b.word {
		f := &b.word[i]
		if f.box != 0 {
			chars = append(chars, char{f, "", f.w})
			continue
		}
		for _, r := range f.text {
			s := string(r)
			chars = append(chars, char{f, s, runWidth(f.run, s)})
		}
	}
	for len(chars) > 0 {
		n, w, brk := 0, b.cur.w, 0
		for n < len(chars) && (n == 0 || w+chars[n].w <= b.maxW+1e-9) {
			w += chars[n].w
			if c := chars[n].text; c == "-" || c == "/" || c == "–" || c == "—" {
				brk = n + 1
			}
			n++
		}
		if n < len(chars) && brk > 0 {
			n = brk
		}
		for _, c := range chars[:n] {
			f := *c.f
			f.text, f.w = c.text, c.w
			b.add(f)
		}
		chars = chars[n:]
		if len(chars) > 0 {
			b.flush()
		}
	}
}

// add appends a fragment to the current line, joining it to the last
// when they look the same.
func (b *wrapper) add(f frag) {
	if k := len(b.cur.frags) - 1; k >= 0 && b.cur.frags[k].same(f.run) {
		if len(b.joined) == 0 {
			b.joined = append(b.joined, b.cur.frags[k].text)
		}
		b.joined = append(b.joined, f.text)
		b.cur.frags[k].w += f.w
	} else {
		b.seal()
		f.x = b.cur.w
		b.cur.frags = append(b.cur.frags, f)
	}
	b.cur.w += f.w
}

// seal gives the current line's last fragment the texts joined to it.
func (b *wrapper) seal() {
	if len(b.joined) > 0 {
		b.cur.frags[len(b.cur.frags)-1].text = strings.Join(b.joined, "")
		b.joined = b.joined[:0]
	}
}

func (b *wrapper) flush() {
	b.seal()
	b.lines = append(b.lines, b.cur)
	b.cur = line{}
	b.spaced = false
}

// wrapChars breaks preformatted text into lines no wider than maxW,
// keeping every space, at any character.
func wrapChars(s string, st style, size, maxW float64) []string {
	var out []string
	for {
		w, i := 0.0, 0
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			rw := width(st, size, string(r))
			if i > 0 && w+rw > maxW+1e-9 {
				break
			}
			w += rw
			i += n
		}
		out = append(out, s[:i])
		s = s[i:]
		if s == "" {
			return out
		}
	}
}
