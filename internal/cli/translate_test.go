package cli

import (
	"strings"
	"testing"
)

func TestTranslateCheck(t *testing.T) {
	code, stdout, stderr := run(t, "translate", "check", "../../samples/wales-welsh.yaml")
	if code != ExitOK || !strings.Contains(stdout, "complete") {
		t.Errorf("a Welsh case with every text in Welsh: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, _ = run(t, "translate", "check", "--lang", "cy", "../../samples/siblings.yaml")
	if code != ExitFindings || !strings.Contains(stdout, "lang.missing-translation") || !strings.Contains(stdout, "incomplete") {
		t.Errorf("an English case checked for Welsh: exit %d\n%s", code, stdout)
	}
	if code, _, stderr := run(t, "translate", "frobnicate"); code != ExitFailed || !strings.Contains(stderr, "usage") {
		t.Errorf("unknown subcommand: exit %d, %s", code, stderr)
	}
}
