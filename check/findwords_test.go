package check

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// wordsRE is the regular expression findWords stands for: phrase as whole
// words, a trailing * for any word that starts with it.
func wordsRE(phrase string) *regexp.Regexp {
	stem, open := strings.CutSuffix(phrase, "*")
	tail := `($|[^\pL\pN])`
	if open {
		tail = `\pL*` + tail
	}
	return regexp.MustCompile(`(^|[^\pL\pN])` + regexp.QuoteMeta(stem) + tail)
}

// TestFindWordsIsTheExpression: findWords finds, one after another, what
// the expression finds, on texts made of letters, digits, spaces, Welsh
// letters and punctuation, where phrases overlap and repeat.
func TestFindWordsIsTheExpression(t *testing.T) {
	alphabet := []string{"a", "b", "ŵ", "1", " ", "-", "é", "ab"}
	phrases := []string{"a", "ab", "b a", "ŵ", "a*", "ab*", "1", "ŵa*", "a-b"}
	res := map[string]*regexp.Regexp{}
	for _, p := range phrases {
		res[p] = wordsRE(p)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		text := b.String()
		for _, p := range phrases {
			var want, got [][2]int
			for _, m := range res[p].FindAllStringSubmatchIndex(text, -1) {
				want = append(want, [2]int{m[3], m[len(m)-2]})
			}
			for at := 0; ; {
				from, to, next, ok := findWords(text, p, at)
				if !ok {
					break
				}
				got = append(got, [2]int{from, to})
				at = next
			}
			if len(got) != len(want) {
				t.Fatalf("findWords(%q, %q) = %v, the expression finds %v", text, p, got, want)
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("findWords(%q, %q) = %v, the expression finds %v", text, p, got, want)
				}
			}
			if containsWords(text, p) != (len(want) > 0) {
				t.Fatalf("containsWords(%q, %q) = %v", text, p, !(len(want) > 0))
			}
		}
	}
}
