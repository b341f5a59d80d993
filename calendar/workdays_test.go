package calendar

import (
	"testing"
	"time"
)

func TestAddWorkingDays(t *testing.T) {
	tests := []struct {
		name     string
		division string
		from     string
		n        int
		want     string
	}{
		// Thursday 24 December 2026, England and Wales: Friday 25 is
		// Christmas, 26-27 the weekend, Monday 28 Boxing Day (substitute),
		// so 29, 30, 31 December are days 1-3; Friday 1 January is New
		// Year's Day, then 4-8 January are days 4-8 and 11-12 days 9-10.
		{"christmas and new year", EnglandAndWales, "2026-12-24", 10, "2027-01-12"},
		// Scotland also has 2 January, a Saturday in 2027, so Monday 4
		// January is its substitute: 5-8 January are days 4-7 and 11-13
		// days 8-10.
		{"christmas and new year, scotland", Scotland, "2026-12-24", 10, "2027-01-13"},
		{"christmas and new year, northern ireland", NorthernIreland, "2026-12-24", 10, "2027-01-12"},
		{"into a christmas pair", EnglandAndWales, "2027-12-24", 1, "2027-12-29"},
		{"last working day of the year", EnglandAndWales, "2026-12-30", 1, "2026-12-31"},
		{"new year", EnglandAndWales, "2026-12-31", 1, "2027-01-04"},
		{"new year, scotland", Scotland, "2026-12-31", 1, "2027-01-05"},
		// Easter 2026: Good Friday 3 April, Easter Monday 6 April, which
		// Scotland does not have.
		{"easter", EnglandAndWales, "2026-04-02", 1, "2026-04-07"},
		{"easter, scotland", Scotland, "2026-04-02", 1, "2026-04-06"},
		{"easter, five days", EnglandAndWales, "2026-04-01", 5, "2026-04-10"},
		{"friday to monday", EnglandAndWales, "2026-01-09", 1, "2026-01-12"},
		{"from a saturday", EnglandAndWales, "2026-01-10", 1, "2026-01-12"},
		{"from a sunday", EnglandAndWales, "2026-01-11", 1, "2026-01-12"},
		{"a week", EnglandAndWales, "2026-01-12", 5, "2026-01-19"},
		{"from a holiday", EnglandAndWales, "2026-12-25", 1, "2026-12-29"},
		// 2026 began on a Thursday and has 365 days: 52 weeks and a
		// Thursday, 261 weekdays, less 8 holidays on weekdays (Boxing Day is
		// a Saturday; its substitute is counted).
		{"a whole year", EnglandAndWales, "2025-12-31", 253, "2026-12-31"},
		{"st andrew's day substitute", Scotland, "2025-11-28", 1, "2025-12-02"},
		{"boyne substitute", NorthernIreland, "2026-07-10", 1, "2026-07-14"},
		{"state funeral", EnglandAndWales, "2022-09-16", 1, "2022-09-20"},
		{"zero on a working day", EnglandAndWales, "2026-01-12", 0, "2026-01-12"},
		{"zero on a holiday", EnglandAndWales, "2026-12-25", 0, "2026-12-25"},
		{"zero on a sunday", EnglandAndWales, "2026-01-11", 0, "2026-01-11"},
		{"back one", EnglandAndWales, "2026-01-13", -1, "2026-01-12"},
		{"back over a weekend", EnglandAndWales, "2026-01-12", -1, "2026-01-09"},
		{"back from a sunday", EnglandAndWales, "2026-01-11", -1, "2026-01-09"},
		{"back over easter", EnglandAndWales, "2026-04-07", -1, "2026-04-02"},
		{"back over easter, scotland", Scotland, "2026-04-07", -1, "2026-04-06"},
		{"back over christmas and new year", EnglandAndWales, "2027-01-12", -10, "2026-12-24"},
		{"back over christmas and new year, scotland", Scotland, "2027-01-13", -10, "2026-12-24"},
		{"back into last year", EnglandAndWales, "2027-01-04", -1, "2026-12-31"},
		{"back a whole year", EnglandAndWales, "2027-01-01", -253, "2026-01-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := mustNew(t, tt.division)
			got := c.AddWorkingDays(d(tt.from), tt.n)
			if !got.Equal(d(tt.want)) || got.Location() != time.UTC {
				t.Errorf("AddWorkingDays(%s, %d) = %v, want %s", tt.from, tt.n, got, tt.want)
			}
		})
	}
}

func TestWorkingDaysBetween(t *testing.T) {
	tests := []struct {
		name     string
		division string
		a, b     string
		want     int
	}{
		{"same day", EnglandAndWales, "2026-01-12", "2026-01-12", 0},
		{"same holiday", EnglandAndWales, "2026-12-25", "2026-12-25", 0},
		{"next day", EnglandAndWales, "2026-01-12", "2026-01-13", 1},
		{"friday to monday", EnglandAndWales, "2026-01-09", "2026-01-12", 1},
		{"friday to saturday", EnglandAndWales, "2026-01-09", "2026-01-10", 0},
		{"saturday to monday", EnglandAndWales, "2026-01-10", "2026-01-12", 1},
		{"christmas and new year", EnglandAndWales, "2026-12-24", "2027-01-12", 10},
		{"christmas and new year, scotland", Scotland, "2026-12-24", "2027-01-12", 9},
		{"a whole year", EnglandAndWales, "2025-12-31", "2026-12-31", 253},
		// 2024 began on a Monday and has 366 days: 52 weeks and a Monday
		// and Tuesday, 262 weekdays, less 8 holidays, all on weekdays.
		{"a leap year", EnglandAndWales, "2023-12-31", "2024-12-31", 254},
		{"monday back to friday", EnglandAndWales, "2026-01-12", "2026-01-09", -1},
		{"monday back to saturday", EnglandAndWales, "2026-01-12", "2026-01-10", 0},
		{"saturday back to friday", EnglandAndWales, "2026-01-10", "2026-01-09", -1},
		{"back over christmas and new year", EnglandAndWales, "2027-01-12", "2026-12-24", -10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := mustNew(t, tt.division)
			if got := c.WorkingDaysBetween(d(tt.a), d(tt.b)); got != tt.want {
				t.Errorf("WorkingDaysBetween(%s, %s) = %d, want %d", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

// stepAdd and stepCount do what AddWorkingDays and WorkingDaysBetween do,
// one day at a time, to check them against.
func stepAdd(c *Calendar, from time.Time, n int) time.Time {
	dir := 1
	if n < 0 {
		dir, n = -1, -n
	}
	for n > 0 {
		from = from.AddDate(0, 0, dir)
		if c.IsWorkingDay(from) {
			n--
		}
	}
	return from
}

func stepCount(c *Calendar, a, b time.Time) int {
	n := 0
	for x := a.AddDate(0, 0, 1); !x.After(b); x = x.AddDate(0, 0, 1) {
		if c.IsWorkingDay(x) {
			n++
		}
	}
	for x := a.AddDate(0, 0, -1); !x.Before(b); x = x.AddDate(0, 0, -1) {
		if c.IsWorkingDay(x) {
			n--
		}
	}
	return n
}

func TestWorkingDaysAgreeWithStepping(t *testing.T) {
	ns := []int{-300, -25, -10, -5, -1, 0, 1, 2, 5, 10, 25, 300}
	for _, div := range Divisions() {
		c := mustNew(t, div)
		for _, from := range agreementDays(t) {
			for _, n := range ns {
				got := c.AddWorkingDays(from, n)
				if want := stepAdd(c, from, n); !got.Equal(want) {
					t.Fatalf("%s: AddWorkingDays(%s, %d) = %s, want %s", div, from.Format(time.DateOnly), n, got.Format(time.DateOnly), want.Format(time.DateOnly))
				}
				if between := c.WorkingDaysBetween(from, got); between != n {
					t.Fatalf("%s: WorkingDaysBetween(%s, %s) = %d, want %d", div, from.Format(time.DateOnly), got.Format(time.DateOnly), between, n)
				}
			}
			if from.Day() == 1 {
				for _, to := range []time.Time{from.AddDate(0, 0, 17), from.AddDate(0, -14, 3), from.AddDate(2, 1, 0)} {
					if got, want := c.WorkingDaysBetween(from, to), stepCount(c, from, to); got != want {
						t.Fatalf("%s: WorkingDaysBetween(%s, %s) = %d, want %d", div, from.Format(time.DateOnly), to.Format(time.DateOnly), got, want)
					}
				}
			}
		}
	}
}

// agreementDays returns the days TestWorkingDaysAgreeWithStepping starts
// from: every day from June 2019 to June 2028, or with -short (make test,
// under the race detector) every day of 2026, which holds every kind of
// holiday and substitute day, the first of every month of the nine years,
// and every eleventh day between, which falls on each weekday in turn.
// make test-long runs them all.
func agreementDays(t *testing.T) []time.Time {
	var days []time.Time
	for i, from := 0, d("2019-06-01"); from.Before(d("2028-07-01")); i, from = i+1, from.AddDate(0, 0, 1) {
		if !testing.Short() || from.Year() == 2026 || from.Day() == 1 || i%11 == 0 {
			days = append(days, from)
		}
	}
	if testing.Short() && len(days) > 1000 {
		t.Fatalf("%d days sampled: -short should keep the run short", len(days))
	}
	return days
}

func TestFarYears(t *testing.T) {
	c := mustNew(t, EnglandAndWales)
	// Outside the cached years the answers are the same, only slower.
	for _, year := range []int{1, 1000, 1899, 2300, 9999} {
		got := c.AddWorkingDays(date(year, 12, 24), 3)
		if want := stepAdd(c, date(year, 12, 24), 3); !got.Equal(want) || !c.IsWorkingDay(got) {
			t.Errorf("%d: AddWorkingDays = %v, want %v", year, got, want)
		}
	}
}

func BenchmarkAddWorkingDays(b *testing.B) {
	c := mustNew(b, EnglandAndWales)
	start := d("2026-01-01")
	i := 0
	for b.Loop() {
		c.AddWorkingDays(start.AddDate(0, 0, i%730), 10)
		i++
	}
}

func BenchmarkWorkingDaysBetween(b *testing.B) {
	c := mustNew(b, Scotland)
	start := d("2026-01-01")
	i := 0
	for b.Loop() {
		from := start.AddDate(0, 0, i%730)
		c.WorkingDaysBetween(from, from.AddDate(0, 0, 30))
		i++
	}
}
