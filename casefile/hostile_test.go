package casefile

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// withWorry is minimal with one worry whose text is written as given.
func withWorry(text string) string {
	return strings.Replace(minimal, "    name: Ella Example\n",
		"    name: Ella Example\n    plan:\n      worries:\n        - id: w1\n          text: "+text+"\n", 1)
}

// TestLineBreaksBecomeLineFeeds: a carriage return, however written,
// would start a new line (and so perhaps a list or a heading) in the
// Markdown of a document; U+0085, U+2028 and U+2029 are line breaks too.
func TestLineBreaksBecomeLineFeeds(t *testing.T) {
	for _, text := range []string{`"Late\r- again"`, `"Late\r\n- again"`, `"Late\x85- again"`, `"Late\u2028- again"`, `"Late\u2029- again"`, "\"Late\u2028- again\""} {
		c, probs := Parse("case.yaml", []byte(withWorry(text)))
		if err := probs.Err(); err != nil {
			t.Errorf("%s: %v", text, err)
			continue
		}
		if got := c.Children[0].Plan.Worries[0].Text.Plain; got != "Late\n- again" {
			t.Errorf("%s read as %q, want %q", text, got, "Late\n- again")
		}
	}
}

// TestControlCharactersAreRefused: an escape sequence written as a YAML
// escape would reach a terminal or a document raw.
func TestControlCharactersAreRefused(t *testing.T) {
	tests := []struct{ src, want string }{
		{withWorry(`"\x1b]0;owned\x07"`), "case.yaml:10:17: this value holds an invisible control character (U+001B)"},
		{withWorry(`"a\0b"`), "case.yaml:10:17: this value holds an invisible control character (U+0000)"},
		{withWorry(`{en: "ok", cy: "\x9b2J"}`), "case.yaml:10:32: this value holds an invisible control character (U+009B)"},
		{strings.Replace(minimal, "id: ella", `id: "el\x07la"`, 1), "case.yaml:5:9: this value holds an invisible control character (U+0007)"},
		{minimal + "\"auth\\x1bority\": x\n", "case.yaml:11:1: this value holds an invisible control character (U+001B)"},
	}
	for _, tc := range tests {
		err := parseErr(tc.src)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("got %v\nwant %s…", err, tc.want)
		}
	}
	// A tab and a line break are text; a direction control loads (the rule
	// text.invisible reports it, and the PDF leaves it out).
	for _, src := range []string{withWorry(`"a\tb\nc"`), strings.Replace(minimal, "name: Ella Example", `name: "Ella \u202EelpmaxE"`, 1)} {
		if _, probs := Parse("case.yaml", []byte(src)); probs.Err() != nil {
			t.Error(probs.Err())
		}
	}
}

// TestLineSeparatorsKeepLineNumbers: the YAML parser ends a line at U+0085,
// U+2028, U+2029 and a lone carriage return; positions must still be the
// lines and columns an editor shows.
func TestLineSeparatorsKeepLineNumbers(t *testing.T) {
	for _, sep := range []string{"\u0085", "\u2028", "\u2029"} {
		src := strings.Replace(minimal, "name: Ella Example", `name: "Ella`+sep+`Example"`, 1) + "authority: [oops\n"
		_, probs := Parse("case.yaml", []byte(src))
		if len(probs) != 1 || probs[0].Pos.Line != 11 {
			t.Errorf("%U: got %v, want one problem on line 11", []rune(sep)[0], probs.Err())
		}
		src = strings.Replace(minimal, "name: Ella Example", `name: "Ella`+sep+`Example"`, 1) + "autority: x\n"
		c, probs := Parse("case.yaml", []byte(src))
		if len(probs) != 1 || probs[0].Pos.Line != 11 || probs[0].Pos.Col != 1 {
			t.Errorf("%U: got %v, want the unknown key at 11:1", []rune(sep)[0], probs.Err())
		}
		if c == nil || c.Members[0].At.Of("role").Line != 10 {
			t.Errorf("%U: role not on line 10", []rune(sep)[0])
		}
	}
	// On the same line, a value after the separator keeps its column.
	src := strings.Replace(minimal, "name: Ella Example", "name: \"Ella\u2028Example\"", 1)
	src = strings.Replace(src, "policy: england", "policy: england\nauthority: {a: \"x\u2028y\", b: 1}", 1)
	_, probs := Parse("case.yaml", []byte(src))
	if len(probs) != 1 || probs[0].Pos.Line != 4 || probs[0].Pos.Col != 12 {
		t.Errorf("got %v, want one problem at 4:12", probs.Err())
	}
}

// TestTagsAreRefused: a tag would change how a value is read (!!binary
// keeps its base64 text as the value) without a word.
func TestTagsAreRefused(t *testing.T) {
	for _, tag := range []string{"!!binary", "!custom", "!!set"} {
		src := strings.Replace(minimal, "name: Ella Example", "name: "+tag+" RWxsYQ==", 1)
		want := "case.yaml:6:11: YAML tags such as " + tag + " are not used in case files"
		if err := parseErr(src); err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%s: got %v", tag, err)
		}
	}
	src := withWorry(`{en: !!binary aGk=}`)
	if err := parseErr(src); err == nil || !strings.Contains(err.Error(), "YAML tags such as !!binary") {
		t.Errorf("tag in a text per language: got %v", err)
	}
	// The core tags say what the loader reads anyway.
	src = strings.Replace(minimal, "ref: CG-TEST-1", "ref: !!str 2026", 1)
	if err := parseErr(src); err != nil {
		t.Errorf("!!str: %v", err)
	}
}

// parseErr returns the errors of parsing src as "file:line:col: message"
// lines, or nil.
func parseErr(src string) error {
	_, probs := Parse("case.yaml", []byte(src))
	if err := probs.Err(); err != nil {
		return errors.New(ruleID.ReplaceAllString(err.Error(), ": "))
	}
	return nil
}

// ruleID matches the severity and rule of a finding's line.
var ruleID = regexp.MustCompile(`: error [a-z.-]+: `)

// TestLimits: each limit is enforced with a message that names it.
func TestLimits(t *testing.T) {
	many := func(key, item string, n int) string {
		return minimal + key + ":\n" + strings.Repeat("  - "+item+"\n", n)
	}
	tests := []struct {
		name, src, want string
	}{
		{"text", withWorry(strings.Repeat("a", MaxTextLength+1)), "case.yaml:10:17: text is longer than 20000 characters"},
		{"name", strings.Replace(minimal, "Ella Example", strings.Repeat("E", MaxValueLength+1), 1), "case.yaml:6:11: name is longer than 200 characters"},
		{"meetings", many("meetings", "{date: 2026-01-01}", MaxMeetings+1), "case.yaml:12:3: meetings has 201 entries, more than the 200 coregroup reads"},
		{"conferences", many("conferences", "{type: review}", MaxMeetings+1), "case.yaml:12:3: conferences has 201 entries, more than the 200"},
		{"family", many("family", "{id: x, name: X, role: parent}", MaxPeople+1), "case.yaml:12:3: family has 101 entries, more than the 100"},
		{"working_well", minimal + "meetings:\n  - working_well:\n" + strings.Repeat("      - x\n", MaxItems+1), "case.yaml:13:7: working_well has 501 entries, more than the 500"},
	}
	for _, tc := range tests {
		err := parseErr(tc.src)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: got %.200v\nwant %s…", tc.name, err, tc.want)
		}
	}
	var b strings.Builder
	for i := range MaxActions + 1 {
		fmt.Fprintf(&b, "        - id: a%d\n", i)
	}
	src := strings.Replace(minimal, "    name: Ella Example\n", "    name: Ella Example\n    plan:\n      actions:\n"+b.String(), 1)
	if err := parseErr(src); err == nil || !strings.HasPrefix(err.Error(), "case.yaml:9:9: actions has 201 entries, more than the 200") {
		t.Errorf("actions: got %.200v", err)
	}
	// At the limits, a case loads.
	for _, src := range []string{
		withWorry(strings.Repeat("a", MaxTextLength)),
		many("meetings", "{date: 2026-01-01}", MaxMeetings),
	} {
		if err := parseErr(src); err != nil {
			t.Errorf("at the limit: %.200v", err)
		}
	}
}
