package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coregroup/locales"
	"coregroup/report"
)

// ruleTests trigger each rule by changing the base case in one place. The
// base case itself triggers none (TestBaseCasePassesEveryRule).
var ruleTests = []struct {
	rule     string
	edits    []string // pairs: replace old, which occurs once in base.yaml, with new
	at       string   // the finding is on the line holding this text
	severity report.Severity
}{
	{"smart.specific", []string{"what: Mum walks Ella to school every school day.", "what: Support Mum as needed."}, "Support Mum", report.Warning},
	{"smart.specific", []string{"what: Mum walks Ella to school every school day.", "what: Monitor school attendance."}, "Monitor school", report.Warning},
	{"smart.what", []string{"          what: Mum walks Ella to school every school day.\n", ""}, "- id: a-walk", report.Error},
	{"smart.measurable", []string{"          how_we_know: The school register shows Ella in class by 8.50.\n", ""}, "- id: a-walk", report.Error},
	{"smart.owner-named", []string{"          who: mum\n", ""}, "- id: a-walk", report.Error},
	{"smart.owner-person", []string{"name: Rhian Example", "name: The Example Family"}, "who: mum", report.Error},
	{"smart.time-bound", []string{"          by: 2026-12-04\n          how_we_know", "          how_we_know"}, "- id: a-walk", report.Error},
	{"smart.date-in-plan", []string{"          by: 2026-12-04\n          how_we_know", "          by: 2026-08-01\n          how_we_know"}, "by: 2026-08-01", report.Error},
	{"smart.date-in-plan", []string{"          by: 2026-12-04\n          how_we_know", "          by: 2027-01-15\n          how_we_know"}, "by: 2027-01-15", report.Error},
	{"smart.relevant", []string{"          for: [w-school, o-school]\n", ""}, "- id: a-walk", report.Warning},
	{"smart.worry-has-action", []string{"      outcomes:\n", "        - id: w-sleep\n          text: Ella goes to bed late.\n      outcomes:\n"}, "- id: w-sleep", report.Error},
	{"smart.worry-has-action", []string{"worries: [w-school]", "worries: []", "for: [w-school, o-school]", "for: [o-school]"}, "- id: w-school", report.Error},
	{"plan.present", []string{"family:\n", "  - id: cai\n    name: Cai Example\nfamily:\n"}, "- id: cai", report.Error},
	{"plan.contingency", []string{"      contingency: If Ella misses a week of school, the core group will ask for an early review conference.\n", ""}, "plan:", report.Error},
	{"plan.child-seen", []string{"          alone: true", "          alone: false"}, "- who: sw-hughes", report.Warning},
	{"plan.contact", []string{"        - who: tchr-evans\n          how_often: Every school day", "        - who: tm-davies\n          how_often: Every school day"}, "- who: tm-davies", report.Warning},
	{"plan.expectations", []string{"consequence: The core group will ask for an early review conference.", "consequence:"}, "consequence:", report.Error},
	{"plan.participation", []string{"      participation: Ella shares her views with her social worker before each meeting.\n", ""}, "plan:", report.Warning},
	{"plan.outcomes", []string{"policy: england", "policy: wales", outcomesBlock, "      outcomes: []\n", "for: [w-school, o-school]", "for: [w-school]"}, "outcomes: []", report.Error},
	{"plan.outcomes", []string{"          measure: Attendance above 95% for six weeks.\n", ""}, "- id: o-school", report.Warning},
	{"plan.picture", []string{"          status: in-progress\n", "          status: in-progress\n          picture: {file: ../other/photo.png, alt: Mum}\n"}, "picture: {file: ../other", report.Error},
	{"plan.picture", []string{"          status: in-progress\n", "          status: in-progress\n          picture: {file: not-there.png, alt: Mum}\n"}, "picture: {file: not-there", report.Error},
	{"plan.my-world", []string{"policy: england", "policy: scotland"}, "plan:", report.Error},
	{"child.views", []string{"    views: I like it when Mum takes me to school.\n", ""}, "- id: ella", report.Error},
	{"child.identity", []string{"    disability: None known.\n", ""}, "- id: ella", report.Warning},
	{"child.reading-level", []string{"child: Mum will walk you to school every day.", "child: Your mother will facilitate consistent attendance at educational provision, ensuring punctuality."}, "facilitate", report.Warning},
	{"child.reading-level", []string{"child: Mum will walk you to school every day.", "child: Mum will walk you to school every day and she will collect you at the gate at three o'clock and then you will go home together for tea."}, "collect you", report.Warning},
	{"child.jargon", []string{"child: You have missed lots of school.", "child: The core group is worried you have missed school."}, "core group is worried", report.Warning},
	{"child.wording", []string{"      contingency_child: If you miss school again, the grown-ups will meet soon to help.\n", ""}, "contingency: If Ella", report.Warning},
	{"child.wording", []string{"          how_we_know_child: School will tell us you are in class every day.\n", ""}, "how_we_know: The school register", report.Warning},
	{"people.chairing", []string{"policy: england", "policy: wales"}, "  chair: sw-hughes\n  deputy", report.Error},
	{"text.no-glyph", []string{"child: You have missed lots of school.", "child: You have missed lots of school 🙁"}, "lots of school 🙁", report.Warning},
	{"text.no-glyph", []string{"name: Rhian Example", "name: Rhian (ريان) Example"}, "name: Rhian (", report.Warning},
	{"text.invisible", []string{"name: Rhian Example", "name: \"Rhian \\u200bExample\""}, "name: \"Rhian", report.Warning},
	{"people.chairing", []string{"  deputy: tchr-evans", "  deputy: tm-davies", "chair: sw-hughes\n    minutes_by: tchr-evans", "chair: tchr-evans\n    minutes_by: tchr-evans"}, "chair: tchr-evans", report.Warning},
	{"people.deputy-chair", []string{"  deputy: tchr-evans\n", ""}, "chairing:", report.Warning},
	{"people.interpreter", []string{"language: en", "language: pl\ninterpreter:\n  needed: true"}, "interpreter:", report.Error},
	{"people.interpreter", []string{"language: en", "language: pl\ninterpreter:\n  needed: true\n  by: ella"}, "by: ella", report.Error},
	{"people.exclusion-reason", []string{"    relationship: Mother\n", "    relationship: Mother\n    excluded:\n      decided: 2026-09-07\n"}, "excluded:", report.Error},
	{"meeting.apology-report", []string{"        report: true\n        note: Report - seen the family weekly; no new concerns.\n", "        report: false\n"}, "report: false", report.Warning},
	{"meeting.apology-report", []string{"        note: Report - seen the family weekly; no new concerns.\n", ""}, "        report: true", report.Warning},
	{"meeting.private-reason", []string{"    circulated: 2026-11-06\n", "    circulated: 2026-11-06\n    professionals_only:\n      summary: Police update.\n"}, "professionals_only:", report.Error},
	{"meeting.scaling-spread", []string{"{who: tchr-evans, score: 6}", "{who: tchr-evans, score: 2}"}, "{who: mum, score: 7}", report.Warning},
	{"lang.missing-translation", []string{"language: en", "language: cy"}, "views: I like it", report.Error},
	{"lang.missing-translation", []string{"language: en", "language: pl"}, "views: I like it", report.Warning},
	{"case.name-missing", []string{"    name: Jo Evans", "    name: \"\""}, "name: \"\"", report.Error},
	{"meeting.unrecorded", []string{"    present: [mum, sw-hughes, tchr-evans]\n    apologies:", "    apologies:", "    circulated: 2026-11-06\n", ""}, "- date: 2026-10-30", report.Warning},
	{"plan.worries", []string{"      worries:\n        - id: w-school\n          text: Ella has missed a lot of school this term.\n          child: You have missed lots of school.\n", "      worries: []\n", "worries: [w-school]", "worries: []", "for: [w-school, o-school]", "for: [o-school]"}, "worries: []\n      outcomes", report.Error},
	{"case.date-missing", []string{"  - type: initial\n    date: 2026-09-07", "  - type: review\n    date: 2026-09-07"}, "- type: review\n    date: 2026-09-07", report.Error},
	{"time.resolution-delay", []string{"policy: england", "policy: wales", caseEnd, caseEnd + "resolution:\n  delay:\n    agreed_by: [tm-davies, iro-x]\n    reason: Court hearing pending.\n    until: 2026-10-01\n", "members:\n", "members:\n  - {id: iro-x, name: Pat Iro, role: independent-reviewing-officer}\n"}, "until: 2026-10-01", report.Error},
	{"case.name-missing", []string{"ref: CG-TEST-0001", "ref: \"\""}, "ref: \"\"", report.Error},
	{"case.date-missing", []string{"  - date: 2026-12-04\n    venue", "  - venue"}, "venue: Testbury", report.Error},
	{"time.first-core-group", []string{"  - type: initial\n    date: 2026-09-07", "  - type: initial\n    date: 2026-11-09"}, "date: 2026-11-09", report.Error},
	{"time.first-core-group", []string{"  - date: 2026-09-18", "  - date: 2026-09-30"}, "- date: 2026-09-30", report.Warning},
	{"time.core-group-interval", []string{"  - date: 2026-10-30", "  - date: 2026-11-06"}, "- date: 2026-11-06", report.Warning},
	{"time.core-group-interval", []string{"  - date: 2026-10-30", "  - date: 2026-10-09"}, "- date: 2026-12-04", report.Error},
	{"time.core-group-interval", []string{"    next_meeting: 2026-12-04\n", "", "  - date: 2026-12-04\n    venue: Testbury Family Centre\n", ""}, "- date: 2026-10-30", report.Warning},
	{"time.core-group-interval", []string{"  - date: 2026-12-04\n", "  - date: 2026-12-18\n"}, "- date: 2026-12-18", report.Error},
	{"time.record-circulated", []string{"circulated: 2026-09-25", "circulated: 2026-10-09"}, "circulated: 2026-10-09", report.Warning},
	{"time.record-circulated", []string{"    circulated: 2026-11-06\n", ""}, "- date: 2026-10-30", report.Error},
	{"time.resolution-trigger", []string{"policy: england", "policy: wales", "plan_start: 2026-09-07", "plan_start: 2025-06-02"}, "plan_start: 2025-06-02", report.Error},
	{"time.resolution-delay", []string{"policy: england", "policy: wales", caseEnd, caseEnd + "resolution:\n  delay:\n    agreed_by: [tm-davies]\n    reason: Court hearing pending.\n"}, "delay:", report.Error},
	{"time.tier1", []string{"policy: england", "policy: wales", caseEnd, caseEnd + "resolution:\n  requests:\n    - id: r1\n      date: 2026-11-02\n"}, "date: 2026-11-02", report.Error},
	{"time.core-group-after-tier1", []string{"policy: england", "policy: wales", "  - date: 2026-10-30", "  - date: 2026-11-20", caseEnd, caseEnd + "resolution:\n  meetings:\n    - tier: 1\n      date: 2026-10-01\n"}, "date: 2026-10-01", report.Warning},
	{"time.holidays-known", []string{"  - type: initial\n    date: 2026-09-07", "  - type: initial\n    date: 2027-12-22"}, "date: 2027-12-22", report.Info},
	{"time.tier2", []string{"policy: england", "policy: wales", caseEnd, caseEnd + "resolution:\n  meetings:\n    - tier: 1\n      date: 2026-08-03\n      risk_reduced: false\n"}, "date: 2026-08-03", report.Error},
	{"plan.outcome-changed", []string{"policy: england", "policy: wales", "          worries: [w-school]\n", "          worries: [w-school]\n          changes:\n            - {date: 2026-10-30, by: core-group, what: Target lowered to 90%.}\n"}, "by: core-group", report.Error},
	{"plan.outcome-changed", []string{"policy: england", "policy: wales", "          worries: [w-school]\n", "          worries: [w-school]\n          set_at: 2026-09-18\n"}, "set_at: 2026-09-18", report.Error},
	{"plan.contingency-complete", []string{"contingency: If Ella misses a week of school, the core group will ask for an early review conference.", "contingency: Further action will be considered."}, "contingency: Further", report.Warning},
	{"meeting.delay-reviewed", []string{"policy: england", "policy: wales", caseEnd, caseEnd + "resolution:\n  delay:\n    agreed_by: [tm-davies, iro-x]\n    reason: Court hearing pending.\n    date: 2026-10-01\n    until: 2026-12-01\n", "members:\n", "members:\n  - {id: iro-x, name: Pat Iro, role: independent-reviewing-officer}\n"}, "- date: 2026-10-30", report.Warning},
	{"meeting.interpreter", []string{"    circulated: 2026-11-06\n", "    circulated: 2026-11-06\n    interpreters:\n      - {who: tchr-evans, for: [mum], language: pl}\n"}, "who: tchr-evans, for", report.Error},
	{"meeting.interpreter", []string{"    circulated: 2026-11-06\n", "    circulated: 2026-11-06\n    interpreters:\n      - {who: mum, language: pl}\n"}, "who: mum, language", report.Error},
	{"meeting.interpreter", []string{"    circulated: 2026-11-06\n", "    circulated: 2026-11-06\n    interpreters:\n      - {who: int-k, language: pl, qualified: false}\n", "members:\n", "members:\n  - {id: int-k, name: Ola Kowal, role: interpreter}\n"}, "who: int-k", report.Warning},
	{"meeting.school-hours", []string{"    disability: None known.\n", "    disability: None known.\n" + schoolTerms, "    present: [mum, sw-hughes, tchr-evans]\n", "    time: \"10:00\"\n    present: [ella, mum, sw-hughes, tchr-evans]\n"}, "time: \"10:00\"", report.Warning},
	{"meeting.present-and-apologies", []string{"    circulated: 2026-11-06\n", "    circulated: 2026-11-06\n    remote:\n      - {who: tm-davies, how: phone}\n"}, "who: tm-davies, how", report.Error},
	{"meeting.present-and-apologies", []string{"    circulated: 2026-11-06\n", "    circulated: 2026-11-06\n    interpreters:\n      - who: int-k\n        language: pl\n        present: true\n", "members:\n", "members:\n  - {id: int-k, name: Ola Kowal, role: interpreter}\n"}, "        present: true", report.Error},
	{"meeting.social-worker", []string{"    present: [mum, sw-hughes, tchr-evans]\n", "    present: [mum, tchr-evans]\n"}, "present: [mum, tchr-evans]", report.Warning},
	{"meeting.recommendation", []string{"  - type: review\n    date: 2026-12-07", "  - type: review\n    date: 2026-11-20"}, "- date: 2026-10-30", report.Warning},
	{"meeting.circulation", []string{"    circulated: 2026-11-06\n", "    circulation:\n      - {to: sw-hughes, date: 2026-11-04}\n      - {to: tchr-evans, date: 2026-11-04}\n"}, "- {to: sw-hughes", report.Warning},
	{"time.record-circulated", []string{"    circulated: 2026-11-06\n", "    circulation:\n      - {to: mum, date: 2026-11-04}\n      - {to: tchr-evans}\n"}, "- {to: tchr-evans}", report.Error},
	{"people.split-group", []string{"chairing:\n", "groups:\n  - {id: g-mum, family: [mum]}\nchairing:\n"}, "- date: 2026-09-18", report.Error},
	{"resolution.tier1-family", []string{"policy: england", "policy: wales", caseEnd, caseEnd + "resolution:\n  meetings:\n    - tier: 1\n      date: 2026-11-20\n      chair: tm-davies\n      present: [tm-davies, mum]\n"}, "present: [tm-davies, mum]", report.Error},
	{"resolution.chair", []string{"policy: england", "policy: wales", caseEnd, caseEnd + "resolution:\n  meetings:\n    - tier: 1\n      date: 2026-11-20\n      chair: sw-hughes\n"}, "      chair: sw-hughes", report.Error},
	{"resolution.request-complete", []string{"policy: england", "policy: wales", caseEnd, caseEnd + "resolution:\n  requests:\n    - id: r1\n      date: 2026-11-20\n      parent_told: 2026-11-20\n"}, "- id: r1", report.Warning},
	{"resolution.record-complete", []string{"policy: england", "policy: wales", caseEnd, caseEnd + "resolution:\n  meetings:\n    - tier: 1\n      date: 2026-11-20\n      chair: tm-davies\n      present: [tm-davies, tchr-evans]\n"}, "- tier: 1", report.Warning},
	{"resolution.parent-told", []string{"policy: england", "policy: wales", caseEnd, caseEnd + "resolution:\n  requests:\n    - id: r1\n      date: 2026-11-20\n      automatic: true\n      concern: Fifteen months on the register.\n"}, "- id: r1", report.Warning},
}

// caseEnd is the last line of base.yaml, after which tests add sections.
const caseEnd = "    venue: Testbury Family Centre\n"

// schoolTerms gives Ella's school one term, from September to December.
const schoolTerms = "    school:\n      name: Testbury Primary\n      terms:\n        - {from: 2026-09-02, to: 2026-12-18}\n"

// outcomesBlock is the outcomes of base.yaml, for tests that remove them.
const outcomesBlock = `      outcomes:
        - id: o-school
          text: Ella is in school every day.
          child: You go to school every day.
          measure: Attendance above 95% for six weeks.
          by: 2026-12-04
          worries: [w-school]
`

func TestRulesTrigger(t *testing.T) {
	en := locales.English()
	for _, tt := range ruleTests {
		t.Run(tt.rule, func(t *testing.T) {
			src := edit(t, tt.edits...)
			var hits []report.Finding
			for _, f := range runCase(t, src) {
				if f.Rule == tt.rule {
					hits = append(hits, f)
				}
			}
			if len(hits) == 0 {
				t.Fatalf("not triggered")
			}
			f := hits[0]
			if tt.at != "" && f.Pos.Line != lineOf(src, tt.at) {
				t.Errorf("at line %d, want %d (%q)", f.Pos.Line, lineOf(src, tt.at), tt.at)
			}
			if f.Severity != tt.severity {
				t.Errorf("severity %v, want %v", f.Severity, tt.severity)
			}
			if msg := f.Text(en); strings.HasPrefix(msg, "[") {
				t.Errorf("message missing: %s", msg)
			}
			switch area, _, _ := strings.Cut(tt.rule, "."); area {
			case "smart", "plan", "child":
				if f.Subject.Child == "" {
					t.Errorf("a finding about a child's plan has no child: %+v", f.Subject)
				}
			case "meeting":
				if f.Subject.Meeting == "" {
					t.Errorf("a finding about a meeting has no meeting: %+v", f.Subject)
				}
			}
		})
	}
}

// TestEveryRuleIsTested: a rule with no triggering test is a rule nobody
// knows works. A rule is tested by ruleTests or by a case file of
// testdata/cases that wants it.
func TestEveryRuleIsTested(t *testing.T) {
	tested := map[string]bool{"case.policy-known": true}
	for _, tt := range ruleTests {
		tested[tt.rule] = true
	}
	paths, _ := filepath.Glob("testdata/cases/*.yaml")
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for k := range wants(string(src)) {
			_, rule, _ := strings.Cut(k, " ")
			tested[rule] = true
		}
	}
	for _, r := range Rules() {
		if !tested[r.ID] {
			t.Errorf("rule %s has no test that triggers it", r.ID)
		}
	}
}

// TestRuleListIsSortedAndUnique keeps the list of rules in id order with
// each rule once, so docs/rules.md and the order rules run in are stable.
func TestRuleListIsSortedAndUnique(t *testing.T) {
	for i, r := range rules {
		if r == nil {
			t.Fatalf("rules[%d] is nil", i)
		}
		if i > 0 && rules[i-1].ID >= r.ID {
			t.Errorf("rules[%d] %s comes after %s: keep the list sorted by id, each rule once", i, r.ID, rules[i-1].ID)
		}
	}
}

func TestEveryRuleIsDocumented(t *testing.T) {
	en := locales.English()
	for _, r := range Rules() {
		if r.Title == "" || r.Why == "" || r.Source == "" || r.Example == "" || r.Fix == "" || r.Run == nil {
			t.Errorf("rule %s lacks a title, why, source, example, fix or function", r.ID)
		}
		if !strings.Contains(r.ID, ".") {
			t.Errorf("rule id %q has no area prefix", r.ID)
		}
		if msg := en.Text(locales.Message{ID: r.ID}); strings.HasPrefix(msg, "["+r.ID) {
			t.Errorf("rule %s has no message in locales/en.yaml", r.ID)
		}
	}
}

// ruleExceptions are changes to the base case that look like a breach but
// are allowed by the procedures: the rule must stay silent.
var ruleExceptions = []struct {
	name  string
	rule  string
	edits []string
}{
	{"an apology whose note says why there is no report", "meeting.apology-report",
		[]string{"        report: true\n        note: Report - seen the family weekly; no new concerns.\n", "        report: false\n        note: Off sick; no report could be written.\n"}},
	{"the social worker chairs the core group after Tier 1 in Wales", "people.chairing",
		[]string{"policy: england", "policy: wales", "  chair: sw-hughes\n  deputy", "  chair: tchr-evans\n  deputy",
			caseEnd, caseEnd + "resolution:\n  meetings:\n    - tier: 1\n      date: 2026-10-20\n"}},
	{"a reading level test text with names", "child.reading-level",
		[]string{"child: Mum will walk you to school every day.", "child: Abena and Oluwaseun will walk you to school."}},
	{"a vague verb made specific by a frequency", "smart.specific",
		[]string{"what: Mum walks Ella to school every school day.", "what: Health visitor to support Mum at home every Tuesday."}},
	{"an outcome changed by a review conference", "plan.outcome-changed",
		[]string{"policy: england", "policy: wales", "          worries: [w-school]\n", "          worries: [w-school]\n          set_at: 2026-09-07\n          changes:\n            - {date: 2026-09-07, by: conference, what: Target raised to 95%.}\n"}},
	{"a contingency that names who acts and on what sign", "plan.contingency-complete",
		[]string{"contingency: If Ella misses a week of school, the core group will ask for an early review conference.", "contingency: Should attendance fall below 90%, Alex will ask for the conference to be brought forward."}},
	{"a delay reviewed at the core group after it", "meeting.delay-reviewed",
		[]string{"policy: england", "policy: wales", caseEnd, caseEnd + "resolution:\n  delay:\n    agreed_by: [tm-davies, iro-x]\n    reason: Court hearing pending.\n    date: 2026-10-01\n    until: 2026-12-01\n", "members:\n", "members:\n  - {id: iro-x, name: Pat Iro, role: independent-reviewing-officer}\n",
			"    circulated: 2026-11-06\n", "    circulated: 2026-11-06\n    delay_reviewed: The delay continues until the hearing.\n"}},
	{"another chair by agreement, with the reason", "people.chairing",
		[]string{"  deputy: tchr-evans", "  deputy: tm-davies", "chair: sw-hughes\n    minutes_by: tchr-evans", "chair: tchr-evans\n    chair_agreed: Alex is on leave; agreed at the last meeting.\n    minutes_by: tchr-evans"}},
	{"a professionals' meeting recorded as an item of its own", "meeting.scaling-spread",
		[]string{"{who: tchr-evans, score: 6}", "{who: tchr-evans, score: 2}", "    circulated: 2026-11-06\n", "    circulated: 2026-11-06\n    professionals_meeting:\n      date: 2026-11-04\n      by: tm-davies\n      outcome: The scores were explained.\n"}},
	{"an unborn baby is not read the plan", "child.jargon",
		[]string{"    born: 2018-05-04\n", "    expected: 2026-12-20\n", "child: You have missed lots of school.", "child: The core group is worried."}},
	{"an unborn baby is seen with the mother", "plan.child-seen",
		[]string{"    born: 2018-05-04\n", "    expected: 2026-12-20\n", "          alone: true", "          alone: false"}},
	{"a qualified interpreter", "meeting.interpreter",
		[]string{"    circulated: 2026-11-06\n", "    circulated: 2026-11-06\n    interpreters:\n      - {who: int-k, for: [mum], language: pl, qualified: true}\n", "members:\n", "members:\n  - {id: int-k, name: Ola Kowal, role: interpreter}\n"}},
	{"a meeting the child attends after school", "meeting.school-hours",
		[]string{"    disability: None known.\n", "    disability: None known.\n" + schoolTerms, "    present: [mum, sw-hughes, tchr-evans]\n", "    time: \"15:30\"\n    present: [ella, mum, sw-hughes, tchr-evans]\n"}},
	{"a meeting the child attends in school hours, with the reason", "meeting.school-hours",
		[]string{"    disability: None known.\n", "    disability: None known.\n" + schoolTerms, "    present: [mum, sw-hughes, tchr-evans]\n", "    time: \"10:00\"\n    time_reason: Ella asked to come in her free lesson.\n    present: [ella, mum, sw-hughes, tchr-evans]\n"}},
	{"a meeting the child attends in the holidays", "meeting.school-hours",
		[]string{"    disability: None known.\n", "    disability: None known.\n    school:\n      terms:\n        - {from: 2026-09-02, to: 2026-10-23}\n", "    present: [mum, sw-hughes, tchr-evans]\n", "    time: \"10:00\"\n    present: [ella, mum, sw-hughes, tchr-evans]\n"}},
	{"someone present by video", "meeting.present-and-apologies",
		[]string{"    circulated: 2026-11-06\n", "    circulated: 2026-11-06\n    remote:\n      - {who: tchr-evans, how: video}\n"}},
	{"the team manager stands in for the social worker", "meeting.social-worker",
		[]string{"    present: [mum, sw-hughes, tchr-evans]\n", "    present: [mum, tm-davies, tchr-evans]\n"}},
	{"the last core group before the review conference recommends", "meeting.recommendation",
		[]string{"  - type: review\n    date: 2026-12-07", "  - type: review\n    date: 2026-11-20", "    circulated: 2026-11-06\n", "    circulated: 2026-11-06\n    recommendation: The core group recommends the plan continues.\n"}},
	{"the record sent to the parent too", "meeting.circulation",
		[]string{"    circulated: 2026-11-06\n", "    circulation:\n      - {to: mum, date: 2026-11-04}\n      - {to: tchr-evans, date: 2026-11-04}\n"}},
	{"a record whose circulation is dated for everyone", "time.record-circulated",
		[]string{"    circulated: 2026-11-06\n", "    circulation:\n      - {to: mum, date: 2026-11-04}\n      - {to: tchr-evans, date: 2026-11-05}\n"}},
	{"a Tier 1 meeting the police are invited to", "resolution.tier1-family",
		[]string{"policy: england", "policy: wales", caseEnd, caseEnd + "resolution:\n  meetings:\n    - tier: 1\n      date: 2026-11-20\n      chair: tm-davies\n      invited: [pc-ward]\n      present: [tm-davies, pc-ward]\n", "members:\n", "members:\n  - {id: pc-ward, name: Lee Ward, role: police, core: false}\n"}},
	{"the team manager chairs Tier 1", "resolution.chair",
		[]string{"policy: england", "policy: wales", caseEnd, caseEnd + "resolution:\n  meetings:\n    - tier: 1\n      date: 2026-11-20\n      chair: tm-davies\n"}},
	{"an automatic trigger needs no requester", "resolution.request-complete",
		[]string{"policy: england", "policy: wales", caseEnd, caseEnd + "resolution:\n  requests:\n    - id: r1\n      date: 2026-11-20\n      automatic: true\n      concern: Fifteen months on the register.\n"}},
	{"a Tier 1 meeting not yet held", "resolution.record-complete",
		[]string{"policy: england", "policy: wales", caseEnd, caseEnd + "resolution:\n  meetings:\n    - tier: 1\n      date: 2026-12-01\n      chair: tm-davies\n      present: [tm-davies, tchr-evans]\n"}},
	{"the parents told of the Tier 1 meeting", "resolution.parent-told",
		[]string{"policy: england", "policy: wales", caseEnd, caseEnd + "resolution:\n  requests:\n    - id: r1\n      date: 2026-11-20\n      parent_told: 2026-11-21\n"}},
}

func TestRuleExceptions(t *testing.T) {
	for _, tt := range ruleExceptions {
		t.Run(tt.name, func(t *testing.T) {
			src := edit(t, tt.edits...)
			for _, f := range runCase(t, src) {
				if f.Rule == tt.rule {
					t.Errorf("%v: %s fired", f.Pos, f.Rule)
				}
			}
		})
	}
}

// TestFindingSubjects: a finding says which child or meeting it is about,
// so a document that prints one child's plan is stopped only by what
// concerns that child.
func TestFindingSubjects(t *testing.T) {
	tests := []struct {
		rule  string
		edits []string
		want  report.Subject
	}{
		{"plan.present", []string{"family:\n", "  - id: cai\n    name: Cai Example\nfamily:\n"}, report.Subject{Child: "cai"}},
		{"smart.what", []string{"          what: Mum walks Ella to school every school day.\n", ""}, report.Subject{Child: "ella"}},
		{"child.jargon", []string{"child: You have missed lots of school.", "child: The core group is worried you have missed school."}, report.Subject{Child: "ella"}},
		{"people.chairing", []string{"  deputy: tchr-evans", "  deputy: tm-davies", "chair: sw-hughes\n    minutes_by: tchr-evans", "chair: tchr-evans\n    minutes_by: tchr-evans"}, report.Subject{Meeting: "2026-10-30"}},
		{"smart.owner-person", []string{"name: Rhian Example", "name: The Example Family"}, report.Subject{Child: "ella"}},
		{"plan.turns-18", []string{"born: 2018-05-04", "born: 2008-12-01"}, report.Subject{Child: "ella"}},
		{"case.born-future", []string{"born: 2018-05-04", "born: 2028-05-04"}, report.Subject{Child: "ella"}},
		{"meeting.present-and-apologies", []string{"      - who: tm-davies\n        report: true", "      - who: tchr-evans\n        report: true"}, report.Subject{Meeting: "2026-10-30"}},
		{"meeting.future-record", []string{"    venue: Testbury Family Centre", "    venue: Testbury Family Centre\n    circulated: 2026-12-09"}, report.Subject{Meeting: "2026-12-04"}},
		{"meeting.private-reason", []string{"    circulated: 2026-11-06\n", "    circulated: 2026-11-06\n    professionals_only:\n      summary: Police update.\n"}, report.Subject{Meeting: "2026-10-30"}},
		{"meeting.apology-report", []string{"        report: true\n        note: Report - seen the family weekly; no new concerns.\n", "        report: false\n"}, report.Subject{Meeting: "2026-10-30"}},
		{"case.name-missing", []string{"ref: CG-TEST-0001", "ref: \"\""}, report.Subject{}},
		{"lang.missing-translation", []string{"language: en", "language: cy"}, report.Subject{}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			var got []report.Subject
			for _, f := range runCase(t, edit(t, tt.edits...)) {
				if f.Rule == tt.rule {
					got = append(got, f.Subject)
				}
			}
			if len(got) == 0 {
				t.Fatal("not triggered")
			}
			for _, s := range got {
				if s != tt.want {
					t.Errorf("subject %+v, want %+v", s, tt.want)
				}
			}
		})
	}
}
