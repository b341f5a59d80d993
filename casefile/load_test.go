package casefile

import (
	"bytes"
	"strings"
	"testing"

	"coregroup/locales"
)

// minimal is the smallest case that loads without problems.
const minimal = `version: 1
ref: CG-TEST-1
policy: england
children:
  - id: ella
    name: Ella Example
members:
  - id: sw-hughes
    name: Alex Hughes
    role: social-worker
`

func TestParseMinimalCase(t *testing.T) {
	c, probs := Parse("case.yaml", []byte(minimal))
	if len(probs) != 0 {
		t.Fatalf("problems: %v", probs.Err())
	}
	if c.Ref != "CG-TEST-1" || c.Children[0].Name != "Ella Example" || c.Members[0].Role != "social-worker" {
		t.Errorf("decoded wrongly: %+v", c)
	}
	if got := c.Children[0].At.Of("name"); got.Line != 6 || got.Col != 11 {
		t.Errorf("position of name = %v, want 6:11", got)
	}
}

// TestParseProblems checks each loading problem is found, with its rule,
// at its line and column, and with a message that helps.
func TestParseProblems(t *testing.T) {
	tests := []struct {
		name      string
		yaml      string // appended to minimal unless it starts with "version"
		rule      string
		line, col int
		message   string // a part of the English message
	}{
		{"misspelt key suggests the right one", "chairing:\n  chiar: sw-hughes\n", "load.unknown-key", 12, 3, `did you mean "chair"?`},
		{"unknown key lists the allowed keys", "chairing:\n  boss: sw-hughes\n", "load.unknown-key-list", 12, 3, "chair, rota, deputy"},
		{"key in another case and spacing", "Text_Language: en\n", "load.unknown-key", 11, 1, `did you mean "text_language"?`},
		{"duplicate key", "policy: wales\n", "load.duplicate-key", 11, 1, "first at line 3"},
		{"impossible date", "conferences:\n  - type: initial\n    date: 2026-02-30\n", "load.impossible-date", 13, 11, "not a real date"},
		{"malformed date", "conferences:\n  - type: initial\n    date: 2/3/2026\n", "load.wrong-type", 13, 11, "year-month-day"},
		{"malformed time", "meetings:\n  - time: 9.30am\n", "load.wrong-type", 12, 11, "24-hour clock"},
		{"text where a number belongs", "meetings:\n  - scaling:\n      - score: high\n", "load.wrong-type", 13, 16, "whole number"},
		{"score out of range", "meetings:\n  - scaling:\n      - score: 11\n", "load.out-of-range", 13, 16, "from 0 to 10"},
		{"list where text belongs", "conferences:\n  - type: initial\n    decision: [a, b]\n", "load.wrong-type", 13, 15, "must be text"},
		{"text where a list belongs", "meetings:\n  - present: mum\n", "load.wrong-type", 12, 14, "must be a list"},
		{"not true or false", "fictitious: yes\n", "load.wrong-type", 11, 13, "true or false"},
		{"unknown enum value with suggestion", "conferences:\n  - type: reveiw\n", "load.bad-value", 12, 11, `did you mean "review"?`},
		{"unknown enum value", "conferences:\n  - type: strategy\n", "load.bad-value-list", 12, 11, "initial, review"},
		{"unknown language tag in text", "conferences:\n  - type: initial\n    decision: {en: Plan, xx: Cynllun}\n", "load.unknown-language", 13, 26, `"xx"`},
		{"unknown language tag", "language: welsh\n", "load.unknown-language", 11, 11, "such as en, cy"},
		{"reference to a missing person, close to an id", "chairing:\n  chair: sw-hughs\n", "load.unknown-ref", 12, 10, `did you mean "sw-hughes"?`},
		{"reference to a missing person", "chairing:\n  chair: gp-shah\n", "load.unknown-ref", 12, 10, "add them under children, family or members"},
		{"name written instead of id", "chairing:\n  chair: Alex Hughes\n", "load.name-not-id", 12, 10, `here "sw-hughes"`},
		{"duplicate id", "family:\n  - id: ella\n    name: Rhian Example\n    role: parent\n", "load.duplicate-id", 12, 9, "already used at line 5"},
		{"bad id", "family:\n  - id: Mum One\n    name: Rhian Example\n    role: parent\n", "load.bad-id", 12, 9, "lower-case"},
		{"missing required key", "family:\n  - id: mum\n    role: parent\n", "load.missing-key", 12, 5, `"name" is missing`},
		{"empty required key", "family:\n  - id: mum\n    name:\n    role: parent\n", "load.missing-key", 12, 5, `"name" is missing`},
		{"empty list item", "meetings:\n  -\n", "load.empty-item", 12, 4, "list item is empty"},
		{"mapping expected", "chairing: sw-hughes\n", "load.wrong-type", 11, 11, "set of keys and values"},
		{"alias", "authority: &a Testshire\nfamily:\n  - id: mum\n    name: *a\n    role: parent\n", "load.alias", 11, 12, "anchors and aliases"},
		{"merge key", "chairing:\n  <<: {chair: sw-hughes}\n", "load.alias", 12, 3, "anchors and aliases"},
		{"version from the future", "version: 2\nref: X\npolicy: england\nchildren: [{id: a, name: A}]\n", "load.version", 1, 10, `write "version: 1"`},
		{"missing children", "version: 1\nref: X\npolicy: england\n", "load.missing-key", 1, 1, `"children" is missing`},
		{"action for a worry that does not exist", "version: 1\nref: X\npolicy: england\nchildren:\n  - id: a\n    name: A\n    plan:\n      worries: [{id: w-food}]\n      actions:\n        - id: a1\n          for: [w-fod]\n", "load.unknown-ref", 11, 17, `did you mean "w-food"?`},
		{"update of an action that does not exist", "meetings:\n  - updates:\n      - action: a-walk\n", "load.unknown-ref", 13, 17, "no action"},
		{"yaml syntax error", "version: 1\nref: [unclosed\n", "load.yaml", 2, 1, "check the indentation"},
		{"yaml syntax error on the first line", "version: 1: 2\n", "load.yaml", 1, 1, "mapping values"},
		{"yaml parser error", "version: 1\nchildren:\n  - id: a\n name: b\n", "load.yaml", 4, 1, "did not find expected"},
		{"tab indentation", "version: 1\nchildren:\n\t- id: a\n", "load.yaml", 3, 1, "cannot be read"},
		{"empty file", "version", "load.empty", 1, 1, "coregroup init"},
		{"only comments", "version", "load.empty", 1, 1, "coregroup init"},
		{"two documents", "version", "load.several-documents", 11, 1, "one case in each file"},
		{"a list, not a case", "version", "load.not-mapping", 1, 1, "set of keys"},
		{"control character", "version", "load.bad-character", 2, 7, "UTF-8"},
		{"invalid UTF-8", "version", "load.bad-character", 2, 9, "UTF-8"},
	}
	special := map[string]string{
		"empty file":         "\n",
		"only comments":      "# nothing yet\n",
		"two documents":      minimal + "---\n" + minimal,
		"a list, not a case": "- version: 1\n",
		"control character":  "version: 1\nref: A\x07B\n",
		"invalid UTF-8":      "version: 1\nref: CG-\xff\n",
	}
	en := locales.English()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := minimal + tt.yaml
			if s, ok := special[tt.name]; ok {
				src = s
			} else if strings.HasPrefix(tt.yaml, "version") {
				src = tt.yaml
			}
			_, probs := Parse("case.yaml", []byte(src))
			for _, p := range probs {
				if p.Rule == tt.rule && p.Pos.Line == tt.line && p.Pos.Col == tt.col {
					if msg := p.Text(en); !strings.Contains(msg, tt.message) {
						t.Errorf("message %q does not contain %q", msg, tt.message)
					}
					if p.Pos.File != "case.yaml" {
						t.Errorf("file = %q", p.Pos.File)
					}
					return
				}
			}
			t.Errorf("want %s at %d:%d; got:", tt.rule, tt.line, tt.col)
			for _, p := range probs {
				t.Errorf("  %v %s %s", p.Pos, p.Rule, p.Text(en))
			}
		})
	}
}

func TestParseReportsEveryProblemAtOnce(t *testing.T) {
	src := minimal + "chairing:\n  chiar: sw-hughes\n  deputy: nobody\nconferences:\n  - type: initial\n    date: 2026-02-30\n"
	_, probs := Parse("case.yaml", []byte(src))
	if len(probs) != 3 {
		t.Errorf("got %d problems, want 3: %v", len(probs), probs.Err())
	}
	for i := 1; i < len(probs); i++ {
		if probs[i].Pos.Before(probs[i-1].Pos) {
			t.Errorf("problems not in file order: %v before %v", probs[i-1].Pos, probs[i].Pos)
		}
	}
}

func TestParseAcceptsBOMAndCRLF(t *testing.T) {
	src := "\uFEFF" + strings.ReplaceAll(minimal, "\n", "\r\n")
	c, probs := Parse("case.yaml", []byte(src))
	if len(probs) != 0 {
		t.Fatalf("problems: %v", probs.Err())
	}
	if c.Children[0].Name != "Ella Example" {
		t.Errorf("name = %q", c.Children[0].Name)
	}
}

func TestParseRefusesAnOversizedFile(t *testing.T) {
	src := minimal + "authority: " + strings.Repeat("x", MaxSize) + "\n"
	c, probs := Parse("case.yaml", []byte(src))
	if c != nil || len(probs) != 1 || probs[0].Rule != "load.too-large" {
		t.Errorf("got case %v, problems %v", c != nil, probs.Err())
	}
}

// TestParseRefusesAnAliasBomb checks that a "billion laughs" file is
// refused at once rather than expanded.
func TestParseRefusesAnAliasBomb(t *testing.T) {
	var b bytes.Buffer
	b.WriteString(minimal + "x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for i := 1; i < 10; i++ {
		b.WriteString("x" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [")
		for j := 0; j < 9; j++ {
			b.WriteString("*a" + string(rune('0'+i-1)) + ", ")
		}
		b.WriteString("x]\n")
	}
	_, probs := Parse("case.yaml", b.Bytes())
	if probs.Err() == nil {
		t.Fatal("alias bomb accepted")
	}
}

func TestTextNormalisesToNFC(t *testing.T) {
	// "w" followed by a combining circumflex must become the one letter ŵ.
	src := minimal + "authority: Test\nconferences:\n  - type: initial\n    decision: {cy: \"Dw\u0302r\"}\n"
	c, probs := Parse("case.yaml", []byte(src))
	if len(probs) != 0 {
		t.Fatalf("problems: %v", probs.Err())
	}
	if got, _ := c.Conferences[0].Decision.In("cy", "en"); got != "Dŵr" {
		t.Errorf("got %q, want precomposed Dŵr", got)
	}
}

func TestTextIn(t *testing.T) {
	plain := Text{Plain: "Ella"}
	both := Text{ByLang: map[string]string{"cy": "Ela", "en": "Ella", "fr": ""}}
	tests := []struct {
		text         Text
		lang, source string
		want         string
		ok           bool
	}{
		{plain, "en", "en", "Ella", true},
		{plain, "en-GB", "en", "Ella", true},
		{plain, "cy", "en", "Ella", false},
		{both, "cy", "en", "Ela", true},
		{both, "cy-GB", "en", "Ela", true},
		{both, "fr", "en", "", false},
		{both, "pl", "en", "", false},
		{Text{}, "en", "en", "", false},
	}
	for _, tt := range tests {
		got, ok := tt.text.In(tt.lang, tt.source)
		if ok != tt.ok || (ok && got != tt.want) {
			t.Errorf("%+v.In(%s, %s) = %q, %v; want %q, %v", tt.text, tt.lang, tt.source, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSuggest(t *testing.T) {
	keys := []string{"chair", "rota", "deputy", "known_as", "text_language"}
	tests := map[string]string{
		"chiar":         "chair",
		"Chair":         "chair",
		"known-as":      "known_as",
		"Known As":      "known_as",
		"deptuy":        "deputy",
		"textlanguage":  "text_language",
		"boss":          "",
		"ch":            "",
		"completely-xx": "",
	}
	for in, want := range tests {
		if got := suggest(in, keys); got != want {
			t.Errorf("suggest(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestParseStaysFastOnHostileInput: many dangling references to long ids
// must not turn the suggestions into a quadratic hang.
func TestParseStaysFastOnHostileInput(t *testing.T) {
	var b strings.Builder
	b.WriteString(minimal + "family:\n")
	long := strings.Repeat("x", MaxValueLength-1)
	for i := 0; i < 10; i++ {
		b.WriteString("  - {id: " + long + string(rune('a'+i)) + ", name: N, role: parent}\n")
	}
	b.WriteString("meetings:\n  - present: [")
	for i := 0; i < MaxItems-1; i++ {
		b.WriteString(long + ", ")
	}
	b.WriteString("z]\n")
	_, probs := Parse("case.yaml", []byte(b.String()))
	if n := len(probs); n == 0 || n > maxProblems+1 {
		t.Errorf("got %d problems, want 1 to %d", n, maxProblems+1)
	}
	tooMany := 0
	for _, p := range probs {
		if p.Rule == "load.too-many" {
			tooMany++
		}
	}
	if tooMany != 1 {
		t.Errorf("want one load.too-many finding, got %d; first: %v %s", tooMany, probs[0].Pos, probs[0].Rule)
	}
}

// TestEmptySectionsAreAbsent: a form's section left empty says nothing, so
// an empty "excluded:" must not mean that someone is excluded.
func TestEmptySectionsAreAbsent(t *testing.T) {
	src := minimal + "family:\n  - id: mum\n    name: R\n    role: parent\n    excluded:\n      reason: {en: \"\", cy: \"\"}\n      decided:\n" +
		"meetings:\n  - date:\n    venue: \"\"\n  - date: 2026-03-02\n"
	c, probs := Parse("case.yaml", []byte(src))
	if len(probs) != 0 {
		t.Fatal(probs.Err())
	}
	if c.Family[0].Excluded != nil {
		t.Error("an empty excluded: section made an exclusion")
	}
	if len(c.Meetings) != 1 || c.Meetings[0].Date.String() != "2026-03-02" {
		t.Errorf("meetings = %+v, want only the dated one", c.Meetings)
	}
}
