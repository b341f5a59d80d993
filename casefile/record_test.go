package casefile

import (
	"testing"
	"time"
)

// TestRecordSent: a record goes out on circulated:, or on the last day of
// circulation:, and not before everyone listed has a day.
func TestRecordSent(t *testing.T) {
	tests := []struct {
		name, meeting string
		want          string // the day, or "" for not sent
		line          int    // where the day is, or the meeting when there is none
	}{
		{"one date", "circulated: 2026-10-06", "2026-10-06", 10},
		{"none", "venue: Hall", "", 8},
		{"per person, the last day", "circulation:\n      - {to: mum, date: 2026-10-07}\n      - {to: sw, date: 2026-10-05}", "2026-10-07", 11},
		{"per person, one not yet", "circulation:\n      - {to: mum, date: 2026-10-07}\n      - {to: sw}", "", 12},
		{"circulated: wins", "circulated: 2026-10-06\n    circulation:\n      - {to: mum}", "2026-10-06", 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "version: 1\nref: R\npolicy: england\nchildren: [{id: ella, name: Ella}]\nfamily: [{id: mum, name: Mum, role: parent}]\nmembers: [{id: sw, name: Sam, role: social-worker}]\nmeetings:\n  - date: 2026-10-01\n    present: [mum]\n    " + tt.meeting + "\n"
			c, probs := Parse("case.yaml", []byte(src))
			if err := probs.Err(); err != nil {
				t.Fatal(err)
			}
			day, pos := c.Meetings[0].RecordSent()
			if got := day.String(); got != tt.want {
				t.Errorf("sent %q, want %q", got, tt.want)
			}
			if pos.Line != tt.line {
				t.Errorf("at line %d, want %d", pos.Line, tt.line)
			}
		})
	}
}

// TestUnborn: a child with an expected date of delivery and no date of
// birth is unborn; once born: is given, not.
func TestUnborn(t *testing.T) {
	day := Date{Time: time.Date(2027, 1, 18, 0, 0, 0, 0, time.UTC)}
	if !(Child{Expected: day}).Unborn() {
		t.Error("expected: only is not unborn")
	}
	if (Child{Expected: day, Born: day}).Unborn() || (Child{}).Unborn() {
		t.Error("a born child, or one with neither date, is unborn")
	}
}
