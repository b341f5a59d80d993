package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTranslateCheck(t *testing.T) {
	t.Parallel()
	code, stdout, stderr := run(t, "translate", "check", "../../samples/wales-welsh.yaml")
	if code != ExitOK || !strings.Contains(stdout, "complete") {
		t.Errorf("a Welsh case with every text in Welsh: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, _ = run(t, "translate", "check", "--lang", "cy", "../../samples/siblings.yaml")
	if code != ExitFindings || !strings.Contains(stdout, "lang.missing-translation") || !strings.Contains(stdout, "incomplete") {
		t.Errorf("an English case checked for Welsh: exit %d\n%s", code, stdout)
	}
	// A language with no message files is not complete.
	code, stdout, _ = run(t, "translate", "check", "--lang", "pl")
	if code != ExitFindings || !strings.Contains(stdout, "locales: pl: coregroup has no messages in this language") || !strings.HasSuffix(stdout, "translate check: incomplete\n") {
		t.Errorf("--lang pl: exit %d\n%s", code, stdout)
	}
	for _, bad := range []string{"xx", "not a tag"} {
		if code, _, stderr := run(t, "translate", "check", "--lang", bad); code != ExitFailed || !strings.Contains(stderr, "is not a language tag") {
			t.Errorf("--lang %s: exit %d, %s", bad, code, stderr)
		}
	}
	if code, _, stderr := run(t, "translate", "frobnicate"); code != ExitFailed || !strings.Contains(stderr, "usage") {
		t.Errorf("unknown subcommand: exit %d, %s", code, stderr)
	}
}

// TestTranslateCheckHoldsTheTermbase: a Welsh case text that uses a
// forbidden variant, or drops a term its English has, fails at the line of
// its Welsh; every sample passes.
func TestTranslateCheckHoldsTheTermbase(t *testing.T) {
	t.Parallel()
	src, err := os.ReadFile("../../samples/wales-welsh.yaml")
	if err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(string(src), "cy: Gweithiwr Cefnogi Teulu", "cy: Gweithiwr Cymorth i Deuluoedd", 1)
	broken = strings.Replace(broken, "cy: Bydd y grŵp craidd yn adolygu'r cynllun ar unwaith", "cy: Bydd y tîm yn adolygu'r cynllun ar unwaith", 1)
	if broken == string(src) {
		t.Fatal("the sample has changed: update the texts this test breaks")
	}
	path := writeFile(t, t.TempDir(), "case.yaml", broken)
	code, stdout, stderr := run(t, "translate", "check", path)
	if code != ExitFindings || !strings.Contains(stdout, "incomplete") {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	for _, want := range []string{
		fmt.Sprintf("%s:%d:11: title: term \"family support worker\": \"Gweithiwr Cymorth i Deuluoedd\" is not used", path, lineOf(broken, "Gweithiwr Cymorth i Deuluoedd")),
		fmt.Sprintf("%s:%d:17: consequence: term \"core group\": the English says \"core group\"", path, lineOf(broken, "Bydd y tîm yn adolygu")),
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}

	samples, err := filepath.Glob("../../samples/*.yaml")
	if err != nil || len(samples) < 5 {
		t.Fatalf("samples: %v %v", samples, err)
	}
	code, stdout, stderr = run(t, append([]string{"translate", "check"}, samples...)...)
	if code != ExitOK {
		t.Errorf("the samples: exit %d\n%s%s", code, stdout, stderr)
	}
}

// lineOf is the 1-based line of the first occurrence of s in text.
func lineOf(text, s string) int {
	return strings.Count(text[:strings.Index(text, s)], "\n") + 1
}
