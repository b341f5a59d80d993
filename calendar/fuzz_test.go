package calendar

import "testing"

// FuzzAddWorkingDays checks AddWorkingDays and WorkingDaysBetween against
// each other on any day from 1800 to 2399 and any n up to 2000 either way.
// The result is a working day on the right side of the start, counting the
// working days between them gives n back, and counting back from a
// working-day result returns to a working-day start.
func FuzzAddWorkingDays(f *testing.F) {
	f.Add(2026, 358, 10, uint8(0)) // 24 December 2026
	f.Add(2026, 358, 10, uint8(1))
	f.Add(2027, 12, -10, uint8(0))
	f.Add(2026, 93, 1, uint8(2)) // Good Friday 2026
	f.Add(2024, 366, 1, uint8(1))
	f.Add(2022, 1, 0, uint8(1))
	cals := make([]*Calendar, 0, 3)
	for _, div := range Divisions() {
		cals = append(cals, mustNew(f, div))
	}
	f.Fuzz(func(t *testing.T, year, yday, n int, div uint8) {
		c := cals[int(div)%len(cals)]
		from := day(1800+mod(year, 600), 1+mod(yday, 366))
		n %= 2001
		got := c.AddWorkingDays(from, n)
		switch {
		case n == 0 && !got.Equal(from):
			t.Fatalf("AddWorkingDays(%v, 0) = %v", from, got)
		case n > 0 && !got.After(from), n < 0 && !got.Before(from):
			t.Fatalf("AddWorkingDays(%v, %d) = %v, on the wrong side", from, n, got)
		case n != 0 && !c.IsWorkingDay(got):
			t.Fatalf("AddWorkingDays(%v, %d) = %v, not a working day", from, n, got)
		}
		if between := c.WorkingDaysBetween(from, got); between != n {
			t.Fatalf("WorkingDaysBetween(%v, AddWorkingDays(_, %d) = %v) = %d", from, n, got, between)
		}
		if n != 0 && c.IsWorkingDay(from) {
			if back := c.AddWorkingDays(got, -n); !back.Equal(from) {
				t.Fatalf("AddWorkingDays(AddWorkingDays(%v, %d) = %v, %d) = %v", from, n, got, -n, back)
			}
		}
	})
}
