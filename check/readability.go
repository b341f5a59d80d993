package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"coregroup/casefile"
)

// The reading level a child of 8 can manage, as a Flesch-Kincaid grade of a
// whole text (English) and a sentence length (every language). A child of 8
// reads at about grade 3, but with this syllable count Flesch-Kincaid grades
// the child wordings of the samples, which read well to a child, up to 8,
// and adult wordings ("facilitate consistent attendance") 10 and more. The
// limits sit between, and a finding is a warning for a person to judge.
const (
	maxChildGrade = 8.0
	maxChildWords = 20
	// minGradedWords: a text shorter than this gets no grade, which would
	// say more about one long word than about the text; instead it is
	// hard when it has maxShortLongWords or more words of three or more
	// syllables.
	minGradedWords    = 12
	maxShortLongWords = 2
)

// childTexts calls f with each text the family's plan prints, and the
// child whose plan it is: the child's wording where there is one, the
// text written for adults otherwise (casefile.Plan.FamilyWordings).
func (ctx *Context) childTexts(f func(ch *casefile.Child, t casefile.Text)) {
	for _, pl := range plans(ctx.Case) {
		if pl.child.Unborn() {
			continue // no one reads an unborn baby their plan
		}
		pl.plan.FamilyWordings(func(w casefile.Wording) {
			if t := w.Printed(); t.IsSet() {
				f(pl.child, t)
			}
		})
	}
}

// sentences splits text into sentences: where the regular expression
// [.!?]+(\s+|$) matches, a run of stops followed by white space or the
// end, as a loop over the bytes, since it runs on every text a child
// reads several times over.
func sentences(text string) []string {
	var out []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	text = strings.TrimSpace(text)
	start := 0
	for i := 0; i < len(text); {
		if !isStop(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isStop(text[j]) {
			j++
		}
		if j < len(text) && !isSpace(text[j]) {
			i = j // stops inside a word, as in "3.5" or "...and"
			continue
		}
		k := j
		for k < len(text) && isSpace(text[k]) {
			k++
		}
		add(text[start:i])
		start, i = k, k
	}
	add(text[start:])
	return out
}

func isStop(c byte) bool { return c == '.' || c == '!' || c == '?' }

// isSpace is the white space of \s in a Go regular expression.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// wordsOf returns the words of a sentence.
func wordsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
}

// hardest returns the longest sentence of text, its length in words, and
// the Flesch-Kincaid grade of the whole text (0 unless grade is set).
func hardest(text string, grade bool) (sentence string, words int, level float64) {
	all := sentences(text)
	nWords, nSyllables, nLong := 0, 0, 0
	for _, s := range all {
		ws := wordsOf(s)
		if len(ws) > words {
			sentence, words = s, len(ws)
		}
		nWords += len(ws)
		for i, w := range ws {
			n := syllablesOf(w)
			if i > 0 && unicode.IsUpper(firstRune(w)) {
				n = 1 // a name: the child knows the people and places in their plan
			}
			nSyllables += n
			if n >= 3 {
				nLong++
			}
		}
	}
	switch {
	case !grade || nWords == 0:
		return sentence, words, 0
	case nWords < minGradedWords && nLong >= maxShortLongWords:
		return sentence, words, maxChildGrade + 1
	case nWords < minGradedWords:
		return sentence, words, 0
	}
	level = 0.39*float64(nWords)/float64(len(all)) + 11.8*float64(nSyllables)/float64(nWords) - 15.59
	return sentence, words, level
}

// firstRune returns the first character of a word.
func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}

// syllablesOf estimates the syllables of an English word: groups of vowels,
// less a silent final e.
func syllablesOf(word string) int {
	w := strings.ToLower(word)
	n, prevVowel := 0, false
	for _, r := range w {
		v := strings.ContainsRune("aeiouy", r)
		if v && !prevVowel {
			n++
		}
		prevVowel = v
	}
	switch {
	case n < 2:
	case strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "le"):
		n--
	case (strings.HasSuffix(w, "es") || strings.HasSuffix(w, "ed")) && !strings.HasSuffix(w, "ted") && !strings.HasSuffix(w, "ded"):
		n--
	}
	return max(n, 1)
}
