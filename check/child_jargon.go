package check

import (
	"strings"

	"coregroup/casefile"
	"coregroup/report"
)

// childJargon is the rule child.jargon: what the child reads has no
// unexplained jargon.
var childJargon = Rule{
	ID:       "child.jargon",
	Severity: report.Warning,
	Title:    "What the child reads has no unexplained jargon",
	Why:      "Words such as ICPC, core group or Section 47 mean nothing to a child; the plan must be understandable by a child of 8.",
	Source:   "001 §4",
	Example:  "child: The core group will check on you.",
	Fix:      "Use the plain words suggested, or explain the term in the sentence.",
	Run: func(ctx *Context) {
		ctx.childTexts(func(ch *casefile.Child, t casefile.Text) {
			for _, v := range ctx.versions(t) {
				for _, term := range jargonFor(v.lang) {
					if containsWords(strings.ToLower(v.text), strings.ToLower(term.word)) {
						ctx.forChild(ch).Report(v.pos, "Term", term.word, "Plain", term.plain)
						break
					}
				}
			}
		})
	},
}
