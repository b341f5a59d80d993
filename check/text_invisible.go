package check

import (
	"coregroup/render/typeface"
	"coregroup/report"
)

// textInvisible is the rule text.invisible: a text holds no invisible
// character that changes how it reads.
var textInvisible = Rule{
	ID:       "text.invisible",
	Severity: report.Warning,
	Title:    "No invisible characters that change how a text reads",
	Why:      "Zero-width characters (U+200B ZERO WIDTH SPACE, joiners, U+FEFF) make words that look the same differ, and a search miss them; a bidirectional control (U+202A-U+202E, U+2066-U+2069) shows a text in another order in one reader than in another. Documents leave them out of the PDF; the Markdown keeps the text as written.",
	Source:   "documents.md",
	Example:  "name: \"Sam \\u200bJones\"",
	Fix:      "Delete the character; it was most likely pasted in with the text.",
	Always:   true,
	Run: func(ctx *Context) {
		ctx.eachWritten(func(s string, pos report.Position) {
			var fs []typeface.Fault
			for _, f := range typeface.Faults(s) {
				if f.Invisible {
					fs = append(fs, f)
				}
			}
			if fs != nil {
				ctx.Report(pos, "Chars", faultList(fs))
			}
		})
	},
}
