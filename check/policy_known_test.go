package check

import (
	"os"
	"strings"
	"testing"

	"coregroup/casefile"
	"coregroup/report"
	"coregroup/samples"
)

// base reads testdata/base.yaml, a case that passes every rule.
func base(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile("testdata/base.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return string(src)
}

// runCase loads a case, failing the test on any load problem, and runs
// every rule over it.
func runCase(t *testing.T, src string) report.List {
	t.Helper()
	return runCaseWith(t, src, Options{AsOf: samples.Day})
}

// runCaseWith is runCase with the options given.
func runCaseWith(t *testing.T, src string, opts Options) report.List {
	t.Helper()
	c, probs := casefile.Parse("case.yaml", []byte(src))
	if err := probs.Err(); err != nil {
		t.Fatalf("test case does not load: %v", err)
	}
	found, err := Run(c, opts)
	if err != nil {
		t.Fatal(err)
	}
	return found
}

// lineOf returns the 1-based line of the first line containing s.
func lineOf(src, s string) int {
	i := strings.Index(src, s)
	if i < 0 {
		return -1
	}
	return strings.Count(src[:i], "\n") + 1
}

func TestBaseCasePassesEveryRule(t *testing.T) {
	for _, f := range runCase(t, base(t)) {
		t.Errorf("base case: %v %s", f.Pos, f.Rule)
	}
}

func TestPolicyKnown(t *testing.T) {
	src := strings.Replace(base(t), "policy: england", "policy: narnia", 1)
	found := runCase(t, src)
	if len(found) != 1 || found[0].Rule != "case.policy-known" || found[0].Pos.Line != lineOf(src, "policy: narnia") {
		t.Errorf("got %v", found)
	}
}
