package cli

import (
	"fmt"
	"strings"

	"coregroup/templates"
)

// docName is the file name, without extension, of a document of a case
// whose names start with base: what the document is, so that no two
// documents of a case share one. It is
//
//	base-kind[-part][-tierN][-YYYY-MM-DD]-lang
//
// such as CG-2026-0001-plan-leo-en (a sibling's plan),
// CG-2026-0001-minutes-2026-10-22-en (the minutes of that day's meeting)
// or CG-2026-0001-agenda-tier2-2026-11-03-cy-en (a bilingual agenda).
func docName(base string, d templates.Document, lang string) string {
	parts := []string{base, d.Kind}
	if d.Part != "" {
		parts = append(parts, safeName(d.Part))
	}
	if d.Tier > 0 {
		parts = append(parts, fmt.Sprintf("tier%d", d.Tier))
	}
	if d.Meeting.IsSet() {
		parts = append(parts, d.Meeting.String())
	}
	return strings.Join(append(parts, safeName(lang)), "-")
}

// describe names a document in an error message: its kind, and the
// meeting or the child it is of.
func describe(d templates.Document) string {
	s := d.Kind
	if d.Part != "" {
		s += " of " + d.Part
	}
	if d.Meeting.IsSet() {
		s += " of " + d.Meeting.String()
	}
	return s
}

// claimFile records that this run writes a document under name, and
// returns what already claimed it when something did: the check that two
// documents never share a file name in one run, whatever the names are
// made of. On a worker the claim is also noted, for the run to make again
// in the case's turn.
func (j *renderJob) claimFile(name string, d templates.Document) (string, bool) {
	if j.batch != nil {
		j.batch.claims = append(j.batch.claims, claim{at: j.batch.out.Len(), path: j.path, name: name, doc: describe(d)})
	}
	return j.claim(name, describe(d), j.path)
}

// claim records that the document doc of the case file path (or of no
// case, "") is written under name, unless something already is.
func (j *renderJob) claim(name, doc, path string) (string, bool) {
	if j.claimed == nil {
		j.claimed = map[string]string{}
	}
	who := doc
	if path != "" {
		who += " (" + path + ")"
	}
	if other, taken := j.claimed[name]; taken {
		return other, true
	}
	j.claimed[name] = who
	return "", false
}

// sameFileError is the error of a document whose file name another of
// the run has already claimed.
func sameFileError(name, other, doc string) error {
	return fmt.Errorf("two documents would be written as %s in one run: %s and %s; render them into different folders with -o", name, other, doc)
}

// namedCase is a case whose documents a run writes under the file name of
// its reference: the reference, and the file it was read from. Only these
// are kept, not the case, so that a run's memory does not grow with every
// case it renders.
type namedCase struct{ ref, file string }

// claimName records that the case of reference ref, read from path, writes its documents
// under the file name of its reference, and returns the other case of
// this run that already does, if any: two references that differ only in
// punctuation (CG/2026/1 and CG-2026-1) would overwrite each other's
// documents. On a worker the claim is only noted, for the run to make in
// the case's turn.
func (j *renderJob) claimName(ref, path string) (namedCase, bool) {
	if j.batch != nil {
		j.batch.claims = append(j.batch.claims, claim{at: j.batch.out.Len(), caseName: true, ref: ref, path: path})
		return namedCase{}, false // granted or not in the case's turn
	}
	if j.names == nil {
		j.names = map[string]namedCase{}
	}
	base := safeName(ref)
	if other, taken := j.names[base]; taken {
		return other, true
	}
	j.names[base] = namedCase{ref, path}
	return namedCase{}, false
}

// safeName keeps letters, digits, - and _ of a name for a file name.
func safeName(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		ok := (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') || r == '_'
		switch {
		case ok:
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	name := strings.Trim(b.String(), "-")
	if name == "" {
		return "case"
	}
	return name
}
