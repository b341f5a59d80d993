package check

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

// RulesDoc returns docs/rules.md: every rule with what it asks, why, the
// procedure it comes from, an example that breaks it, what it says and how
// to fix it. It is generated from the list of rules, so it lists exactly the
// rules that run.
func RulesDoc() []byte {
	var b bytes.Buffer
	b.WriteString(`<!-- Generated from check/*.go by "make gen"; do not edit by hand. -->
# What coregroup checks

` + "`coregroup validate`" + ` runs these rules over every case file that loads. Each finding names
its rule, a severity and the place in the file. **error**: the case is wrong or incomplete,
and its documents are not ready to go out. **warning**: something a person should look at.
**info**: a note, something to know, such as a deadline counted without its year's proclaimed holidays.

An error in what a document prints stops that document: ` + "`render`" + ` refuses it, printing the same
finding, unless ` + "`--draft`" + `; a warning never stops one. So a case that ` + "`validate`" + ` finds no error in
renders. Two kinds of error stop no document, because the documents are how they are put right:
errors of timing (` + "`time.*`" + `: a meeting or a record overdue) and of how the core group runs
(` + "`people.chairing`" + `, ` + "`people.chair-after-tier1`" + `, ` + "`people.interpreter`" + `,
` + "`people.split-group`" + `, ` + "`meeting.interpreter`" + `, ` + "`resolution.chair`" + `, ` + "`resolution.tier1-family`" + `).
Timescale rules judge dates against the day given by ` + "`--as-of`" + ` (default today): overdue is an
error, due within five working days a warning, a deadline missed in the past a warning.
Numbers such as "10 working days" come from the case's policy profile (policy/profiles/).
Sources are numbered as in [sources.md](sources.md): 000 (England briefing), 001 (England plan
and core group), 002 (West Midlands), 003 (Wales, Cwm Taf Morgannwg), 004 (Scotland).
A rule's severity below is that of its main finding; where a lesser case of it is reported at a
lower severity, its text says so.

Problems in the file itself (unknown keys, impossible dates, ids that do not exist) are
reported by the loader with rule ids starting ` + "`load.`" + `; see [case-format.md](case-format.md).

| rule | severity | asks |
|---|---|---|
`)
	for _, r := range Rules() {
		fmt.Fprintf(&b, "| [`%s`](#%s) | %s | %s |\n", r.ID, anchor(r.ID), r.Severity, r.Title)
	}
	b.WriteString(dutiesDoc)
	for _, d := range duties {
		var by []string
		for _, id := range d.Rules {
			by = append(by, fmt.Sprintf("[`%s`](#%s)", id, anchor(id)))
		}
		checked := strings.Join(by, ", ")
		switch {
		case checked == "":
			checked = "not checked: " + d.Why
		case d.Why != "":
			checked += "; " + d.Why
		}
		fmt.Fprintf(&b, "| %s | \"%s\" | %s |\n", d.Source, d.Says, checked)
	}
	for _, r := range Rules() {
		fmt.Fprintf(&b, "\n## %s\n\n**%s** (%s). %s\n\nSource: %s.\n\nExample:\n\n```yaml\n%s\n```\n\nFix: %s\n",
			r.ID, r.Title, r.Severity, r.Why, docName.ReplaceAllString(r.Source, "[$0]($0)"), r.Example, r.Fix)
	}
	return b.Bytes()
}

// dutiesDoc introduces the table of the procedures' duties.
const dutiesDoc = `
## The duties of the procedures, and the rules that check them

Each "must", "should" and "within" of the procedures, quoted in part, with the rules that
check it, or why none does.

| source | the procedure says | checked by |
|---|---|---|
`

// docName matches the name of a document beside docs/rules.md that a
// rule's source cites, such as policies.md.
var docName = regexp.MustCompile(`\b[\w-]+\.md\b`)

// anchor is the Markdown heading anchor of a rule id.
func anchor(id string) string { return strings.ReplaceAll(id, ".", "") }
