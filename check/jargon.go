package check

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"coregroup/locales"
)

// jargonHit is one unexplained term in a text a child reads. Plain is the
// list's plainer words, or "" for an abbreviation the list does not know.
type jargonHit struct{ term, plain string }

// abbreviation matches a capitalised abbreviation: two capitals or more,
// or a capital and digits (ICPC, CAMHS, S47), with a plural s (GPs).
var abbreviation = regexp.MustCompile(`\b(?:[A-Z][A-Z0-9&]*[A-Z0-9]|[A-Z][0-9]+)s?\b`)

// jargonIn returns every unexplained term of a text, once each, in the order
// the text has them: each term of the list, longest first where terms
// overlap, then each capitalised abbreviation that is neither in the list,
// nor one a child knows, nor part of a name in names. A term the same
// sentence explains (see explained) is not reported.
func (s *wordSet) jargonIn(text, lang string, names map[string]bool) []jargonHit {
	terms := s.termsIn(text)
	var hits []jargonHit
	seen := map[string]bool{}
	add := func(term, plain string) {
		if !seen[strings.ToLower(term)] {
			seen[strings.ToLower(term)] = true
			hits = append(hits, jargonHit{term, plain})
		}
	}
	for _, sentence := range sentences(text) {
		lower := lowerInPlace(sentence)
		taken := make([]bool, len(lower)+1)
		type found struct {
			at          int
			term, plain string
		}
		var inSentence []found
		for _, t := range terms {
			for at := 0; ; {
				from, to, next, ok := findWords(lower, t.phrase, at)
				if !ok {
					break
				}
				at = next
				if anyTaken(taken, from, to) {
					continue
				}
				markTaken(taken, from, to)
				if !explained(lower, from, to, lang) {
					inSentence = append(inSentence, found{from, t.term, t.plain})
				}
			}
		}
		for _, m := range abbreviationsIn(sentence) {
			from, to := m[0], m[1]
			word := sentence[from:to]
			if anyTaken(taken, from, to) || s.childKnows(word) || names[strings.ToLower(word)] || names[strings.ToLower(strings.TrimSuffix(word, "s"))] {
				continue
			}
			if !explained(lower, from, to, lang) {
				inSentence = append(inSentence, found{from, word, ""})
			}
		}
		sort.SliceStable(inSentence, func(i, j int) bool { return inSentence[i].at < inSentence[j].at })
		for _, f := range inSentence {
			add(f.term, f.plain)
		}
	}
	return hits
}

// jargonTerm is one term of the jargon list: as the list writes it, in
// lower case, and its plainer words.
type jargonTerm struct{ term, phrase, plain string }

// jargonTerms returns the terms of the jargon list, longest first, then
// in order; they are sorted once, the first time a text is checked.
func (s *wordSet) jargonTerms() []jargonTerm {
	s.termsOnce.Do(func() {
		keys := sortedKeys(s.jargon)
		sort.SliceStable(keys, func(i, j int) bool { return len(keys[i]) > len(keys[j]) })
		for _, k := range keys {
			s.terms = append(s.terms, jargonTerm{k, strings.ToLower(k), s.jargon[k]})
		}
	})
	return s.terms
}

// termsIn returns the terms of the jargon list that text may hold: those
// whose words it has somewhere, in lower case. A sentence of the text can
// hold no other, so jargonIn looks in each sentence for these alone.
func (s *wordSet) termsIn(text string) []jargonTerm {
	lower := lowerInPlace(text)
	var out []jargonTerm
	for _, t := range s.jargonTerms() {
		if strings.Contains(lower, strings.TrimSuffix(t.phrase, "*")) {
			out = append(out, t)
		}
	}
	return out
}

// abbreviationsIn returns where abbreviation matches in s. A match needs
// a capital followed by a capital, a digit or "&"; most sentences have
// none, and looking for one costs far less than the regular expression.
func abbreviationsIn(s string) [][]int {
	for i := 0; i+1 < len(s); i++ {
		if c, d := s[i], s[i+1]; 'A' <= c && c <= 'Z' && ('A' <= d && d <= 'Z' || '0' <= d && d <= '9' || d == '&') {
			return abbreviation.FindAllStringIndex(s, -1)
		}
	}
	return nil
}

// lowerInPlace lowercases the letters of s whose lower case is as long in
// UTF-8, so that a byte offset means the same in s and in the result.
func lowerInPlace(s string) string {
	return strings.Map(func(r rune) rune {
		if l := unicode.ToLower(r); utf8.RuneLen(l) == utf8.RuneLen(r) {
			return l
		}
		return r
	}, s)
}

// childKnows reports whether an abbreviation is one a child knows.
func (s *wordSet) childKnows(word string) bool {
	lower := strings.ToLower(word)
	for _, a := range s.abbreviations {
		if a == lower || a+"s" == lower {
			return true
		}
	}
	return false
}

func anyTaken(taken []bool, from, to int) bool {
	for i := from; i < to; i++ {
		if taken[i] {
			return true
		}
	}
	return false
}

func markTaken(taken []bool, from, to int) {
	for i := from; i < to; i++ {
		taken[i] = true
	}
}

// explainedAfter and explainedBefore find an explanation of a term in the
// same sentence, next to it: after it, "ICPC (the meeting where ...)",
// "core group, the people who help your family,", "CAMHS means ...",
// "CAMHS is the team ...", "core group: ..."; before it, "the people who
// help your family (the core group)" or "... called the core group". The
// sentence is in lower case.
var (
	explainedAfter = map[string]*regexp.Regexp{
		"en": regexp.MustCompile(`^(?:\s*\(|\s*[:–—]\s|\s+-\s|\s*,\s*(?:a|an|the|which|that|who)\s|\s+(?:means|stands for|is short for)\s|\s+(?:is|are)\s+(?:a|an|the|when|where|what|who|someone|people)\s)`),
		"cy": regexp.MustCompile(`^(?:\s*\(|\s*[:–—]\s|\s+-\s|\s*,?\s*sef\s|\s+(?:yw|ydy|ydi|yn golygu)\s)`),
	}
	explainedBefore = map[string]*regexp.Regexp{
		"en": regexp.MustCompile(`(?:\(\s*(?:the\s+|a\s+|an\s+)?|(?:called|known as|named)\s+(?:the\s+|a\s+|an\s+)?)$`),
		"cy": regexp.MustCompile(`(?:\(\s*(?:y\s+|yr\s+|'r\s+)?|(?:o'r enw|a elwir yn|sef)\s+(?:y\s+|yr\s+)?)$`),
	}
)

// explained reports whether the sentence explains the term at [from, to)
// next to it.
func explained(lower string, from, to int, lang string) bool {
	after, before := explainedAfter[locales.Base(lang)], explainedBefore[locales.Base(lang)]
	if after == nil {
		after, before = explainedAfter["en"], explainedBefore["en"]
	}
	return after.MatchString(lower[to:]) || before.MatchString(lower[:from])
}

// caseNames returns the words of the names of everyone in the case, lower
// case: initials and names are never jargon.
func (ctx *Context) caseNames() map[string]bool {
	out := map[string]bool{}
	for _, p := range ctx.people {
		for _, w := range strings.FieldsFunc(p.name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			out[strings.ToLower(w)] = true
		}
	}
	for _, ch := range ctx.Case.Children {
		for _, w := range strings.Fields(ch.KnownAs) {
			out[strings.ToLower(w)] = true
		}
	}
	return out
}
