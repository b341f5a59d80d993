package templates

import (
	"slices"
	"strings"

	"coregroup/casefile"
)

// Kind is one kind of document coregroup writes. The registry (Kinds) is
// what the command line, the translators' PO files and the tests read, so
// adding a kind is a template (Name.md.tmpl in this folder), a builder
// (the function that makes the template's data from a case), an entry in
// Kinds and the messages the template and the title use.
type Kind struct {
	// Name names the kind on the command line and in file names, such as
	// "plan"; its template is Name + ".md.tmpl".
	Name string
	// Title is the message id of the document's title. The title of a
	// per-child kind gets the child's name as Name.
	Title string
	// PerChild makes one document for each child of a case; other kinds
	// make one document per case.
	PerChild bool
	// Large asks for the large clear type of the family's copy.
	Large bool
	// Blank marks a form that can be written empty, to fill in by hand
	// (render --blank). A form in several languages (--lang cy+en) is one
	// document with every label in each, Welsh then English; any other
	// document in several is one part per language.
	Blank bool
	// Resolution marks a document of the resolution process, which only
	// a case under a policy that has one gets.
	Resolution bool
	// Blocking lists the rule-id prefixes of the errors that stop a
	// document of the kind: "load." for every loader error, "plan." for
	// every rule about the plan, "child.views" for that rule alone. They
	// are the errors in what the document prints; errors of timing
	// (time.*) and of how the core group runs (who chairs, who
	// interprets) never stop a document, which is how they are put right.
	// A text missing in the document's language stops it too.
	Blocking []string
	// Reads lists the top-level keys of a case file whose texts the
	// document prints, such as "meetings", so that a translator is told
	// where each text appears.
	Reads []string
	// Called names the document in English for translators, such as
	// "the plan". A kind in a Group, such as "the resolution forms", is
	// named by the group, and Called names it within the group ("agenda").
	Called, Group string
	// build makes the data the template runs over: for one child ch of a
	// per-child kind, else for the case (ch is nil).
	build func(b *builder, ch *casefile.Child, opts Options) (any, error)
}

// Registry is a list of document kinds, in the order "render --doc all"
// writes them.
type Registry []Kind

// Names returns the kinds' names, in order.
func (r Registry) Names() []string {
	out := make([]string, len(r))
	for i, k := range r {
		out[i] = k.Name
	}
	return out
}

// Lookup returns the kind of a name; ok is false when there is none.
func (r Registry) Lookup(name string) (k Kind, ok bool) {
	i := slices.IndexFunc(r, func(k Kind) bool { return k.Name == name })
	if i < 0 {
		return Kind{}, false
	}
	return r[i], true
}

// peopleKeys are the top-level keys whose texts (a relationship, a job
// title, an agency) are printed in a document's lists of people.
var peopleKeys = []string{"family", "members"}

// AppearsIn names, for a translator, the documents that print the texts
// under a top-level key of a case file: "the plan", "the minutes and
// the letter", "the resolution forms (request, agenda and record)" when
// a group's kinds alone print them, or "the lists of people in the plan,
// the minutes and the resolution forms"; "" when no document does.
func (r Registry) AppearsIn(key string) string {
	var parts, members []string
	for _, k := range r {
		if !slices.Contains(k.Reads, key) {
			continue
		}
		name := k.Called
		if k.Group != "" {
			name = k.Group
			members = append(members, k.Called)
		}
		if !slices.Contains(parts, name) {
			parts = append(parts, name)
		}
	}
	s := joinAnd(parts)
	if len(parts) == 1 && len(members) > 1 {
		s += " (" + joinAnd(members) + ")"
	}
	if s != "" && slices.Contains(peopleKeys, key) {
		s = "the lists of people in " + s
	}
	return s
}

// joinAnd joins words as English lists them: "a", "a and b", "a, b and c".
func joinAnd(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}
