package cli

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"coregroup/check"

	"go.yaml.in/yaml/v3"
)

// TestWelshCheckerOutputIsWelsh validates every sample, the problem
// samples among them, in Welsh on a late day (so timescale findings with
// dates appear) and reads each line: once the values a message quotes from
// the case (ids, keys, names, the case's own words) and the codes it
// teaches (keys such as "views:", quoted values) are set aside, no word
// may be one that only the English messages use, and no date may be
// written YYYY-MM-DD except in a load.* message, where it is what the user
// typed or should type.
func TestWelshCheckerOutputIsWelsh(t *testing.T) {
	t.Parallel()
	args := []string{"../../samples/with-problems"}
	samples, err := caseFiles([]string{"../../samples"})
	if err != nil {
		t.Fatal(err)
	}
	args = append(args, samples...)
	const day = "2027-06-01"
	_, stdout, stderr := run(t, append([]string{"validate", "--lang", "cy", "--as-of", day}, args...)...)
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")

	files, err := caseFiles(args)
	if err != nil {
		t.Fatal(err)
	}
	asOf, _ := time.Parse(time.DateOnly, day)
	var data [][]string // the quoted values of each finding, in output order
	var rules []string
	for _, path := range files {
		found, err := (&env{}).validateFile(path, check.Options{AsOf: asOf})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range found {
			var vals []string
			for _, v := range f.Message.Data {
				if _, isDate := v.(time.Time); !isDate {
					vals = append(vals, fmt.Sprint(v))
				}
			}
			data = append(data, vals)
			rules = append(rules, f.Rule)
		}
	}
	if len(lines) != len(data)+1 || len(data) < 40 {
		t.Fatalf("%d lines for %d findings:\n%s%s", len(lines), len(data), stdout, stderr)
	}
	english := englishOnlyWords(t)
	isoDate := regexp.MustCompile(`[0-9]{4}-[0-9]{2}-[0-9]{2}`)
	dates := 0
	for i, line := range lines {
		text := line
		if i < len(data) {
			// "file:line:col: severity rule: message" less the position and rule.
			_, after, _ := strings.Cut(line, ": ")
			sev, msg, _ := strings.Cut(after, " "+rules[i]+": ")
			if !strings.HasPrefix(rules[i], "load.") && isoDate.MatchString(msg) {
				t.Errorf("a date not in words: %s", line)
			}
			if strings.Contains(msg, " 2026") || strings.Contains(msg, " 2027") {
				dates++
			}
			for _, v := range data[i] {
				msg = strings.ReplaceAll(msg, v, " ")
			}
			text = sev + " " + msg
		}
		for _, w := range words(text) {
			if english[w] {
				t.Errorf("English word %q in Welsh output: %s", w, line)
			}
		}
	}
	if dates < 5 {
		t.Errorf("only %d findings with a date in words; the test would miss ISO dates", dates)
	}
}

var (
	quotedCode = regexp.MustCompile(`"[^"]*"|\{\{[^}]*\}\}|\{[^}]*\}|\[[^\]]*\]|\b[a-z_]+:`)
	wordRE     = regexp.MustCompile(`[\p{L}']+`)
)

// words returns the lower-case words of a text, less its codes: quoted
// strings, placeholders, case-file keys ("views:") and anything written
// with a digit, a hyphen or an underscore.
func words(s string) []string {
	var out []string
	for _, f := range strings.Fields(quotedCode.ReplaceAllString(s, " ")) {
		if strings.ContainsAny(f, "0123456789-_") {
			continue
		}
		for _, w := range wordRE.FindAllString(f, -1) {
			out = append(out, strings.ToLower(strings.Trim(w, "'")))
		}
	}
	return out
}

// englishOnlyWords are the words of the English message file that the
// Welsh one never uses: a word such as "a" or "true" in both is not
// evidence of English.
func englishOnlyWords(t *testing.T) map[string]bool {
	en, cy := messageWords(t, "../../locales/en.yaml"), messageWords(t, "../../locales/cy.yaml")
	for w := range cy {
		delete(en, w)
	}
	if !en["error"] || !en["september"] || !en["overdue"] {
		t.Fatalf("the English word list is wrong: %d words", len(en))
	}
	return en
}

func messageWords(t *testing.T, path string) map[string]bool {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var msgs map[string]any
	if err := yaml.Unmarshal(src, &msgs); err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	var add func(v any)
	add = func(v any) {
		switch v := v.(type) {
		case string:
			for _, w := range words(v) {
				out[w] = true
			}
		case map[string]any:
			for _, x := range v {
				add(x)
			}
		}
	}
	for _, v := range msgs {
		add(v)
	}
	return out
}
