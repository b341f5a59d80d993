package check

import (
	"strings"
	"testing"
	"time"

	"coregroup/casefile"
	"coregroup/samples"
)

// event finds the first event of a kind in a schedule.
func event(t *testing.T, src, kind string) (Event, bool) {
	t.Helper()
	c := load(t, src)
	events, err := Schedule(c, Options{AsOf: samples.Day})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range events {
		if e.Kind == kind {
			return e, true
		}
	}
	return Event{}, false
}

func load(t *testing.T, src string) *casefile.Case {
	t.Helper()
	c, probs := casefile.Parse("case.yaml", []byte(src))
	if err := probs.Err(); err != nil {
		t.Fatalf("test case does not load: %v", err)
	}
	return c
}

func parseDay(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// edit applies replacement pairs to the base case.
func edit(t *testing.T, pairs ...string) string {
	t.Helper()
	src := base(t)
	for i := 0; i+1 < len(pairs); i += 2 {
		if strings.Count(src, pairs[i]) != 1 {
			t.Fatalf("%q does not occur once", pairs[i])
		}
		src = strings.Replace(src, pairs[i], pairs[i+1], 1)
	}
	return src
}

// TestScheduleDeadlines pins the due date, the done date and the status of
// each kind of deadline around its boundaries.
func TestScheduleDeadlines(t *testing.T) {
	wales := []string{"policy: england", "policy: wales"}
	tests := []struct {
		name      string
		edits     []string
		kind      string
		due, done string
		status    Status
	}{
		{"first core group within 10 working days", nil, "first-core-group", "2026-09-21", "2026-09-18", Done},
		{"record circulated in time", nil, "record", "2026-10-02", "2026-09-25", Done},
		{"next core group due 6 weeks after the last", nil, "next-core-group", "2026-12-11", "", Due},
		{"15 months from plan start, clamped to the month's end", append(wales, "plan_start: 2026-09-07", "plan_start: 2025-05-31"), "resolution-trigger", "2026-08-31", "", Overdue},
		{"the initial conference stands in for a missing plan_start", append(wales, "    plan_start: 2026-09-07\n", "", "  - type: initial\n    date: 2026-09-07", "  - type: initial\n    date: 2025-06-02"), "resolution-trigger", "2026-09-02", "", Overdue},
		{"a request before the trigger does not answer it", append(wales, "plan_start: 2026-09-07", "plan_start: 2025-06-02", caseEnd, caseEnd+"resolution:\n  requests:\n    - {id: r0, date: 2025-09-01}\n"), "resolution-trigger", "2026-09-02", "", Overdue},
		{"an automatic request answers it", append(wales, "plan_start: 2026-09-07", "plan_start: 2025-06-02", caseEnd, caseEnd+"resolution:\n  requests:\n    - {id: r0, date: 2026-08-20, automatic: true}\n"), "resolution-trigger", "2026-09-02", "2026-08-20", Done},
		{"Tier 1 within 10 working days of the request", append(wales, caseEnd, caseEnd+"resolution:\n  requests:\n    - {id: r1, date: 2026-11-02}\n  meetings:\n    - {tier: 1, request: r1, date: 2026-11-13}\n"), "tier1", "2026-11-16", "2026-11-13", Done},
		{"Tier 2 from the latest Tier 1 only", append(wales, caseEnd, caseEnd+"resolution:\n  meetings:\n    - {tier: 1, date: 2026-03-02, risk_reduced: false}\n    - {tier: 1, date: 2026-08-03, risk_reduced: false}\n"), "tier2", "2026-11-09", "", Overdue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := event(t, edit(t, tt.edits...), tt.kind)
			if !ok {
				t.Fatalf("no %s event", tt.kind)
			}
			if dateString(e.Due) != tt.due || dateString(e.Done) != tt.done || e.Status != tt.status {
				t.Errorf("due %s done %s %v; want due %s done %s %v", dateString(e.Due), dateString(e.Done), e.Status, tt.due, tt.done, tt.status)
			}
		})
	}
}

func TestScheduleWithoutTier2WhenRiskReduced(t *testing.T) {
	src := edit(t, "policy: england", "policy: wales", caseEnd, caseEnd+"resolution:\n  meetings:\n    - {tier: 1, date: 2026-03-02, risk_reduced: false}\n    - {tier: 1, date: 2026-08-03, risk_reduced: true}\n")
	if e, ok := event(t, src, "tier2"); ok {
		t.Errorf("a Tier 2 deadline %v after risk was reduced", e)
	}
}

func TestADelayDefersTheTriggerUntilItEnds(t *testing.T) {
	delay := func(until string) string {
		return edit(t, "policy: england", "policy: wales", "plan_start: 2026-09-07", "plan_start: 2025-06-02",
			"members:\n", "members:\n  - {id: iro-x, name: Pat Iro, role: independent-reviewing-officer}\n",
			caseEnd, caseEnd+"resolution:\n  delay:\n    agreed_by: [tm-davies, iro-x]\n    reason: Criminal proceedings.\n    until: "+until+"\n")
	}
	if e, _ := event(t, delay("2027-01-31"), "resolution-trigger"); e.Status != Deferred {
		t.Errorf("a running delay: status %v, want deferred", e.Status)
	}
	if e, _ := event(t, delay("2026-10-01"), "resolution-trigger"); e.Status != Overdue {
		t.Errorf("an ended delay: status %v, want overdue", e.Status)
	}
}

func TestAddMonths(t *testing.T) {
	for in, want := range map[string]string{"2024-11-30": "2026-02-28", "2024-01-31": "2025-04-30", "2025-06-02": "2026-09-02", "2023-11-29": "2025-02-28"} {
		d := parseDay(t, in)
		if got := dateString(addMonths(d, 15)); got != want {
			t.Errorf("addMonths(%s, 15) = %s, want %s", in, got, want)
		}
	}
}

// TestMeetingsInAnyOrder moves the first meeting to the end of the file:
// the loader reads meetings by date, so nothing changes.
func TestMeetingsInAnyOrder(t *testing.T) {
	src := base(t)
	start := strings.Index(src, "  - date: 2026-09-18\n")
	end := strings.Index(src, "  - date: 2026-10-30\n")
	first := src[start:end]
	moved := src[:start] + src[end:] + first
	for _, kind := range []string{"first-core-group", "next-core-group"} {
		want, _ := event(t, src, kind)
		got, _ := event(t, moved, kind)
		if want.Status != got.Status || !want.Done.Equal(got.Done) || !want.Due.Equal(got.Due) {
			t.Errorf("%s: in date order %+v, out of order %+v", kind, want, got)
		}
	}
	for _, f := range runCase(t, moved) {
		t.Errorf("out of order: %v %s", f.Pos, f.Rule)
	}
}

// TestANextMeetingArrangedInTimeIsNotChased: due soon, but a date is set
// before the deadline, so there is nothing to warn about; cancel that
// meeting and the warning comes back.
func TestANextMeetingArrangedInTimeIsNotChased(t *testing.T) {
	day := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	status := func(src string) Status {
		events, err := Schedule(load(t, src), Options{AsOf: day})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range events {
			if e.Kind == "next-core-group" {
				return e.Status
			}
		}
		t.Fatal("no next-core-group event")
		return 0
	}
	if s := status(base(t)); s != Due {
		t.Errorf("arranged in time: %v, want due", s)
	}
	if s := status(edit(t, "    venue: Testbury Family Centre\n", "    cancelled: Venue closed.\n")); s != DueSoon {
		t.Errorf("arranged meeting cancelled: %v, want due-soon", s)
	}
}
