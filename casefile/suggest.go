package casefile

import "strings"

// suggest returns the candidate closest to s when it is close enough to be
// what the writer meant ("chiar" → "chair", "Known As" → "known_as"), or
// "" when none is. Ties go to the earliest candidate, so the answer does
// not depend on map order.
func suggest(s string, candidates []string) string {
	want := normaliseKey(s)
	if len(want) > maxSuggestLen {
		return ""
	}
	best, bestDist := "", -1
	for _, c := range candidates {
		if len(c) > 2*maxSuggestLen {
			continue
		}
		dist := editDistance(want, normaliseKey(c))
		if bestDist < 0 || dist < bestDist || (dist == bestDist && c < best) {
			best, bestDist = c, dist
		}
	}
	limit := 1 + len([]rune(want))/4
	if bestDist < 0 || bestDist > limit || bestDist >= len([]rune(want)) {
		return ""
	}
	return best
}

// maxSuggestLen bounds the work of a suggestion: nobody misspells a key of
// more than this many bytes, and comparing long strings is slow.
const maxSuggestLen = 64

func normaliseKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.NewReplacer("-", "_", " ", "_").Replace(s)
}

// editDistance is the optimal string alignment distance: insertions,
// deletions, substitutions and swaps of two neighbouring letters each
// cost one.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
