package locales

import "testing"

func TestBaseAndSameLanguage(t *testing.T) {
	for tag, want := range map[string]string{"cy": "cy", "cy-GB": "cy", "CY": "cy", "en-Latn-GB": "en", "und": "", "not a tag": "", "": ""} {
		if got := Base(tag); got != want {
			t.Errorf("Base(%q) = %q, want %q", tag, got, want)
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
