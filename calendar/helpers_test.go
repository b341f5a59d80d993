package calendar

import (
	"testing"
	"time"
)

// mustNew returns the calendar of a division or stops the test.
func mustNew(t testing.TB, division string) *Calendar {
	t.Helper()
	c, err := New(division)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// d parses a YYYY-MM-DD date or panics.
func d(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// holidayStrings returns a year's holidays as "2026-12-28 boxing-day
// (substitute)" strings.
func holidayStrings(c *Calendar, year int) []string {
	var out []string
	for _, h := range c.Holidays(year) {
		out = append(out, h.String())
	}
	return out
}
