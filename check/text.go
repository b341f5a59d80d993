package check

import (
	"fmt"
	"strings"

	"golang.org/x/text/unicode/runenames"

	"coregroup/casefile"
	"coregroup/render/typeface"
	"coregroup/report"
)

// langText is one language's version of a localised text.
type langText struct {
	lang, text string
	pos        report.Position
}

// versions returns each non-empty language version of t; a plain string is
// in the case's text language.
func (ctx *Context) versions(t casefile.Text) []langText {
	var out []langText
	if t.ByLang == nil {
		if t.Plain != "" {
			out = append(out, langText{ctx.Case.PlainLanguage(), t.Plain, t.Pos})
		}
		return out
	}
	for _, lang := range t.Langs("") {
		if s := t.ByLang[lang]; s != "" {
			pos := t.LangPos[lang]
			if !pos.IsValid() {
				pos = t.Pos
			}
			out = append(out, langText{lang, s, pos})
		}
	}
	return out
}

// keyedText is a text of the case with the key it was given under.
type keyedText struct {
	key  string
	text casefile.Text
}

// writtenText is a string the case file writes out, at its position.
type writtenText struct {
	s   string
	pos report.Position
}

// eachText calls f with every text of the case that is set, in file order
// (casefile.Case.EachText); the texts are listed once per run.
func (ctx *Context) eachText(f func(key string, t casefile.Text)) {
	if ctx.texts == nil {
		var l []keyedText
		ctx.Case.EachText(func(key string, t casefile.Text) { l = append(l, keyedText{key, t}) })
		ctx.texts = &l
	}
	for _, kt := range *ctx.texts {
		f(kt.key, kt.text)
	}
}

// eachWritten calls f with every text the case file writes out: each
// language version of every localised text, and every free-text string
// such as a name, each at its position. They are listed once per run.
func (ctx *Context) eachWritten(f func(s string, pos report.Position)) {
	if ctx.written == nil {
		var l []writtenText
		ctx.eachText(func(_ string, t casefile.Text) {
			for _, v := range ctx.versions(t) {
				l = append(l, writtenText{v.text, v.pos})
			}
		})
		ctx.Case.EachString(func(_, s string, pos report.Position) { l = append(l, writtenText{s, pos}) })
		ctx.written = &l
	}
	for _, w := range *ctx.written {
		f(w.s, w.pos)
	}
}

// faultList writes characters for a message: each as its code point, the
// character and its Unicode name, at most three, then how many more.
func faultList(fs []typeface.Fault) string {
	var parts []string
	for i, f := range fs {
		if i == 3 {
			parts = append(parts, fmt.Sprintf("+%d", len(fs)-i))
			break
		}
		name := strings.ToLower(runenames.Name(f.Rune))
		if f.Invisible {
			parts = append(parts, fmt.Sprintf("%U (%s)", f.Rune, name))
		} else {
			parts = append(parts, fmt.Sprintf("%U %q (%s)", f.Rune, f.Rune, name))
		}
	}
	return strings.Join(parts, ", ")
}
