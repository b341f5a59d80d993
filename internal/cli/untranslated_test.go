package cli

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"coregroup/samples"
)

// keyboardEnglish clears the environment's language for one test, so
// that messages are in English unless the test asks otherwise (TestMain
// clears it for all; a test that sets it restores it with t.Setenv).
func keyboardEnglish(t *testing.T) {
	t.Helper()
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		t.Setenv(name, "")
	}
}

// TestWelshOfEnglishCasesIsToldInEnglishOncePerCase renders two English
// cases in Welsh: nothing is written, and each case gets one block, in
// English, that quotes each text once and points at translate export.
func TestWelshOfEnglishCasesIsToldInEnglishOncePerCase(t *testing.T) {
	keyboardEnglish(t)
	src, err := os.ReadFile("../../samples/siblings.yaml")
	if err != nil {
		t.Fatal(err)
	}
	siblings := string(src)
	for _, lang := range []string{"cy", "cy+en"} {
		cases := []string{"../../samples/siblings.yaml", "../../samples/england-signs-of-safety.yaml"}
		code, stdout, stderr := run(t, append([]string{"render", "--as-of", samples.Date, "--lang", lang, "--format", "md", "-o", t.TempDir()}, cases...)...)
		if code != ExitFindings || stdout != "" {
			t.Fatalf("--lang %s: exit %d, wrote %q", lang, code, stdout)
		}
		for _, c := range cases {
			head := "coregroup: " + c + ": these texts have no cy version, so the documents that print them are not written:"
			if strings.Count(stderr, head) != 1 {
				t.Errorf("--lang %s: %q is not said once:\n%.2000s", lang, head, stderr)
			}
			if !strings.Contains(stderr, "coregroup translate export --lang cy -o ") {
				t.Errorf("--lang %s: no pointer to translate export", lang)
			}
		}
		place := regexp.MustCompile(`(?m)^  (\S+:[0-9]+:[0-9]+): error lang.missing-translation: no cy version of “[^”]+”$`)
		seen := map[string]bool{}
		for _, m := range place.FindAllStringSubmatch(stderr, -1) {
			if seen[m[1]] {
				t.Errorf("--lang %s: %s is told twice", lang, m[1])
			}
			seen[m[1]] = true
		}
		if len(seen) < 40 {
			t.Errorf("--lang %s: %d texts quoted, want every one:\n%.2000s", lang, len(seen), stderr)
		}
		for _, welsh := range []string{"nid oes", "gwall", "cy+en"} {
			if strings.Contains(stderr, welsh) {
				t.Errorf("--lang %s: the messages say %q:\n%.1000s", lang, welsh, stderr)
			}
		}
		first := fmt.Sprintf("  ../../samples/siblings.yaml:%d:19: error lang.missing-translation: no cy version of “Mother of Leo and Poppy”", lineOf(siblings, "Mother of Leo and Poppy"))
		if !strings.Contains(stderr, first) {
			t.Errorf("--lang %s: the first words of a text are not quoted:\n%.1000s", lang, stderr)
		}
	}
}

func TestMessagesFollowTheKeyboardsLanguage(t *testing.T) {
	problems := "../../samples/with-problems/plan-and-timescales.yaml"
	tests := []struct {
		env, flag string
		want      string
	}{
		{"", "", "CG-DEMO-PROBLEMS-01-plan-en not written: fix the errors above"},
		{"C.UTF-8", "", "CG-DEMO-PROBLEMS-01-plan-en not written"},
		{"cy_GB.UTF-8", "", "ni ysgrifennwyd CG-DEMO-PROBLEMS-01-plan-en"},
		{"", "cy", "ni ysgrifennwyd CG-DEMO-PROBLEMS-01-plan-en"},
		{"cy_GB.UTF-8", "en", "CG-DEMO-PROBLEMS-01-plan-en not written"},
		{"pl_PL.UTF-8", "", "CG-DEMO-PROBLEMS-01-plan-en not written"}, // a language coregroup does not speak
	}
	for _, tt := range tests {
		keyboardEnglish(t)
		t.Setenv("LANG", tt.env)
		args := []string{"render", "--as-of", samples.Date, "--doc", "plan", "--format", "md", "-o", t.TempDir()}
		if tt.flag != "" {
			args = append(args, "--ui-lang", tt.flag)
		}
		code, _, stderr := run(t, append(args, problems)...)
		if code != ExitFindings || !strings.Contains(stderr, tt.want) {
			t.Errorf("LANG=%s --ui-lang %s: exit %d, want %q:\n%s", tt.env, tt.flag, code, tt.want, stderr)
		}
		// The plan is in English whatever the messages are in.
		if tt.flag == "cy" && !strings.Contains(stderr, "gwall smart.") {
			t.Errorf("--ui-lang cy: the findings are not in Welsh:\n%s", stderr)
		}
	}
	if code, _, stderr := run(t, "render", "--ui-lang", "klingon", "-o", t.TempDir(), problems); code != ExitFailed || !strings.Contains(stderr, "--ui-lang") {
		t.Errorf("--ui-lang klingon: exit %d: %s", code, stderr)
	}
}

func TestFirstWords(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"Mother of Leo": "“Mother of Leo”",
		"one two three four five six seven eight nine": "“one two three four five six seven eight…”",
		"  spaced\n out  ":                "“spaced out”",
		strings.Repeat("x", 70) + " tail": "“" + strings.Repeat("x", 70) + "…”",
	} {
		if got := firstWords(in); got != want {
			t.Errorf("firstWords(%q) = %s, want %s", in, got, want)
		}
	}
}
