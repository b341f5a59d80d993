package cli

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"coregroup/samples"
	"coregroup/templates"
)

// processRules are the rules whose errors are about the timing and the
// running of the process, not about what a document says: an overdue
// meeting, the wrong chair, a relative interpreting. validate counts them
// as errors, to be put right, but they never stop a document, because the
// documents are how they are put right (docs/rules.md says so).
var processRules = map[string]bool{
	"people.chairing":          true,
	"people.chair-after-tier1": true,
	"people.interpreter":       true,
	"people.split-group":       true,
	"meeting.interpreter":      true,
	"resolution.chair":         true,
	"resolution.tier1-family":  true,
}

// stopsDocuments reports whether an error of the rule stops a document:
// it is one of the blocking rules of a document kind, or a text missing in the
// document's language.
func stopsDocuments(rule string) bool {
	if rule == "lang.missing-translation" {
		return true
	}
	for _, k := range templates.Kinds {
		for _, p := range k.Blocking {
			if strings.HasPrefix(rule, p) {
				return true
			}
		}
	}
	return false
}

// refusal is a finding render prints as the reason it did not write a
// document, its severity in the document's language.
var refusal = regexp.MustCompile(`(?m)^(.+):(\d+):(\d+): (\S+) ([a-z]+\.[a-z0-9.-]+): `)

// TestValidateAndRenderAgree runs validate and render over every sample:
// render refuses a document only over an error that validate reports, at
// the same place; every error validate reports of a rule that stops
// documents makes render refuse; a warning never does; and a sample with
// no errors renders. So a clean validate means the documents render.
func TestValidateAndRenderAgree(t *testing.T) {
	t.Parallel()
	problems, _ := filepath.Glob("../../samples/with-problems/*.yaml")
	good, _ := filepath.Glob("../../samples/*.yaml")
	if len(problems) == 0 || len(good) == 0 {
		t.Fatal("no samples")
	}
	for _, path := range append(problems, good...) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			_, stdout, _ := run(t, "validate", "--format", "json", "--as-of", samples.Date, path)
			var res struct {
				Findings []struct {
					Rule, Severity string
					Line, Column   int
				}
			}
			if err := json.Unmarshal([]byte(stdout), &res); err != nil {
				t.Fatal(err)
			}
			errs := map[string]bool{}
			for _, f := range res.Findings {
				k := fmt.Sprintf("%d:%d %s", f.Line, f.Column, f.Rule)
				if f.Severity == "error" {
					errs[k] = true
				}
			}
			code, _, stderr := run(t, "render", "--format", "md", "--as-of", samples.Date, "-o", t.TempDir(), path)
			refused := map[string]bool{}
			for _, m := range refusal.FindAllStringSubmatch(stderr, -1) {
				k := m[2] + ":" + m[3] + " " + m[5]
				refused[k] = true
				if !errs[k] {
					t.Errorf("render refuses over %s %s, which validate does not report as an error", m[4], k)
				}
			}
			var missed []string
			for k := range errs {
				_, rule, _ := strings.Cut(k, " ")
				switch {
				case refused[k]:
				case stopsDocuments(rule):
					missed = append(missed, k)
				case !strings.HasPrefix(rule, "time.") && !processRules[rule]:
					t.Errorf("%s: an error that stops no document: add its rule to a document kind's blocking rules (templates/kinds.go), or to processRules with a reason", k)
				}
			}
			sort.Strings(missed)
			for _, k := range missed {
				t.Errorf("validate reports the error %s, but render does not refuse over it", k)
			}
			switch {
			case len(refused) > 0 && code != ExitFindings:
				t.Errorf("render printed why it refused, but exit %d", code)
			case len(refused) == 0 && code != ExitOK:
				t.Errorf("render exit %d with no reason given:\n%s", code, stderr)
			}
		})
	}
}
