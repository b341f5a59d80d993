package calendar

import (
	"strings"
	"testing"
	"time"

	_ "time/tzdata" // Europe/London even on a machine without zoneinfo
)

func TestNew(t *testing.T) {
	for _, div := range Divisions() {
		c, err := New(div)
		if err != nil || c.Division() != div {
			t.Errorf("New(%q) = %v, %v", div, c, err)
		}
	}
	for _, bad := range []string{"", "wales", "england", "Scotland", "uk"} {
		_, err := New(bad)
		if err == nil || !strings.Contains(err.Error(), "england-and-wales, scotland or northern-ireland") {
			t.Errorf("New(%q): error %v should name the divisions", bad, err)
		}
	}
}

func TestDatesAreCivil(t *testing.T) {
	c := mustNew(t, EnglandAndWales)
	london, err := time.LoadLocation("Europe/London") // from time/tzdata if the machine has none
	if err != nil {
		t.Fatal(err)
	}
	// 23:30 on Christmas Eve in London is 24 December, a working day,
	// although it is 25 December somewhere east of London.
	eve := time.Date(2026, time.December, 24, 23, 30, 0, 0, london)
	if !c.IsWorkingDay(eve) {
		t.Error("Christmas Eve evening is not a working day")
	}
	tokyo := time.FixedZone("JST", 9*3600)
	xmasInTokyo := time.Date(2026, time.December, 25, 1, 0, 0, 0, tokyo) // still 24 December in UTC
	if c.IsWorkingDay(xmasInTokyo) {
		t.Error("25 December in Tokyo is a working day")
	}
	got := c.AddWorkingDays(eve, 0)
	if !got.Equal(d("2026-12-24")) || got.Location() != time.UTC {
		t.Errorf("AddWorkingDays(eve, 0) = %v, want 2026-12-24 at midnight UTC", got)
	}
	if got := c.AddWorkingDays(eve, 10); !got.Equal(d("2027-01-12")) {
		t.Errorf("AddWorkingDays(eve, 10) = %v", got)
	}
}
