package check

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"coregroup/casefile"
	"coregroup/report"
)

// smartOwnerPerson is the rule smart.owner-person: each action's owner is
// one person, not an agency, a team or a couple.
var smartOwnerPerson = Rule{
	ID:       "smart.owner-person",
	Severity: report.Error,
	Title:    "Each action's owner is one person, not an agency, a team or a couple",
	Why: "An action given to a school, a team, a service or \"Mum and Dad\" is owned by nobody in particular. Each action needs one named professional, parent or child. " +
		"The case says who is a person: an entry named as an agency the case names is named (a member's agency:, or a name that starts with the place an agency starts with, such as Testbury Health Visiting beside Testbury Health Board), or by its own job (name: Health visitor), is not a person; nor is an entry that joins two people (\"Rhian and Gareth Example\", \"Mr & Mrs Example\"); " +
		"then the words of groups.LANG.txt (team, service, school, family and others, which a local authority can extend: policies.md) catch a name that says what it is.",
	Source:  "001 §4, 000 §2 (a named professional, parent or child for each action)",
	Example: "members:\n  - id: school\n    name: Testbury Primary\n    role: school-safeguarding-lead\n    agency: Testbury Primary\n...\n    who: school",
	Fix:     "Give the action to one person: add the person who will do it to the case, with their role, and put their id in who:. For a couple, give each parent an entry and the action to one of them, or split the action.",
	Run: func(ctx *Context) {
		agencies := ctx.agencyNames()
		ctx.eachAction(func(pl planned, a *casefile.Action) {
			p, ok := ctx.people[a.Who.ID]
			if !a.Who.IsSet() || !ok {
				return
			}
			if why, not := ctx.notOnePerson(p, agencies); not {
				ctx.forChild(pl.child).ReportAs(report.Error, a.Who.Pos, why, "ID", a.ID, "Name", p.name)
			}
		})
	},
}

// notOnePerson reports whether an entry of the case is not one person,
// with the suffix of the smart.owner-person message that says why: "" (an
// agency, a team or a service), ".two" (two people in one entry) or ".job"
// (a job, not a name). The case is asked before the word lists.
func (ctx *Context) notOnePerson(p person, agencies map[string]bool) (why string, not bool) {
	name := normalName(p.name)
	switch {
	case name == "":
		return "", false // case.name-missing reports it
	case likeAgency(name, agencies):
		return "", true
	case twoPeople(p.name):
		return ".two", true
	case p.member != nil && ctx.isJob(name, p.member):
		return ".job", true
	}
	group := false
	ctx.allWords(func(w *wordSet) {
		for _, g := range w.groups {
			group = group || containsWords(name, g)
		}
	})
	return "", group
}

// agencyNames returns the agencies the case names, normalised: every
// member's agency and every resolution request's, in every language.
func (ctx *Context) agencyNames() map[string]bool {
	out := map[string]bool{}
	add := func(t casefile.Text) {
		for _, v := range ctx.versions(t) {
			if n := normalName(v.text); n != "" {
				out[n] = true
			}
		}
	}
	for _, m := range ctx.Case.Members {
		add(m.Agency)
	}
	if r := ctx.Case.Resolution; r != nil {
		for _, q := range r.Requests {
			add(q.Agency)
		}
	}
	return out
}

// likeAgency reports whether a name is named as an agency of the case is:
// it is one, or holds the whole name of one of two words or more
// ("testbury primary safeguarding team" holds "testbury primary"), or
// starts with the two words such an agency starts with, as a place name
// does ("testbury health visiting" and "testbury health board"). A
// person's name does none of these: one word in common is not enough, so
// that Barry Evans is not the Barry Family Centre, and a one-word agency
// is matched only whole, so that Jo Barnardo is not the charity.
func likeAgency(name string, agencies map[string]bool) bool {
	if agencies[name] {
		return true
	}
	lead := leadingWords(name, 2)
	for a := range agencies {
		if strings.Contains(a, " ") && (containsWords(name, a) || (lead != "" && leadingWords(a, 2) == lead)) {
			return true
		}
	}
	return false
}

// leadingWords returns the first n words of s, or "" when it has fewer.
func leadingWords(s string, n int) string {
	words := strings.Fields(s)
	if len(words) < n {
		return ""
	}
	return strings.Join(words[:n], " ")
}

// isJob reports whether a member's name is a job: their role's name in
// English or Welsh, or their own title.
func (ctx *Context) isJob(name string, m *casefile.Member) bool {
	if slices.Contains(roleNames(m.Role), name) {
		return true
	}
	for _, v := range ctx.versions(m.Title) {
		if normalName(v.text) == name {
			return true
		}
	}
	return false
}

// bracketed matches a bracketed part of a name.
var bracketed = regexp.MustCompile(`\([^)]*\)`)

// joiners split a name that holds two people: "Rhian and Gareth Example",
// "Mr & Mrs Example", "Jo/Sam Example", and in Welsh "Rhian a Gareth". The
// Welsh words count in lower case only, so that an initial, as in "Jo A
// Example", does not.
var joiners = regexp.MustCompile(`\s+(?:(?i:and)|&|\+|a|ac)\s+|/`)

// twoPeople reports whether a name joins two people.
func twoPeople(name string) bool {
	parts := joiners.Split(strings.TrimSpace(name), -1)
	n := 0
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			n++
		}
	}
	return n > 1
}

// normalName lowercases a name and keeps its words only, without a
// leading "the" or "y"/"yr" and without what brackets hold: "The Testbury
// Primary School (fictitious)." is "testbury primary school", and "Sam
// Ward (Police)" is "sam ward".
func normalName(s string) string {
	s = bracketed.ReplaceAllString(s, " ")
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
	if len(words) > 1 && (words[0] == "the" || words[0] == "y" || words[0] == "yr") {
		words = words[1:]
	}
	return strings.Join(words, " ")
}
