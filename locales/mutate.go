package locales

import "strings"

// mutations returns the forms a Welsh word or phrase takes when its first
// word mutates: soft (c → g, as in "y gynhadledd"), nasal (c → ngh, "fy
// nghynllun"), aspirate (c → ch, "a chymorth"), and the h- a vowel takes
// after "ei" (her), "ein" and "eu" ("ei hatgyfeiriad"). Only initials that
// mutate give forms, so "ffactorau" gives none, nor does a phrase that
// starts with a small word such as "ar" or "yn". The phrase is expected in
// lower case, as normalise leaves it.
func mutations(phrase string) []string {
	first, _, _ := strings.Cut(phrase, " ")
	if unmutated[first] {
		return nil
	}
	for _, r := range initialMutations {
		if !strings.HasPrefix(phrase, r.from) {
			continue
		}
		rest := phrase[len(r.from):]
		out := make([]string, 0, len(r.to))
		for _, to := range r.to {
			out = append(out, to+rest)
		}
		return out
	}
	if startsWithVowel(phrase) {
		return []string{"h" + phrase}
	}
	return nil
}

// unmutated are the small words a form may start with that do not
// mutate: "ar y gofrestr", "yn bresennol", "wedi'i gwblhau".
var unmutated = map[string]bool{"a": true, "ac": true, "ar": true, "dros": true, "i": true, "o": true,
	"y": true, "yr": true, "yn": true, "wedi": true, "wedi'i": true, "wedi'u": true}

// initialMutations lists each initial that mutates with its soft, nasal
// and aspirate forms, in that order. The digraphs come first, since "ll"
// and "rh" mutate and "ch", "dd", "ff", "ng", "ph" and "th" do not.
var initialMutations = []struct {
	from string
	to   []string
}{
	{"ll", []string{"l"}},
	{"rh", []string{"r"}},
	{"ch", nil}, {"dd", nil}, {"ff", nil}, {"ng", nil}, {"ph", nil}, {"th", nil},
	{"p", []string{"b", "mh", "ph"}},
	{"t", []string{"d", "nh", "th"}},
	{"c", []string{"g", "ngh", "ch"}},
	{"b", []string{"f", "m"}},
	{"d", []string{"dd", "n"}},
	{"g", []string{"", "ng"}},
	{"m", []string{"f"}},
}

func startsWithVowel(s string) bool {
	for _, r := range s {
		return strings.ContainsRune("aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ", r)
	}
	return false
}
