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
	Why:      "A bidirectional control such as U+202E RIGHT-TO-LEFT OVERRIDE shows a name backwards in one reader and not in another; zero-width characters make words that look the same differ. Documents leave them out of the PDF; the Markdown keeps the text as written.",
	Source:   "documents.md",
	Example:  "name: \"Sam \\u202eJones\"",
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
