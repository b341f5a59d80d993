package check

import (
	"testing"
	"time"

	"coregroup/casefile"
)

// load parses a test case and fails the test on any load problem.
func load(t *testing.T, src string) *casefile.Case {
	t.Helper()
	c, probs := casefile.Parse("case.yaml", []byte(src))
	if err := probs.Err(); err != nil {
		t.Fatalf("test case does not load: %v", err)
	}
	return c
}

// findings returns the findings of one rule for a case.
func findings(t *testing.T, rule, src string) []int {
	t.Helper()
	var lines []int
	for _, f := range Run(load(t, src), Options{AsOf: time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)}) {
		if f.Rule == rule {
			lines = append(lines, f.Pos.Line)
		}
	}
	return lines
}

func TestPolicyKnown(t *testing.T) {
	const tmpl = "version: 1\nref: T\npolicy: %s\nchildren: [{id: a, name: A}]\n"
	for policy, want := range map[string]int{"england": 0, "west-midlands": 0, "wales": 0, "scotland": 0, "narnia": 1, "wales-old": 1} {
		got := findings(t, "case.policy-known", sprintf(tmpl, policy))
		if len(got) != want || (want == 1 && got[0] != 3) {
			t.Errorf("policy %s: findings at lines %v, want %d at line 3", policy, got, want)
		}
	}
}

func TestEveryRuleIsComplete(t *testing.T) {
	for _, r := range Rules() {
		if r.ID == "" || r.Why == "" || r.Fix == "" || r.Run == nil {
			t.Errorf("rule %q lacks an id, why, fix or function", r.ID)
		}
	}
}
