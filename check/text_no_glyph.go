package check

import (
	"slices"
	"strings"

	"coregroup/render/typeface"
	"coregroup/report"
)

// textNoGlyph is the rule text.no-glyph: every character of a text can be
// printed in the documents' typeface.
var textNoGlyph = Rule{
	ID:       "text.no-glyph",
	Severity: report.Warning,
	Title:    "Every character can be printed",
	Why:      "The documents are set in Andika, a typeface for beginning readers that covers Latin and Cyrillic letters; an emoji, a star or a name in Arabic script prints as a stand-in such as [slightly smiling face] or [Arabic]. The Markdown keeps the text as written.",
	Source:   "documents.md",
	Example:  "child: You are doing great 🙂",
	Fix:      "Say it in words, or give the name in Latin letters too, such as Amira (أميرة).",
	Always:   true,
	Run: func(ctx *Context) {
		ctx.eachWritten(func(s string, pos report.Position) {
			var fs []typeface.Fault
			var shown []string
			for _, f := range typeface.Faults(s) {
				if f.Invisible {
					continue
				}
				fs = append(fs, f)
				if st := typeface.StandIn(f.Rune); st != "" && !slices.Contains(shown, st) {
					shown = append(shown, st)
				}
			}
			if fs != nil {
				ctx.Report(pos, "Chars", faultList(fs), "Shown", strings.Join(shown, " "))
			}
		})
	},
}
