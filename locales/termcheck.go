package locales

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The kinds of TermProblem.
const (
	TermMissing   = "missing"    // the English has the term, the Welsh none of its forms
	TermForbidden = "forbidden"  // the Welsh has a variant ruled out everywhere
	TermWrongHere = "wrong-here" // the Welsh has a variant ruled out for this term
)

// TermProblem is a Welsh text that does not follow the termbase.
type TermProblem struct {
	Term *Term
	Kind string
	// English is the term as the English text has it, for TermMissing.
	English string
	// Variant is the ruled-out form found, for TermForbidden and
	// TermWrongHere.
	Variant Variant
}

// String says what is wrong and what to write, for a translator.
func (p TermProblem) String() string {
	want := fmt.Sprintf("write %q (docs/glossary.md)", p.Term.Preferred())
	switch p.Kind {
	case TermMissing:
		return fmt.Sprintf("term %q: the English says %q but the Welsh has no form of %q: %s",
			p.Term.Headword(), p.English, p.Term.Preferred(), want)
	case TermForbidden:
		return fmt.Sprintf("term %q: %q is not used (%s): %s", p.Term.Headword(), p.Variant.Text, p.Variant.Why, want)
	default:
		return fmt.Sprintf("term %q: %q is wrong here (%s): %s", p.Term.Headword(), p.Variant.Text, p.Variant.Why, want)
	}
}

// Check compares a Welsh text with its English source: every term the
// English uses must appear in the Welsh in one of its forms (a mutated
// form counts), and no ruled-out variant may appear; a term whose
// ruled-out variant is found is not also reported missing. With no English (a
// text written only in Welsh) only the ruled-out variants are looked for.
// Placeholders such as {{.Name}} and case-file keys the Welsh keeps as
// they are (such as "add plan:" and "ychwanegwch plan:") are not words of
// either language. Problems come in termbase order.
func (tb *Termbase) Check(english, welsh string) []TermProblem {
	cy := normalise(welsh)
	var out []TermProblem
	found := tb.termsIn(withoutKeys(normalise(english), cy))
	for i := range tb.Terms {
		t := &tb.Terms[i]
		for _, v := range t.Forbidden {
			if v.in(cy) {
				out = append(out, TermProblem{Term: t, Kind: TermForbidden, Variant: v})
			}
		}
		en, ok := found[t]
		if !ok {
			continue
		}
		ruledOut := len(out)
		for _, v := range t.WrongHere {
			if v.in(cy) {
				out = append(out, TermProblem{Term: t, Kind: TermWrongHere, Variant: v})
			}
		}
		if !containsAny(cy, t.welshForms()) && len(out) == ruledOut && !t.forbiddenIn(cy) {
			out = append(out, TermProblem{Term: t, Kind: TermMissing, English: en})
		}
	}
	return out
}

// in reports whether a normalised Welsh text has the variant, in any
// mutation.
func (v Variant) in(cy string) bool { return containsAny(cy, withMutations([]string{v.Text})) }

// forbiddenIn reports whether a normalised Welsh text has one of the
// term's forbidden variants.
func (t *Term) forbiddenIn(cy string) bool {
	for _, v := range t.Forbidden {
		if v.in(cy) {
			return true
		}
	}
	return false
}

// termsIn finds the terms a normalised English text uses, each with the
// form it is written in. Longer forms are matched first and their words
// are then set aside, so "head teacher" is not also "teacher".
func (tb *Termbase) termsIn(en string) map[*Term]string {
	type candidate struct {
		term *Term
		form string
	}
	var cands []candidate
	for i := range tb.Terms {
		for _, f := range tb.Terms[i].EN {
			cands = append(cands, candidate{&tb.Terms[i], normalise(f)})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return len(cands[i].form) > len(cands[j].form) })
	found := map[*Term]string{}
	text := []byte(en)
	for _, c := range cands {
		if c.term.Label {
			if s := strings.Trim(string(text), " .:"); s == c.form || s == c.form+"s" {
				found[c.term] = s
			}
			continue
		}
		for _, sp := range wordSpans(string(text), c.form, true) {
			if _, seen := found[c.term]; !seen {
				found[c.term] = string(text[sp[0]:sp[1]])
			}
			for k := sp[0]; k < sp[1]; k++ {
				text[k] = ' '
			}
		}
	}
	return found
}

// containsAny reports whether the text has any of the forms as whole
// words.
func containsAny(text string, forms []string) bool {
	for _, f := range forms {
		if len(wordSpans(text, f, false)) > 0 {
			return true
		}
	}
	return false
}

// wordSpans finds each place the form stands as whole words in the text:
// no letter or digit just before or after it. With plural, a following
// "s" is taken as part of the match ("groups" for "group").
func wordSpans(text, form string, plural bool) [][2]int {
	var out [][2]int
	if form == "" {
		return nil
	}
	for from := 0; from <= len(text)-len(form); {
		i := strings.Index(text[from:], form)
		if i < 0 {
			break
		}
		start, end := from+i, from+i+len(form)
		if plural && strings.HasPrefix(text[end:], "s") && !wordCharAt(text, end+1) {
			end++
		}
		if !wordCharBefore(text, start) && !wordCharAt(text, end) {
			out = append(out, [2]int{start, end})
		}
		from = start + 1
	}
	return out
}

func wordCharAt(s string, i int) bool {
	for _, r := range s[min(i, len(s)):] {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}

func wordCharBefore(s string, i int) bool {
	r, size := utf8.DecodeLastRuneInString(s[:i])
	return size > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

var (
	placeholderText = regexp.MustCompile(`\{\{[^}]*\}\}|\{(page|pages)\}`)
	caseKey         = regexp.MustCompile(`[a-z_]+:`)
	apostrophes     = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'")
)

// normalise prepares a text for matching: Unicode NFC, lower case, one
// kind of apostrophe, placeholders blanked and white space collapsed.
func normalise(s string) string {
	s = placeholderText.ReplaceAllString(s, " ")
	s = apostrophes.Replace(strings.ToLower(norm.NFC.String(s)))
	return strings.Join(strings.Fields(s), " ")
}

// withoutKeys blanks from the English every case-file key that the Welsh
// also writes as it is ("plan:", "reason:"): those are code, not words.
func withoutKeys(en, cy string) string {
	for _, k := range caseKey.FindAllString(cy, -1) {
		for _, sp := range wordSpans(en, k, false) {
			en = en[:sp[0]] + strings.Repeat(" ", sp[1]-sp[0]) + en[sp[1]:]
		}
	}
	return en
}
