package check

import (
	"embed"
	"regexp"
	"strings"
	"sync"
	"unicode"

	"coregroup/locales"
)

//go:embed data
var data embed.FS

// vagueness holds one language's vague phrases and specific words.
type vagueness struct {
	always, verbs, specific []string
}

var (
	vagueOnce  sync.Once
	vagueByLng map[string]*vagueness
)

// vagueFor returns the vague words of a language, or nil when there are
// none for it.
func vagueFor(lang string) *vagueness {
	vagueOnce.Do(func() {
		vagueByLng = map[string]*vagueness{}
		for _, l := range []string{"en", "cy"} {
			v := &vagueness{}
			for _, line := range readList("data/vague." + l + ".txt") {
				if p, ok := strings.CutPrefix(line, "always:"); ok {
					v.always = append(v.always, strings.TrimSpace(p))
				} else {
					v.verbs = append(v.verbs, line)
				}
			}
			v.specific = readList("data/specific." + l + ".txt")
			vagueByLng[l] = v
		}
	})
	return vagueByLng[locales.Base(lang)]
}

// readList reads an embedded word list: one entry a line, # comments.
func readList(name string) []string {
	src, err := data.ReadFile(name)
	if err != nil {
		panic("check: " + err.Error())
	}
	var out []string
	for _, line := range strings.Split(string(src), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, strings.ToLower(line))
		}
	}
	return out
}

// vaguePhrase returns the first vague phrase in text, or "".
func (v *vagueness) vaguePhrase(text string) string {
	lower := strings.ToLower(text)
	for _, p := range v.always {
		if containsWords(lower, p) {
			return p
		}
	}
	if hasDigit(lower) {
		return ""
	}
	for _, w := range v.specific {
		if containsWords(lower, w) {
			return ""
		}
	}
	for _, p := range v.verbs {
		if containsWords(lower, p) {
			return p
		}
	}
	return ""
}

var wordCache sync.Map // phrase → *regexp.Regexp

// containsWords reports whether phrase occurs in text as whole words.
func containsWords(text, phrase string) bool {
	re, ok := wordCache.Load(phrase)
	if !ok {
		re, _ = wordCache.LoadOrStore(phrase, regexp.MustCompile(`(^|[^\pL])`+regexp.QuoteMeta(phrase)+`($|[^\pL])`))
	}
	return re.(*regexp.Regexp).MatchString(text)
}

func hasDigit(s string) bool { return strings.IndexFunc(s, unicode.IsDigit) >= 0 }
