package check

import (
	"coregroup/casefile"
	"coregroup/report"
)

// childJargon is the rule child.jargon: what the child reads has no
// unexplained jargon.
var childJargon = Rule{
	ID:       "child.jargon",
	Severity: report.Warning,
	Title:    "What the child reads has no unexplained jargon",
	Why:      "Words such as ICPC, core group or Section 47 mean nothing to a child; the plan must be understandable by a child of 8. Every unexplained term of a text is reported, each once: the terms of jargon.LANG.yaml, and any capitalised abbreviation (LADO, CSE) but those a child knows (abbreviations.LANG.txt) and the names and initials of the people in the case. A term the same sentence explains next to it is accepted: \"the core group (the people who help your family)\", \"the people who help your family, called the core group\", \"CAMHS means ...\". A local authority can extend both lists (policies.md).",
	Source:   "001 §4",
	Example:  "child: The core group will check on you.",
	Fix:      "Use the plain words suggested, or explain the term in the same sentence, in brackets after it or as \"..., called the core group\".",
	Run: func(ctx *Context) {
		names := ctx.caseNames()
		ctx.childTexts(func(ch *casefile.Child, t casefile.Text) {
			for _, v := range ctx.versions(t) {
				w := ctx.words(v.lang)
				if w == nil {
					continue
				}
				for _, hit := range w.jargonIn(v.text, v.lang, names) {
					if hit.plain == "" {
						ctx.forChild(ch).ReportAs(report.Warning, v.pos, ".abbreviation", "Term", hit.term)
					} else {
						ctx.forChild(ch).Report(v.pos, "Term", hit.term, "Plain", hit.plain)
					}
				}
			}
		})
	},
}
