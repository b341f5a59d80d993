package check

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// vagueness is why an action is not specific.
type vagueness int

const (
	notVague vagueness = iota
	// vaguePhrase: a phrase vague wherever it appears ("as needed").
	vaguePhrase
	// vagueAttitude: the action asks for a way of being ("be honest with
	// professionals", "cooperate with the plan") rather than a deed.
	vagueAttitude
	// vagueVerb: a vague verb ("support", "monitor") with nothing to say
	// how often or when.
	vagueVerb
)

// vague judges the text of an action: why it is not specific and the words
// that show it, or notVague. A phrase or an attitude is vague whatever else
// the action says, since no frequency makes "be honest" something anyone
// can see done; a vague verb is made specific by a number, a frequency or
// a day.
func (s *wordSet) vague(text string) (vagueness, string) {
	lower := strings.ToLower(text)
	for _, p := range s.always {
		if containsWords(lower, p) {
			return vaguePhrase, p
		}
	}
	for _, p := range s.attitude {
		if containsWords(lower, p) {
			return vagueAttitude, strings.TrimSuffix(p, "*")
		}
	}
	if m := s.stateExpr(); m != nil && s.mayState(lower) {
		if found := m.FindStringSubmatch(lower); found != nil {
			return vagueAttitude, strings.TrimFunc(found[1], func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
		}
	}
	if hasDigit(lower) {
		return notVague, ""
	}
	for _, w := range s.specific {
		if containsWords(lower, w) {
			return notVague, ""
		}
	}
	for _, p := range s.verbs {
		if containsWords(lower, p) {
			return vagueVerb, strings.TrimSuffix(p, "*")
		}
	}
	return notVague, ""
}

// mayState reports whether stateExpr could match lower: it needs a
// linking word and a state in it. Most actions have no state, and looking
// for the words costs far less than the expression.
func (s *wordSet) mayState(lower string) bool {
	return slices.ContainsFunc(s.be, func(b string) bool { return strings.Contains(lower, b) }) &&
		slices.ContainsFunc(s.states, func(st string) bool { return strings.Contains(lower, st) })
}

// stateExpr returns the expression that finds a state asked for with a
// linking verb: "be", "is" or "remain", any adverbs such as "more" or
// "fully", then a state such as "honest" ("to be more open", "remains
// calm"). It is nil when the language lists no states.
func (s *wordSet) stateExpr() *regexp.Regexp {
	s.stateOnce.Do(func() {
		if len(s.be) == 0 || len(s.states) == 0 {
			return
		}
		alt := func(l []string) string {
			q := make([]string, len(l))
			for i, w := range l {
				q[i] = regexp.QuoteMeta(w)
			}
			return strings.Join(q, "|")
		}
		adverbs := ""
		if len(s.adverbs) > 0 {
			adverbs = `(?:(?:` + alt(s.adverbs) + `)\s+)*`
		}
		// A linking word such as Welsh 'n joins the word before it; the
		// others start a word.
		var joined, words []string
		for _, b := range s.be {
			if b[0] == '\'' || strings.HasPrefix(b, "’") {
				joined = append(joined, b)
			} else {
				words = append(words, b)
			}
		}
		link := `(?:^|[^\pL])(?:` + alt(words) + `)`
		if len(joined) > 0 {
			link = `(?:` + link + `|` + alt(joined) + `)`
		}
		s.stateRE = regexp.MustCompile(`(` + link + `\s+` + adverbs + `(?:` + alt(s.states) + `))(?:$|[^\pL])`)
	})
	return s.stateRE
}
