package redact

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"coregroup/casefile"
	"coregroup/check"
	"coregroup/locales"
	"coregroup/policy"
	"coregroup/samples"
)

// cases are the case files the tests redact: a sibling group in English,
// a case in Welsh and English, a split core group with a child's advocate,
// and problem samples with many findings, of timescales, people and plain
// language among them.
// (redact checks every copy it makes; these are for the tests to check
// redact.)
var cases = []string{
	"../samples/siblings.yaml",
	"../samples/wales-welsh.yaml",
	"../samples/split-core-group.yaml",
	"../samples/with-problems/plan-and-timescales.yaml",
	"../samples/with-problems/reviewer.yaml",
}

var opts = check.Options{AsOf: samples.Day, Policies: policy.Builtin()}

// redacted is a case's copy, made once for every test that reads it.
type redacted struct {
	data []byte
	res  *Result
	r    *redactor
	err  error
}

var (
	copiesMu sync.Mutex
	copies   = map[string]*redacted{}
)

// copyOf returns the redacted copy of the case file at path.
func copyOf(t *testing.T, path string) *redacted {
	copiesMu.Lock()
	defer copiesMu.Unlock()
	if c, ok := copies[path]; ok {
		return c
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	c := &redacted{data: data}
	c.res, c.r, c.err = redact(path, data, opts)
	copies[path] = c
	return c
}

// TestRedactKeepsEveryFinding: the copy, checked as on the day moved by
// the shift, has the findings of the case, word for word once the case's
// names and dates are replaced by the copy's.
func TestRedactKeepsEveryFinding(t *testing.T) {
	en := locales.English()
	for _, path := range cases {
		cp := copyOf(t, path)
		data, res, r := cp.data, cp.res, cp.r
		if cp.err != nil {
			t.Errorf("%s: %v", path, cp.err)
			continue
		}
		orig, _ := casefile.Parse(path, data)
		copied, probs := casefile.Parse(path, res.Data)
		if probs.Err() != nil {
			t.Fatalf("%s: the copy does not load: %v", path, probs.Err())
		}
		want := messages(t, orig, opts, en, r.value)
		copyOpts := opts
		copyOpts.AsOf = res.AsOf
		got := messages(t, copied, copyOpts, en, func(v any) any { return v })
		if len(want) == 0 && strings.Contains(path, "with-problems") {
			t.Errorf("%s: no findings to compare", path)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: the copy's findings differ:\n got %q\nwant %q", path, got, want)
		}
		if res.AsOf.Sub(samples.Day).Hours() != float64(24*res.Shift) || res.Shift >= -365 || res.Shift%7 != 0 {
			t.Errorf("%s: shift %d days, as of %v", path, res.Shift, res.AsOf)
		}
	}
}

// messages returns each finding as its rule, severity and English message,
// with the message's values passed through value first, sorted.
func messages(t *testing.T, c *casefile.Case, o check.Options, en *locales.Localizer, value func(any) any) []string {
	found, err := check.Run(c, o)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range found {
		var kv []any
		for k, v := range f.Message.Data {
			kv = append(kv, k, value(v))
		}
		out = append(out, fmt.Sprintf("%s %s: %s", f.Severity, f.Rule, en.Text(locales.M(f.Message.ID, kv...))))
	}
	slices.Sort(out)
	return out
}

// TestRedactLeavesNoOriginal: no name, word of a name, address, place,
// phone number, e-mail address, date of birth or reference of the case is
// left in the copy, nor any comment.
func TestRedactLeavesNoOriginal(t *testing.T) {
	for _, path := range cases {
		cp := copyOf(t, path)
		data, res := cp.data, cp.res
		if cp.err != nil {
			t.Fatalf("%s: %v", path, cp.err)
		}
		c, _ := casefile.Parse(path, data)
		copied := strings.ToLower(string(res.Data))
		for _, s := range originals(c) {
			if containsWord(copied, strings.ToLower(s)) && !enumWords[strings.ToLower(s)] {
				t.Errorf("%s: %q is in the copy", path, s)
			}
		}
		if comments := regexp.MustCompile(`(?m)^\s*#`).FindAll(res.Data, -1); len(comments) != 3 {
			t.Errorf("%s: %d comment lines, want the 3 of the header", path, len(comments))
		}
	}
	// The same file gives the same copy.
	path := "../samples/siblings.yaml"
	again, err := File(path, copyOf(t, path).data, opts)
	if err != nil || !bytes.Equal(again.Data, copyOf(t, path).res.Data) {
		t.Errorf("%s: two copies differ (%v)", path, err)
	}
}

// enumWords are the words of the values the format allows for keys such as
// role: (youth-offending), which a copy keeps.
var enumWords = func() map[string]bool {
	out := map[string]bool{}
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] {
			return
		}
		seen[t] = true
		for i := range t.NumField() {
			for _, v := range strings.FieldsFunc(t.Field(i).Tag.Get("enum"), func(r rune) bool { return r == ',' || r == '-' }) {
				out[v] = true
			}
			walk(t.Field(i).Type)
		}
	}
	walk(reflect.TypeFor[casefile.Case]())
	return out
}()

// containsWord reports whether w is in s with no letter, digit or _
// right before or after it.
func containsWord(s, w string) bool {
	inWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (start == 0 || !inWord(before)) && (end == len(s) || !inWord(after)) {
			return true
		}
		i = start + 1
	}
}

// originals returns what must not be in a copy of c.
func originals(c *casefile.Case) []string {
	var out []string
	add := func(ss ...string) {
		for _, s := range ss {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	kept := map[string]bool{}
	for _, g := range check.BuiltinWords().GroupWords() {
		kept[g] = true
	}
	words := func(s string) {
		for _, w := range nameWords(s, kept) {
			if len([]rune(w)) >= 3 {
				add(w)
			}
		}
	}
	add(c.Ref, c.Authority)
	for _, w := range placeWords(c.Authority) {
		add(w)
	}
	for _, ch := range c.Children {
		advocate, _, _ := strings.Cut(ch.Advocate, "(")
		add(ch.Name, ch.KnownAs, ch.Address, ch.Born.String(), advocate)
		words(ch.Name)
		words(ch.KnownAs)
		words(advocate)
		for _, w := range placeWords(ch.Address) {
			add(w)
		}
	}
	for _, f := range c.Family {
		add(f.Name, f.Address, f.Born.String())
		words(f.Name)
		for _, w := range placeWords(f.Address) {
			add(w)
		}
	}
	for _, m := range c.Members {
		add(m.Name, m.Contact)
		words(m.Name)
	}
	c.EachText(func(_ string, t casefile.Text) {
		for _, s := range append([]string{t.Plain}, sortedValues(t.ByLang)...) {
			for _, m := range titled.FindAllStringSubmatch(s, -1) {
				add(m[2])
			}
			add(email.FindAllString(s, -1)...)
			add(phone.FindAllString(s, -1)...)
		}
	})
	return out
}

func TestRedactRefusesACaseThatDoesNotLoad(t *testing.T) {
	_, err := File("bad.yaml", []byte("version: 1\nref: x\n"), opts)
	if err == nil || !strings.Contains(err.Error(), "bad.yaml does not load, so it cannot be redacted") {
		t.Errorf("got %v", err)
	}
}

func TestRedactText(t *testing.T) {
	c, probs := casefile.Parse("case.yaml", []byte("version: 1\nref: CG-1\npolicy: england\nchildren:\n  - id: ella\n    name: Ella Example\n    born: 2018-05-04\n    address: 1 Testbury Row, Sampleton\n    views: Ms Hussain is kind.\n"))
	if probs.Err() != nil {
		t.Fatal(probs.Err())
	}
	r := newRedactor(c, rand.New(rand.NewPCG(1, 2)), nil)
	in := "Ella, ELLA and ella Example, of 1 Testbury Row, Sampleton, seen by Ms Hussain on 2026-03-02 and 6 October 2026 (ref CG-1); call 01234 567890 or jo.bloggs@example.com."
	got := r.text(in)
	for _, gone := range []string{"Ella", "ELLA", "ella", "Example", "Testbury", "Sampleton", "Hussain", "2026-03-02", "October 2026", "CG-1", "01234 567890", "jo.bloggs"} {
		if strings.Contains(got, gone) {
			t.Errorf("%q is left in %q", gone, got)
		}
	}
	if r.text(in) != got {
		t.Error("the same text redacts differently")
	}
	if strings.Count(got, r.tokens["ella"]) != 1 || !strings.Contains(got, strings.ToUpper(r.tokens["ella"])) || !strings.Contains(got, strings.ToLower(r.tokens["ella"])) {
		t.Errorf("the name's case is not kept: %q", got)
	}
}
