package locales

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// termbaseFile is the termbase's name in this folder. It sits beside the
// message files but is not one.
const termbaseFile = "terms.yaml"

//go:embed terms.yaml
var termbaseYAML []byte

// Termbase is the agreed Welsh for the words of child protection that
// coregroup's messages and case files use: for each English term, the
// Welsh forms that render it, the forms that must not, and where the
// Welsh comes from. translate check enforces it and docs/glossary.md is
// generated from it.
type Termbase struct {
	// Intro and Notes are Markdown printed before and after the glossary's
	// table of terms.
	Intro string `yaml:"intro"`
	Notes string `yaml:"notes"`
	// Checks are questions for a translator that are not about one term,
	// such as how numbers mutate, listed with the unverified terms.
	Checks []Question `yaml:"checks"`
	Terms  []Term     `yaml:"terms"`
}

// Question is one question for a translator's sign-off.
type Question struct {
	Title string `yaml:"title"`
	Text  string `yaml:"text"`
}

// Term is one entry of the termbase.
type Term struct {
	// EN lists the English forms, the headword first. A form also matches
	// with a plural "s" ("core groups"), case aside.
	EN []string `yaml:"en"`
	// Label makes the English match only a whole text, such as the status
	// word "Done", where the word inside a sentence means something else.
	Label bool `yaml:"label"`
	// CY lists the Welsh forms, the preferred one first. Each is accepted
	// with its first word mutated too ("grŵp craidd", "ngrŵp craidd").
	CY []string `yaml:"cy"`
	// Forbidden variants are wrong anywhere in coregroup's Welsh.
	Forbidden []Variant `yaml:"forbidden"`
	// WrongHere variants are right in another sense but wrong as this
	// term's translation, such as "cyfeiriad" (an address) for a referral.
	WrongHere []Variant `yaml:"wrong-here"`
	// Source says where the Welsh is attested, with addresses.
	Source string `yaml:"source"`
	// Verified is false while no official Welsh source was found; Check
	// then says what a translator should confirm.
	Verified bool   `yaml:"verified"`
	Check    string `yaml:"check"`
}

// Variant is a Welsh form the termbase rules out, and why.
type Variant struct {
	Text string `yaml:"text"`
	Why  string `yaml:"why"`
}

// Headword is the term's first English form.
func (t *Term) Headword() string { return t.EN[0] }

// Preferred is the term's first Welsh form.
func (t *Term) Preferred() string { return t.CY[0] }

var (
	termsOnce sync.Once
	terms     *Termbase
	termsErr  error
)

// Terms returns the embedded termbase, read once.
func Terms() (*Termbase, error) {
	termsOnce.Do(func() { terms, termsErr = ParseTermbase(termbaseYAML) })
	return terms, termsErr
}

// ParseTermbase reads a termbase and checks that every term has English
// and Welsh forms and a source, that an unverified term says what to
// check, and that no ruled-out variant is also an accepted form.
func ParseTermbase(src []byte) (*Termbase, error) {
	var tb Termbase
	dec := yaml.NewDecoder(bytes.NewReader(src))
	dec.KnownFields(true)
	if err := dec.Decode(&tb); err != nil {
		return nil, fmt.Errorf("%s: %w", termbaseFile, err)
	}
	for i := range tb.Terms {
		if err := tb.Terms[i].validate(); err != nil {
			return nil, fmt.Errorf("%s: term %d: %w", termbaseFile, i+1, err)
		}
	}
	return &tb, nil
}

func (t *Term) validate() error {
	switch {
	case len(t.EN) == 0 || len(t.CY) == 0:
		return fmt.Errorf("%v needs English (en:) and Welsh (cy:) forms", t.EN)
	case strings.TrimSpace(t.Source) == "":
		return fmt.Errorf("%q needs a source", t.Headword())
	case !t.Verified && strings.TrimSpace(t.Check) == "":
		return fmt.Errorf("%q is unverified and needs check: (what a translator should confirm)", t.Headword())
	}
	for _, v := range append(append([]Variant{}, t.Forbidden...), t.WrongHere...) {
		if v.Text == "" || v.Why == "" {
			return fmt.Errorf("%q: each ruled-out variant needs text: and why:", t.Headword())
		}
		for _, f := range t.welshForms() {
			if normalise(v.Text) == f {
				return fmt.Errorf("%q: %q is both accepted and ruled out", t.Headword(), v.Text)
			}
		}
	}
	return nil
}

// welshForms returns every accepted Welsh form, normalised: the listed
// forms and their mutations.
func (t *Term) welshForms() []string {
	return withMutations(t.CY)
}

// withMutations normalises each form and adds its mutated forms.
func withMutations(forms []string) []string {
	var out []string
	for _, f := range forms {
		n := normalise(f)
		out = append(out, n)
		out = append(out, mutations(n)...)
	}
	return out
}
