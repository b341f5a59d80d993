package check

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"coregroup/internal/input"
	"coregroup/locales"
)

//go:embed data
var data embed.FS

// Words are the word lists the plain-language rules read, per language:
// the built-in ones of check/data, plus any a local authority adds in the
// words/ folder of its policy directory (LoadWords). The lists help the
// rules judge text; they never decide alone what the case itself can say.
type Words struct {
	byLang map[string]*wordSet // by base language, such as "cy"
}

// wordSet is one language's lists. Every entry is lower case, but for the
// jargon terms, which are as the list writes them.
type wordSet struct {
	// vague.LANG.txt: phrases vague wherever they appear (always:), ways
	// of being asked for instead of deeds (attitude:), states asked for
	// with a linking verb (be:, adverb:, state:), and vague verbs, vague
	// unless the action says how often or when (the other lines).
	always, attitude, be, adverbs, states, verbs []string
	// specific.LANG.txt: words of frequency, count or day.
	specific []string
	// jargon.LANG.yaml: terms a child will not know, as written in the
	// list, with plainer words.
	jargon map[string]string
	// abbreviations.LANG.txt: capitalised abbreviations a child does know.
	abbreviations []string
	// groups.LANG.txt: words that name a group, an agency or a team.
	groups []string
	// adulthood.LANG.txt: words that show a plan speaks of a child's
	// turning 18.
	adulthood []string
	// contingency.LANG.txt: words that show a contingency plan says who
	// acts (who:) and when or on what (when:).
	contingencyWho, contingencyWhen []string

	stateOnce sync.Once
	stateRE   *regexp.Regexp
	termsOnce sync.Once
	terms     []jargonTerm // jargon, sorted for jargonIn
}

// listKinds are the lists a words folder may hold, as KIND.LANG.txt (or
// .yaml for jargon), with what each line is.
var listKinds = map[string]string{
	"vague":         "txt",
	"specific":      "txt",
	"jargon":        "yaml",
	"abbreviations": "txt",
	"groups":        "txt",
	"adulthood":     "txt",
	"contingency":   "txt",
}

var (
	builtinOnce  sync.Once
	builtinWords *Words
)

// BuiltinWords returns the word lists coregroup ships with.
func BuiltinWords() *Words {
	builtinOnce.Do(func() {
		sub, err := fs.Sub(data, "data")
		if err != nil {
			panic("check: " + err.Error())
		}
		w := &Words{byLang: map[string]*wordSet{}}
		if err := w.add(sub, "check/data", func(name string) ([]byte, error) { return fs.ReadFile(sub, name) }); err != nil {
			panic("check: " + err.Error())
		}
		builtinWords = w
	})
	return builtinWords
}

// LoadWords returns the built-in word lists extended by the lists in the
// words folder of a policy directory, if it has one: each file, named
// KIND.LANG.txt (jargon: KIND.LANG.yaml), adds its lines to the built-in
// list of that kind and language. An empty dir means the built-in lists.
func LoadWords(dir string) (*Words, error) {
	if dir == "" {
		return BuiltinWords(), nil
	}
	folder := filepath.Join(dir, "words")
	if _, err := os.Stat(folder); os.IsNotExist(err) {
		return BuiltinWords(), nil
	}
	w := &Words{byLang: map[string]*wordSet{}}
	for lang, s := range BuiltinWords().byLang {
		w.byLang[lang] = s.clone()
	}
	read := func(name string) ([]byte, error) { return input.ReadFile(filepath.Join(folder, name), MaxWordList) }
	if err := w.add(os.DirFS(folder), folder, read); err != nil {
		return nil, err
	}
	return w, nil
}

// MaxWordList is the largest word list LoadWords reads from a policy
// directory, in bytes (1 MiB).
const MaxWordList = 1 << 20

// add reads every list file of fsys, each with read, into w; where names
// the folder in errors.
func (w *Words) add(fsys fs.FS, where string, read func(name string) ([]byte, error)) error {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return err
	}
	for _, e := range entries {
		name := e.Name()
		kind, lang, ext, ok := listName(name)
		if e.IsDir() || !ok {
			return fmt.Errorf("%s: %s is not a word list: name it KIND.LANG.txt, where KIND is one of %s (jargon.LANG.yaml for jargon)",
				where, name, strings.Join(sortedKeys(listKinds), ", "))
		}
		if listKinds[kind] != ext {
			return fmt.Errorf("%s: %s: a %s list is a .%s file", where, name, kind, listKinds[kind])
		}
		src, err := read(name)
		if err != nil {
			return err
		}
		s := w.byLang[lang]
		if s == nil {
			s = &wordSet{}
			w.byLang[lang] = s
		}
		if err := s.read(kind, src); err != nil {
			return fmt.Errorf("%s: %w", path.Join(where, name), err)
		}
	}
	return nil
}

// listName splits "vague.cy.txt" into its kind, language and extension;
// ok is false for a name of another shape, kind or an unknown language.
func listName(name string) (kind, lang, ext string, ok bool) {
	parts := strings.Split(name, ".")
	if len(parts) != 3 || parts[1] == "" {
		return "", "", "", false
	}
	if _, known := listKinds[parts[0]]; !known {
		return "", "", "", false
	}
	lang = locales.Base(parts[1])
	return parts[0], lang, parts[2], lang != ""
}

// read adds the lines of one list file to the set.
func (s *wordSet) read(kind string, src []byte) error {
	if kind == "jargon" {
		var m map[string]string
		if err := yaml.Unmarshal(src, &m); err != nil {
			return fmt.Errorf("%s (write each term as TERM: plainer words)", strings.TrimPrefix(err.Error(), "yaml: "))
		}
		if s.jargon == nil {
			s.jargon = map[string]string{}
		}
		for term, plain := range m {
			s.jargon[strings.TrimSpace(term)] = plain
		}
		return nil
	}
	for n, line := range strings.Split(string(src), "\n") {
		line = strings.ToLower(strings.TrimSpace(line))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if kind == "contingency" {
			prefix, rest, _ := strings.Cut(line, ":")
			list := map[string]*[]string{"who": &s.contingencyWho, "when": &s.contingencyWhen}[prefix]
			if list == nil {
				return fmt.Errorf("line %d: %q: a line starts who: or when:", n+1, line)
			}
			*list = append(*list, strings.TrimSpace(rest))
			continue
		}
		if kind != "vague" {
			s.addTo(kind, line)
			continue
		}
		prefix, rest, found := strings.Cut(line, ":")
		if !found {
			s.verbs = append(s.verbs, line)
			continue
		}
		list := map[string]*[]string{"always": &s.always, "attitude": &s.attitude, "be": &s.be, "adverb": &s.adverbs, "state": &s.states}[prefix]
		if list == nil {
			return fmt.Errorf("line %d: %q: a line is a vague verb, or starts always:, attitude:, be:, adverb: or state:", n+1, prefix+":")
		}
		*list = append(*list, strings.TrimSpace(rest))
	}
	return nil
}

// addTo adds an entry to the plain list of a kind.
func (s *wordSet) addTo(kind, entry string) {
	switch kind {
	case "specific":
		s.specific = append(s.specific, entry)
	case "abbreviations":
		s.abbreviations = append(s.abbreviations, entry)
	case "groups":
		s.groups = append(s.groups, entry)
	case "adulthood":
		s.adulthood = append(s.adulthood, entry)
	}
}

// clone returns a copy of the set that can be added to.
func (s *wordSet) clone() *wordSet {
	c := &wordSet{
		always: clip(s.always), attitude: clip(s.attitude), be: clip(s.be), adverbs: clip(s.adverbs),
		states: clip(s.states), verbs: clip(s.verbs), specific: clip(s.specific),
		abbreviations: clip(s.abbreviations), groups: clip(s.groups), adulthood: clip(s.adulthood),
		contingencyWho: clip(s.contingencyWho), contingencyWhen: clip(s.contingencyWhen),
		jargon: map[string]string{},
	}
	for k, v := range s.jargon {
		c.jargon[k] = v
	}
	return c
}

// clip returns a copy of a list that appending to cannot share.
func clip(l []string) []string { return append([]string(nil), l...) }

// words returns the word lists of a language for the running check, or
// nil when there are none for it.
func (ctx *Context) words(lang string) *wordSet {
	return ctx.wordLists().byLang[locales.Base(lang)]
}

// allWords calls f with the lists of every language.
func (ctx *Context) allWords(f func(*wordSet)) {
	w := ctx.wordLists()
	for _, lang := range sortedKeys(w.byLang) {
		f(w.byLang[lang])
	}
}

// wordLists returns the word lists of the running check.
func (ctx *Context) wordLists() *Words {
	if ctx.Options.Words == nil {
		return BuiltinWords()
	}
	return ctx.Options.Words
}

// containsWords reports whether phrase occurs in text as whole words, with
// neither a letter nor a digit either side: "18" is not in "2018". A
// phrase ending in * matches any word that starts with it: "cooperat*"
// matches "cooperate" and "cooperation". It is called for every phrase of
// every word list on every text of a case, so it looks with strings.Index
// and the letters either side rather than a regular expression.
func containsWords(text, phrase string) bool {
	_, _, _, ok := findWords(text, phrase, 0)
	return ok
}

// findWords finds the first whole-word occurrence of phrase in text that
// begins, with the character before it, at or after from. It returns
// where the words start and end, and where to look for the next one: past
// the character after them, as the regular expression
// (^|[^\pL\pN])phrase($|[^\pL\pN]) would find them one after another.
func findWords(text, phrase string, from int) (start, end, next int, ok bool) {
	stem, open := strings.CutSuffix(phrase, "*")
	for i := from; i <= len(text); {
		j := strings.Index(text[i:], stem)
		if j < 0 {
			return 0, 0, 0, false
		}
		start = i + j
		end = start + len(stem)
		if open {
			for end < len(text) {
				r, size := utf8.DecodeRuneInString(text[end:])
				if !unicode.IsLetter(r) {
					break
				}
				end += size
			}
		}
		before, beforeSize := utf8.DecodeLastRuneInString(text[:start])
		after, afterSize := utf8.DecodeRuneInString(text[end:])
		if (start == 0 || (!isWordRune(before) && start-beforeSize >= from)) && (end == len(text) || !isWordRune(after)) {
			return start, end, max(end+afterSize, from+1), true
		}
		if start == len(text) {
			return 0, 0, 0, false
		}
		_, size := utf8.DecodeRuneInString(text[start:])
		i = start + size
	}
	return 0, 0, 0, false
}

// isWordRune reports whether r is a letter or a digit: a character that
// would make a phrase part of a longer word.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

func hasDigit(s string) bool { return strings.IndexFunc(s, unicode.IsDigit) >= 0 }

// sortedKeys returns the keys of a map, sorted.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// GroupWords returns the words, of every language, that show a name is a
// group, an agency or a team (groups.LANG.txt), sorted. A copy of a case
// that replaced them in a name would change what smart.owner-person finds.
func (w *Words) GroupWords() []string {
	var out []string
	for _, s := range w.byLang {
		out = append(out, s.groups...)
	}
	sort.Strings(out)
	return out
}
