package check

import (
	"coregroup/casefile"
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
