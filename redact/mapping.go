package redact

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"

	"coregroup/casefile"
)

// redactor holds the stand-ins of one copy: every word of a name or a
// place, every address, contact and the reference, each always replaced
// by the same fictitious one, and the number of days every date moves.
type redactor struct {
	rng    *rand.Rand
	shift  int               // days every date moves: whole weeks, one to five years back
	tokens map[string]string // lower-case word of a name or a place → its stand-in
	taken  map[string]bool   // lower-case words no stand-in may be: the originals and those given
	whole  map[string]string // whole values: addresses, contacts, the reference, the authority
	born   map[string]string // dates of birth → theirs, moved further than the other dates
}

var (
	word = regexp.MustCompile(`\p{L}+`)
	// titled is a name after a title or a family word, in a text: "Ms
	// Hussain", "Aunty Sam", "Nain Jones".
	titled  = regexp.MustCompile(`\b(Mr|Mrs|Ms|Miss|Mx|Dr|Aunt|Aunty|Auntie|Uncle|Nain|Taid|Nan|Nanna|Grandma|Grandad|Granny|Grandpa)\.? (\p{Lu}\p{L}+)`)
	isoDate = regexp.MustCompile(`\b[0-9]{4}-[0-9]{2}-[0-9]{2}\b`)
	phone   = regexp.MustCompile(`(?:\+44 ?|\b0)[0-9](?:[ -]?[0-9]){8,10}\b`)
	email   = regexp.MustCompile(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`)
)

// newRedactor chooses the stand-ins for case c with rng. The words of
// kept are never replaced in a name: the words that show a name is a
// group rather than a person.
func newRedactor(c *casefile.Case, rng *rand.Rand, kept []string) *redactor {
	r := &redactor{rng: rng, tokens: map[string]string{}, taken: map[string]bool{}, whole: map[string]string{}, born: map[string]string{}}
	keep := map[string]bool{}
	for _, k := range kept {
		keep[strings.ToLower(k)] = true
	}
	nameWords := func(n string) []string { return nameWords(n, keep) }
	r.shift = -7 * (53 + rng.IntN(208))
	var names, placed []string // in file order, so the same case gets the same stand-ins
	var births []casefile.Date
	for _, ch := range c.Children {
		advocate, _, _ := strings.Cut(ch.Advocate, "(") // the person, not the service
		names = append(names, ch.Name, ch.KnownAs, advocate)
		placed = append(placed, ch.Address)
		births = append(births, ch.Born)
	}
	for _, f := range c.Family {
		advocate, _, _ := strings.Cut(f.Advocate, "(") // the person, not the service
		names = append(names, f.Name, advocate)
		placed = append(placed, f.Address)
		births = append(births, f.Born)
	}
	for _, m := range c.Members {
		names = append(names, m.Name)
	}
	placed = append(placed, c.Authority)
	for _, n := range names {
		for _, w := range nameWords(n) {
			r.taken[strings.ToLower(w)] = true
		}
	}
	for _, p := range placed {
		for _, w := range placeWords(p) {
			r.taken[strings.ToLower(w)] = true
		}
	}
	for _, m := range c.Members {
		r.taken[strings.ToLower(m.Contact)] = true
	}
	var titles [][]string // title, name
	c.EachText(func(_ string, t casefile.Text) {
		for _, s := range append([]string{t.Plain}, sortedValues(t.ByLang)...) {
			for _, m := range titled.FindAllStringSubmatch(s, -1) {
				titles = append(titles, m[1:])
				r.taken[strings.ToLower(m[2])] = true
			}
			for _, m := range append(phone.FindAllString(s, -1), email.FindAllString(s, -1)...) {
				r.taken[strings.ToLower(m)] = true
			}
		}
	})
	for _, n := range names {
		for i, w := range nameWords(n) {
			if i == 0 {
				r.pick(givenNames, w)
			} else {
				r.pick(surnames, w)
			}
		}
	}
	for _, t := range titles {
		if strings.HasPrefix(t[0], "M") || t[0] == "Dr" {
			r.pick(surnames, t[1])
		} else {
			r.pick(givenNames, t[1])
		}
	}
	for _, p := range placed {
		for _, w := range placeWords(p) {
			r.pick(places, w)
		}
	}
	r.whole[c.Ref] = fmt.Sprintf("RED-%06d", rng.IntN(1000000))
	if c.Authority != "" {
		r.whole[c.Authority] = r.pick(places, "") + " Council (fictitious)"
	}
	for _, a := range placed[:len(placed)-1] {
		if a != "" && r.whole[a] == "" {
			r.whole[a] = fmt.Sprintf("%d %s %s, %s", 1+rng.IntN(98), r.pick(places, ""), streets[rng.IntN(len(streets))], r.pick(places, ""))
		}
	}
	for _, m := range c.Members {
		if m.Contact != "" && r.whole[m.Contact] == "" {
			r.whole[m.Contact] = r.contact(m.Contact)
		}
	}
	for _, b := range births {
		if b.IsSet() && r.born[b.String()] == "" {
			days := 30 + rng.IntN(150)
			if rng.IntN(2) == 0 {
				days = -days
			}
			r.born[b.String()] = b.AddDate(0, 0, r.shift+days).Format(time.DateOnly)
		}
	}
	return r
}

func sortedValues(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	sort.Strings(out)
	return out
}

// nameWords returns the words of a name that may name someone: those with
// a capital first letter that are not titles, joining words, words of
// places' kinds (notPlaces) or kept.
func nameWords(n string, kept map[string]bool) []string {
	var out []string
	for _, w := range word.FindAllString(n, -1) {
		lw := strings.ToLower(w)
		if unicode.IsUpper([]rune(w)[0]) && !kept[lw] && !notNames[lw] && !notPlaces[lw] {
			out = append(out, w)
		}
	}
	return out
}

// placeWords returns the words of an address or an authority that may
// name a place: those of two letters or more that notPlaces does not list.
func placeWords(s string) []string {
	var out []string
	for _, w := range word.FindAllString(s, -1) {
		if len([]rune(w)) >= 2 && !notPlaces[strings.ToLower(w)] {
			out = append(out, w)
		}
	}
	return out
}

// pick returns the stand-in of the word orig, choosing one from list the
// first time: one not taken, with as many syllables as orig where there is
// one, so that the reading level of a text stays the same. An empty orig
// gets a stand-in of its own.
func (r *redactor) pick(list []string, orig string) string {
	key := strings.ToLower(orig)
	if s, ok := r.tokens[key]; ok && orig != "" {
		return s
	}
	start := r.rng.IntN(len(list))
	for pass := range 2 {
		for i := range list {
			s := list[(start+i)%len(list)]
			if r.taken[strings.ToLower(s)] || (pass == 0 && orig != "" && syllables(s) != syllables(orig)) {
				continue
			}
			r.taken[strings.ToLower(s)] = true
			if orig != "" {
				r.tokens[key] = s
			}
			return s
		}
	}
	// Every stand-in is taken: put two together.
	s := list[start] + strings.ToLower(list[(start+1)%len(list)])
	for r.taken[strings.ToLower(s)] {
		s += "a"
	}
	r.taken[strings.ToLower(s)] = true
	if orig != "" {
		r.tokens[key] = s
	}
	return s
}

// syllables counts the groups of vowels of a word, as the reading level
// check does, near enough.
func syllables(w string) int {
	n, prev := 0, false
	for _, r := range strings.ToLower(w) {
		v := strings.ContainsRune("aeiouy", r)
		if v && !prev {
			n++
		}
		prev = v
	}
	if n > 1 && strings.HasSuffix(strings.ToLower(w), "e") && !strings.HasSuffix(strings.ToLower(w), "le") {
		n--
	}
	return max(n, 1)
}

// contact returns a stand-in for a phone number or an e-mail address,
// never one of the case's own.
func (r *redactor) contact(s string) string {
	for n := len(r.whole) + 1; ; n++ {
		stand := fmt.Sprintf("01632 960%03d", r.rng.IntN(1000))
		if strings.Contains(s, "@") {
			stand = fmt.Sprintf("contact%d@example.org", n)
		}
		if !r.taken[stand] {
			r.taken[stand] = true
			return stand
		}
	}
}

// text returns s with every name, place, address, contact and reference
// replaced by its stand-in, every phone number and e-mail address by a
// fictitious one, and every date moved. Whole values go first, then
// e-mail addresses and phone numbers, each held aside as a placeholder so
// that the words of a stand-in (example.org) are not taken for a name;
// then dates and words.
func (r *redactor) text(s string) string {
	var held []string
	hold := func(stand string) string {
		held = append(held, stand)
		return fmt.Sprintf("\uE000%d\uE001", len(held)-1)
	}
	wholes := make([]string, 0, len(r.whole))
	for orig := range r.whole {
		if orig != "" {
			wholes = append(wholes, orig)
		}
	}
	sort.Slice(wholes, func(i, j int) bool { // longest first, so a part never goes before the whole
		if len(wholes[i]) != len(wholes[j]) {
			return len(wholes[i]) > len(wholes[j])
		}
		return wholes[i] < wholes[j]
	})
	for _, orig := range wholes {
		if strings.Contains(s, orig) {
			s = strings.ReplaceAll(s, orig, hold(r.whole[orig]))
		}
	}
	s = email.ReplaceAllStringFunc(s, func(m string) string { return hold(r.stand(m, r.contact)) })
	s = phone.ReplaceAllStringFunc(s, func(m string) string { return hold(r.stand(m, r.contact)) })
	s = isoDate.ReplaceAllStringFunc(s, r.date)
	s = wordDate.ReplaceAllStringFunc(s, r.wordDate)
	s = word.ReplaceAllStringFunc(s, func(w string) string {
		if rep, ok := r.tokens[strings.ToLower(w)]; ok {
			return sameCase(rep, w)
		}
		return w
	})
	return placeholder.ReplaceAllStringFunc(s, func(m string) string {
		var i int
		fmt.Sscanf(m, "\uE000%d\uE001", &i)
		return held[i]
	})
}

// placeholder is a value text holds aside.
var placeholder = regexp.MustCompile("\uE000[0-9]+\uE001")

// stand returns the stand-in of a whole value, making it with make the
// first time.
func (r *redactor) stand(orig string, make func(string) string) string {
	if s, ok := r.whole[orig]; ok {
		return s
	}
	s := make(orig)
	r.whole[orig] = s
	return s
}

// date moves a date written YYYY-MM-DD by the shift; a date of birth moves
// further, by its own number of days.
func (r *redactor) date(s string) string {
	if b, ok := r.born[s]; ok {
		return b
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return s
	}
	return t.AddDate(0, 0, r.shift).Format(time.DateOnly)
}

// months are the month names dates are written with in texts, English
// then Welsh.
var months = [][]string{
	{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	{"Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"},
}

// wordDate is a date written in words, with or without the year: "6
// October 2026", "23 Tachwedd 2026", "20 October".
var wordDate = regexp.MustCompile(`\b([0-9]{1,2}) (` + strings.Join(append(months[0], months[1]...), "|") + `)(?: ([0-9]{4}))?\b`)

// wordDate moves a date written in words by the shift, and writes it as it
// was written: in the same language, with the year if it had one. A day
// without a year moves as in a year that is not a leap year.
func (r *redactor) wordDate(s string) string {
	m := wordDate.FindStringSubmatch(s)
	year := m[3]
	if year == "" {
		year = "2001"
	}
	for _, names := range months {
		for i, name := range names {
			if name != m[2] {
				continue
			}
			t, err := time.Parse("2-1-2006", m[1]+"-"+fmt.Sprint(i+1)+"-"+year)
			if err != nil {
				return s
			}
			t = r.shiftDate(t)
			if m[3] == "" {
				return fmt.Sprintf("%d %s", t.Day(), names[t.Month()-1])
			}
			return fmt.Sprintf("%d %s %d", t.Day(), names[t.Month()-1], t.Year())
		}
	}
	return s
}

// shiftDate moves a date by the shift.
func (r *redactor) shiftDate(t time.Time) time.Time { return t.AddDate(0, 0, r.shift) }

// sameCase writes rep in the case of orig: all capitals, all small, or
// with a capital first.
func sameCase(rep, orig string) string {
	switch {
	case len([]rune(orig)) > 1 && strings.ToUpper(orig) == orig:
		return strings.ToUpper(rep)
	case unicode.IsLower([]rune(orig)[0]):
		return strings.ToLower(rep)
	}
	return rep
}
