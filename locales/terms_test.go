package locales

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestMutations(t *testing.T) {
	tests := map[string][]string{
		"cynllun":       {"gynllun", "nghynllun", "chynllun"},
		"grŵp craidd":   {"rŵp craidd", "ngrŵp craidd"},
		"person":        {"berson", "mherson", "pherson"},
		"terfyn amser":  {"derfyn amser", "nherfyn amser", "therfyn amser"},
		"bydwraig":      {"fydwraig", "mydwraig"},
		"diogelu":       {"ddiogelu", "niogelu"},
		"mam":           {"fam"},
		"llinell":       {"linell"},
		"rheolwr tîm":   {"reolwr tîm"},
		"atgyfeiriad":   {"hatgyfeiriad"},
		"ffactorau":     nil,
		"cheisiadau":    nil,
		"ar y gofrestr": nil,
		"yn bresennol":  nil,
		"swyddog":       nil,
	}
	for word, want := range tests {
		if got := mutations(word); !slices.Equal(got, want) {
			t.Errorf("mutations(%q) = %q, want %q", word, got, want)
		}
	}
}

// TestCheckAgainstTermbase runs the real termbase over pairs of English
// and Welsh, one kind of problem (or none) each.
func TestCheckAgainstTermbase(t *testing.T) {
	tb, err := Terms()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, en, cy string
		want         string // "headword kind" of each problem, joined by "|"
	}{
		{"the term rendered", "the core group met", "cyfarfu'r grŵp craidd", ""},
		{"a mutated form counts", "at the core group", "yng nghyfarfod y grŵp craidd", ""},
		{"an English plural", "two core groups", "dau grŵp craidd", ""},
		{"the term dropped", "the core group met", "cyfarfu'r tîm", "core group missing"},
		{"a forbidden variant with no English", "", "Gweithiwr Cymorth i Deuluoedd", "family support worker forbidden"},
		{"a forbidden variant mutated", "", "rhowch wybod i Weithiwr Cymorth i Deuluoedd", "family support worker forbidden"},
		{"forbidden is not also missing", "Family Support Worker", "Gweithiwr Cymorth i Deuluoedd", "family support worker forbidden"},
		{"a variant wrong for this term", "the referral was made", "mae'r cyfeiriad wedi'i wneud", "referral wrong-here"},
		{"the same word in its own sense", "Home address", "Cyfeiriad cartref", ""},
		{"the longer term wins", "the head teacher", "y pennaeth", ""},
		{"a label matches a whole text", "Done", "gwnaed", "done wrong-here"},
		{"a label does not match inside a sentence", "how we will know it is done", "sut y byddwn yn gwybod ei fod wedi'i wneud", ""},
		{"keys kept as they are are code", "add plan: under the child", "ychwanegwch plan: o dan y plentyn", ""},
		{"only the key is code", "the plan is missing: add plan:", "ychwanegwch plan:", "plan missing"},
		{"placeholders are not words", "{{.Plan}} is late", "mae {{.Plan}} yn hwyr", ""},
		{"curly apostrophes", "the school’s safeguarding lead", "person diogelu dynodedig yr ysgol", ""},
		{"an abbreviation", "agreed by the IRO", "a gytunwyd gan y Swyddog Adolygu Annibynnol", ""},
		{"case does not matter", "OVERDUE", "DROS AMSER", ""},
		{"the census category", "White: Welsh", "Cymro gwyn", "White: Welsh forbidden"},
		{"mutation after a feminine noun", "reading grade 9", "gradd darllen 9", "reading grade forbidden"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range tb.Check(tt.en, tt.cy) {
				got = append(got, p.Term.Headword()+" "+p.Kind)
			}
			if strings.Join(got, "|") != tt.want {
				t.Errorf("Check(%q, %q) = %q, want %q", tt.en, tt.cy, got, tt.want)
			}
		})
	}
}

func TestTermProblemSaysWhatToWrite(t *testing.T) {
	tb, err := Terms()
	if err != nil {
		t.Fatal(err)
	}
	ps := tb.Check("the referral", "y cyfeiriad")
	if len(ps) != 1 || !strings.Contains(ps[0].String(), `"cyfeiriad" is wrong here`) || !strings.Contains(ps[0].String(), `write "atgyfeiriad"`) {
		t.Errorf("problems = %v", ps)
	}
	ps = tb.Check("the core group", "y tîm")
	if len(ps) != 1 || !strings.Contains(ps[0].String(), `the English says "core group"`) {
		t.Errorf("problems = %v", ps)
	}
}

// TestMessagesFollowTermbase fails while a Welsh message breaks the
// termbase, as translate check does.
func TestMessagesFollowTermbase(t *testing.T) {
	ps, err := MessageTermProblems()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		t.Error(p)
	}
}

// TestMessageTermProblemsAtTheirLine runs the message check over stand-in
// files and expects each problem at its id's line.
func TestMessageTermProblemsAtTheirLine(t *testing.T) {
	saved := files
	t.Cleanup(func() { files = saved })
	files = fstest.MapFS{
		"en.yaml": {Data: []byte("a: 'the core group'\nb: 'Overdue'\nc: {one: '{{.Count}} referral', other: '{{.Count}} referrals'}\n")},
		"cy.yaml": {Data: []byte("a: 'y grŵp craidd'\n\nb: 'AR EI HÔL HI'\nc: {one: '{{.Count}} atgyfeiriad', other: '{{.Count}} cyfeiriad'}\n")},
	}
	ps, err := MessageTermProblems()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range ps {
		got = append(got, strings.SplitN(p.String(), ": term", 2)[0]+" "+p.Kind)
	}
	want := "locales/cy.yaml:3:1: b forbidden|locales/cy.yaml:4:1: c wrong-here"
	if strings.Join(got, "|") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, "|"), want)
	}
}

func TestParseTermbaseRejectsBadTerms(t *testing.T) {
	tests := map[string]string{
		"no Welsh":             "terms:\n  - {en: [a], source: s, verified: true}\n",
		"no source":            "terms:\n  - {en: [a], cy: [b], verified: true}\n",
		"unverified, no check": "terms:\n  - {en: [a], cy: [b], source: s}\n",
		"ruled out and accepted": "terms:\n  - en: [a]\n    cy: [b]\n    source: s\n    verified: true\n" +
			"    forbidden: [{text: B, why: w}]\n",
		"a variant with no why": "terms:\n  - en: [a]\n    cy: [b]\n    source: s\n    verified: true\n" +
			"    wrong-here: [{text: c}]\n",
		"an unknown field": "terms:\n  - {en: [a], cy: [b], source: s, verified: true, colour: red}\n",
	}
	for name, src := range tests {
		if _, err := ParseTermbase([]byte(src)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if _, err := ParseTermbase([]byte("terms:\n  - {en: [a], cy: [b], source: s, verified: true}\n")); err != nil {
		t.Errorf("a good termbase: %v", err)
	}
}

// TestTermsFileIsNotAMessageFile: the termbase sits beside the message
// files but must not be loaded as a language.
func TestTermsFileIsNotAMessageFile(t *testing.T) {
	names, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(names, termbaseFile) || slices.Contains(Supported(), "terms") {
		t.Errorf("message files = %v", names)
	}
}
