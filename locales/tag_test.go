package locales

import (
	"fmt"
	"testing"
)

func TestBaseAndSameLanguage(t *testing.T) {
	for _, round := range []string{"parsed", "remembered"} {
		for tag, want := range map[string]string{"cy": "cy", "cy-GB": "cy", "CY": "cy", "en-Latn-GB": "en", "und": "", "not a tag": "", "": ""} {
			if got := Base(tag); got != want {
				t.Errorf("%s: Base(%q) = %q, want %q", round, tag, got, want)
			}
		}
	}
	tests := []struct {
		a, b string
		same bool
	}{
		{"cy", "cy-GB", true}, {"en", "cy", false}, {"x y", "x y", true}, {"x y", "cy", false},
	}
	for _, tt := range tests {
		if got := SameLanguage(tt.a, tt.b); got != tt.same {
			t.Errorf("SameLanguage(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

// TestBaseManyTags asks Base for more tags than it remembers: those past
// the bound are parsed each time, with the same answers.
func TestBaseManyTags(t *testing.T) {
	for round := range 2 {
		for i := range maxBases + 10 {
			tag := fmt.Sprintf("cy-x-t%d", i)
			if got := Base(tag); got != "cy" {
				t.Fatalf("round %d: Base(%q) = %q, want cy", round, tag, got)
			}
		}
	}
	n := 0
	bases.Range(func(_, _ any) bool { n++; return true })
	if n > maxBases {
		t.Errorf("Base remembers %d tags, more than %d", n, maxBases)
	}
}
