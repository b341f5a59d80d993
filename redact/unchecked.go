package redact

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"coregroup/casefile"
)

// capitalised is a word with a capital first letter and what comes
// before it on its line, to tell the start of a sentence.
var capitalised = regexp.MustCompile(`(^|[.!?:;"“(]\s*|\s)(\p{Lu}[\p{L}'’]*)`)

// plainCapitals are words written with a capital that name no one.
var plainCapitals = map[string]bool{"I": true, "I'm": true, "I've": true, "I'll": true, "I'd": true, "Mum": true, "Dad": true, "Mummy": true, "Daddy": true, "Mam": true}

// unchecked returns the capitalised words of the case's texts, not at the
// start of a sentence, that are neither stand-ins nor month or day names,
// sorted.
func (r *redactor) unchecked(c *casefile.Case) []string {
	given := map[string]bool{}
	for _, s := range r.tokens {
		given[strings.ToLower(s)] = true
	}
	for _, names := range append(months, weekdays...) {
		for _, n := range names {
			given[strings.ToLower(n)] = true
		}
	}
	seen := map[string]bool{}
	var out []string
	c.EachText(func(_ string, t casefile.Text) {
		for _, s := range append([]string{t.Plain}, sortedValues(t.ByLang)...) {
			for _, m := range capitalised.FindAllStringSubmatch(s, -1) {
				w := strings.TrimRight(m[2], "'’")
				w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
				sentenceStart := m[1] == "" || strings.ContainsAny(m[1], ".!?:\n")
				if sentenceStart || seen[w] || plainCapitals[w] || given[strings.ToLower(w)] || isPlace(w) || !hasLower(w) {
					continue
				}
				seen[w] = true
				out = append(out, w)
			}
		}
	})
	slices.Sort(out)
	return out
}

// isPlace reports whether w is one of the fictitious places.
func isPlace(w string) bool { return slices.Contains(places, w) }

// hasLower reports whether w has a small letter: an abbreviation such as
// CAMHS names a service, not a person.
func hasLower(w string) bool { return strings.IndexFunc(w, unicode.IsLower) >= 0 }

// weekdays are the names of the days, English then Welsh.
var weekdays = [][]string{
	{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"},
	{"Llun", "Mawrth", "Mercher", "Iau", "Gwener", "Sadwrn", "Sul"},
}
