package check

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// sentenceEndRE is the regular expression sentences stands for.
var sentenceEndRE = regexp.MustCompile(`[.!?]+(\s+|$)`)

// sentencesRE splits text as sentences did with the expression.
func sentencesRE(text string) []string {
	var out []string
	for _, s := range sentenceEndRE.Split(strings.TrimSpace(text), -1) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// randomTexts returns n texts of letters, stops, white space, capitals,
// digits and "&", the same for the same n.
func randomTexts(n int) []string {
	alphabet := []string{"a", "b", "ŵ", ".", "!", "?", " ", "\t", "\n", "\v", "\f", "\r", "A", "B", "1", "&", "s", "…"}
	rng := rand.New(rand.NewPCG(3, 4))
	out := []string{"", ".", "Hi. You", "3.5 weeks!", "Stop... go", "A.B. Example. Yes", "Why?!  Because.\n\nNo"}
	for range n {
		var b strings.Builder
		for range rng.IntN(16) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		out = append(out, b.String())
	}
	return out
}

// TestSentencesIsTheExpression: sentences splits where the expression
// does, on texts where stops, white space and letters come in any order.
func TestSentencesIsTheExpression(t *testing.T) {
	for _, text := range randomTexts(5000) {
		if got, want := sentences(text), sentencesRE(text); !slices.Equal(got, want) {
			t.Fatalf("sentences(%q) = %q, the expression gives %q", text, got, want)
		}
	}
}

// TestAbbreviationsInIsTheExpression: looking for a capital before the
// expression changes nothing it finds.
func TestAbbreviationsInIsTheExpression(t *testing.T) {
	found := 0
	for _, text := range append(randomTexts(5000), "ICPC", "GPs", "S47", "A&E", "Sam A", "A 1") {
		got, want := abbreviationsIn(text), abbreviation.FindAllStringIndex(text, -1)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("abbreviationsIn(%q) = %v, the expression finds %v", text, got, want)
		}
		found += len(want)
	}
	if found == 0 {
		t.Fatal("no text holds an abbreviation: the test compares nothing")
	}
}
