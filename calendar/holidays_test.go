package calendar

import (
	"slices"
	"strings"
	"testing"
)

// published are the bank holidays GOV.UK publishes for 2020 to 2027
// (https://www.gov.uk/bank-holidays), with the 2011 and 2012 one-offs and
// Scotland's World Cup holiday of 15 June 2026. The dates are GOV.UK's. Where a substitute meets another holiday the labels
// are this package's: weekday holidays keep their day and the weekend ones
// take the free weekdays after in date order. GOV.UK labels them the same
// way except for Scotland in 2023, where it calls Monday 2 January the New
// Year's Day substitute and Tuesday 3 January the 2 January substitute.
var published = []struct {
	division string
	year     int
	want     []string
}{
	{EnglandAndWales, 2011, []string{"2011-01-03 new-years-day (substitute)", "2011-04-22 good-friday", "2011-04-25 easter-monday", "2011-04-29 royal-wedding", "2011-05-02 early-may-bank-holiday", "2011-05-30 spring-bank-holiday", "2011-08-29 summer-bank-holiday", "2011-12-26 boxing-day", "2011-12-27 christmas-day (substitute)"}},
	{EnglandAndWales, 2012, []string{"2012-01-02 new-years-day (substitute)", "2012-04-06 good-friday", "2012-04-09 easter-monday", "2012-05-07 early-may-bank-holiday", "2012-06-04 spring-bank-holiday", "2012-06-05 diamond-jubilee", "2012-08-27 summer-bank-holiday", "2012-12-25 christmas-day", "2012-12-26 boxing-day"}},
	{EnglandAndWales, 2020, []string{"2020-01-01 new-years-day", "2020-04-10 good-friday", "2020-04-13 easter-monday", "2020-05-08 early-may-bank-holiday", "2020-05-25 spring-bank-holiday", "2020-08-31 summer-bank-holiday", "2020-12-25 christmas-day", "2020-12-28 boxing-day (substitute)"}},
	{EnglandAndWales, 2021, []string{"2021-01-01 new-years-day", "2021-04-02 good-friday", "2021-04-05 easter-monday", "2021-05-03 early-may-bank-holiday", "2021-05-31 spring-bank-holiday", "2021-08-30 summer-bank-holiday", "2021-12-27 christmas-day (substitute)", "2021-12-28 boxing-day (substitute)"}},
	{EnglandAndWales, 2022, []string{"2022-01-03 new-years-day (substitute)", "2022-04-15 good-friday", "2022-04-18 easter-monday", "2022-05-02 early-may-bank-holiday", "2022-06-02 spring-bank-holiday", "2022-06-03 platinum-jubilee", "2022-08-29 summer-bank-holiday", "2022-09-19 state-funeral", "2022-12-26 boxing-day", "2022-12-27 christmas-day (substitute)"}},
	{EnglandAndWales, 2023, []string{"2023-01-02 new-years-day (substitute)", "2023-04-07 good-friday", "2023-04-10 easter-monday", "2023-05-01 early-may-bank-holiday", "2023-05-08 coronation", "2023-05-29 spring-bank-holiday", "2023-08-28 summer-bank-holiday", "2023-12-25 christmas-day", "2023-12-26 boxing-day"}},
	{EnglandAndWales, 2024, []string{"2024-01-01 new-years-day", "2024-03-29 good-friday", "2024-04-01 easter-monday", "2024-05-06 early-may-bank-holiday", "2024-05-27 spring-bank-holiday", "2024-08-26 summer-bank-holiday", "2024-12-25 christmas-day", "2024-12-26 boxing-day"}},
	{EnglandAndWales, 2025, []string{"2025-01-01 new-years-day", "2025-04-18 good-friday", "2025-04-21 easter-monday", "2025-05-05 early-may-bank-holiday", "2025-05-26 spring-bank-holiday", "2025-08-25 summer-bank-holiday", "2025-12-25 christmas-day", "2025-12-26 boxing-day"}},
	{EnglandAndWales, 2026, []string{"2026-01-01 new-years-day", "2026-04-03 good-friday", "2026-04-06 easter-monday", "2026-05-04 early-may-bank-holiday", "2026-05-25 spring-bank-holiday", "2026-08-31 summer-bank-holiday", "2026-12-25 christmas-day", "2026-12-28 boxing-day (substitute)"}},
	{EnglandAndWales, 2027, []string{"2027-01-01 new-years-day", "2027-03-26 good-friday", "2027-03-29 easter-monday", "2027-05-03 early-may-bank-holiday", "2027-05-31 spring-bank-holiday", "2027-08-30 summer-bank-holiday", "2027-12-27 christmas-day (substitute)", "2027-12-28 boxing-day (substitute)"}},

	{Scotland, 2020, []string{"2020-01-01 new-years-day", "2020-01-02 second-january", "2020-04-10 good-friday", "2020-05-08 early-may-bank-holiday", "2020-05-25 spring-bank-holiday", "2020-08-03 summer-bank-holiday", "2020-11-30 st-andrews-day", "2020-12-25 christmas-day", "2020-12-28 boxing-day (substitute)"}},
	{Scotland, 2021, []string{"2021-01-01 new-years-day", "2021-01-04 second-january (substitute)", "2021-04-02 good-friday", "2021-05-03 early-may-bank-holiday", "2021-05-31 spring-bank-holiday", "2021-08-02 summer-bank-holiday", "2021-11-30 st-andrews-day", "2021-12-27 christmas-day (substitute)", "2021-12-28 boxing-day (substitute)"}},
	{Scotland, 2022, []string{"2022-01-03 new-years-day (substitute)", "2022-01-04 second-january (substitute)", "2022-04-15 good-friday", "2022-05-02 early-may-bank-holiday", "2022-06-02 spring-bank-holiday", "2022-06-03 platinum-jubilee", "2022-08-01 summer-bank-holiday", "2022-09-19 state-funeral", "2022-11-30 st-andrews-day", "2022-12-26 boxing-day", "2022-12-27 christmas-day (substitute)"}},
	{Scotland, 2023, []string{"2023-01-02 second-january", "2023-01-03 new-years-day (substitute)", "2023-04-07 good-friday", "2023-05-01 early-may-bank-holiday", "2023-05-08 coronation", "2023-05-29 spring-bank-holiday", "2023-08-07 summer-bank-holiday", "2023-11-30 st-andrews-day", "2023-12-25 christmas-day", "2023-12-26 boxing-day"}},
	{Scotland, 2024, []string{"2024-01-01 new-years-day", "2024-01-02 second-january", "2024-03-29 good-friday", "2024-05-06 early-may-bank-holiday", "2024-05-27 spring-bank-holiday", "2024-08-05 summer-bank-holiday", "2024-12-02 st-andrews-day (substitute)", "2024-12-25 christmas-day", "2024-12-26 boxing-day"}},
	{Scotland, 2025, []string{"2025-01-01 new-years-day", "2025-01-02 second-january", "2025-04-18 good-friday", "2025-05-05 early-may-bank-holiday", "2025-05-26 spring-bank-holiday", "2025-08-04 summer-bank-holiday", "2025-12-01 st-andrews-day (substitute)", "2025-12-25 christmas-day", "2025-12-26 boxing-day"}},
	{Scotland, 2026, []string{"2026-01-01 new-years-day", "2026-01-02 second-january", "2026-04-03 good-friday", "2026-05-04 early-may-bank-holiday", "2026-05-25 spring-bank-holiday", "2026-06-15 world-cup", "2026-08-03 summer-bank-holiday", "2026-11-30 st-andrews-day", "2026-12-25 christmas-day", "2026-12-28 boxing-day (substitute)"}},
	{Scotland, 2027, []string{"2027-01-01 new-years-day", "2027-01-04 second-january (substitute)", "2027-03-26 good-friday", "2027-05-03 early-may-bank-holiday", "2027-05-31 spring-bank-holiday", "2027-08-02 summer-bank-holiday", "2027-11-30 st-andrews-day", "2027-12-27 christmas-day (substitute)", "2027-12-28 boxing-day (substitute)"}},

	{NorthernIreland, 2020, []string{"2020-01-01 new-years-day", "2020-03-17 st-patricks-day", "2020-04-10 good-friday", "2020-04-13 easter-monday", "2020-05-08 early-may-bank-holiday", "2020-05-25 spring-bank-holiday", "2020-07-13 battle-of-the-boyne (substitute)", "2020-08-31 summer-bank-holiday", "2020-12-25 christmas-day", "2020-12-28 boxing-day (substitute)"}},
	{NorthernIreland, 2021, []string{"2021-01-01 new-years-day", "2021-03-17 st-patricks-day", "2021-04-02 good-friday", "2021-04-05 easter-monday", "2021-05-03 early-may-bank-holiday", "2021-05-31 spring-bank-holiday", "2021-07-12 battle-of-the-boyne", "2021-08-30 summer-bank-holiday", "2021-12-27 christmas-day (substitute)", "2021-12-28 boxing-day (substitute)"}},
	{NorthernIreland, 2022, []string{"2022-01-03 new-years-day (substitute)", "2022-03-17 st-patricks-day", "2022-04-15 good-friday", "2022-04-18 easter-monday", "2022-05-02 early-may-bank-holiday", "2022-06-02 spring-bank-holiday", "2022-06-03 platinum-jubilee", "2022-07-12 battle-of-the-boyne", "2022-08-29 summer-bank-holiday", "2022-09-19 state-funeral", "2022-12-26 boxing-day", "2022-12-27 christmas-day (substitute)"}},
	{NorthernIreland, 2023, []string{"2023-01-02 new-years-day (substitute)", "2023-03-17 st-patricks-day", "2023-04-07 good-friday", "2023-04-10 easter-monday", "2023-05-01 early-may-bank-holiday", "2023-05-08 coronation", "2023-05-29 spring-bank-holiday", "2023-07-12 battle-of-the-boyne", "2023-08-28 summer-bank-holiday", "2023-12-25 christmas-day", "2023-12-26 boxing-day"}},
	{NorthernIreland, 2024, []string{"2024-01-01 new-years-day", "2024-03-18 st-patricks-day (substitute)", "2024-03-29 good-friday", "2024-04-01 easter-monday", "2024-05-06 early-may-bank-holiday", "2024-05-27 spring-bank-holiday", "2024-07-12 battle-of-the-boyne", "2024-08-26 summer-bank-holiday", "2024-12-25 christmas-day", "2024-12-26 boxing-day"}},
	{NorthernIreland, 2025, []string{"2025-01-01 new-years-day", "2025-03-17 st-patricks-day", "2025-04-18 good-friday", "2025-04-21 easter-monday", "2025-05-05 early-may-bank-holiday", "2025-05-26 spring-bank-holiday", "2025-07-14 battle-of-the-boyne (substitute)", "2025-08-25 summer-bank-holiday", "2025-12-25 christmas-day", "2025-12-26 boxing-day"}},
	{NorthernIreland, 2026, []string{"2026-01-01 new-years-day", "2026-03-17 st-patricks-day", "2026-04-03 good-friday", "2026-04-06 easter-monday", "2026-05-04 early-may-bank-holiday", "2026-05-25 spring-bank-holiday", "2026-07-13 battle-of-the-boyne (substitute)", "2026-08-31 summer-bank-holiday", "2026-12-25 christmas-day", "2026-12-28 boxing-day (substitute)"}},
	{NorthernIreland, 2027, []string{"2027-01-01 new-years-day", "2027-03-17 st-patricks-day", "2027-03-26 good-friday", "2027-03-29 easter-monday", "2027-05-03 early-may-bank-holiday", "2027-05-31 spring-bank-holiday", "2027-07-12 battle-of-the-boyne", "2027-08-30 summer-bank-holiday", "2027-12-27 christmas-day (substitute)", "2027-12-28 boxing-day (substitute)"}},
}

func TestHolidaysMatchGOVUK(t *testing.T) {
	for _, tt := range published {
		c := mustNew(t, tt.division)
		if got := holidayStrings(c, tt.year); !slices.Equal(got, tt.want) {
			t.Errorf("%s %d:\n got %s\nwant %s", tt.division, tt.year, strings.Join(got, ", "), strings.Join(tt.want, ", "))
		}
	}
}

func TestOneOffsApplyInEveryDivision(t *testing.T) {
	tests := []struct {
		year        int
		has, hasNot []string
	}{
		{1995, []string{"1995-05-08 early-may-bank-holiday"}, []string{"1995-05-01"}},
		{1999, []string{"1999-12-31 millennium"}, nil},
		{2002, []string{"2002-06-03 golden-jubilee", "2002-06-04 spring-bank-holiday"}, []string{"2002-05-27"}},
		{2011, []string{"2011-04-29 royal-wedding", "2011-05-02 early-may-bank-holiday", "2011-05-30 spring-bank-holiday"}, nil},
		{2012, []string{"2012-06-04 spring-bank-holiday", "2012-06-05 diamond-jubilee"}, []string{"2012-05-28"}},
		{2020, []string{"2020-05-08 early-may-bank-holiday"}, []string{"2020-05-04"}},
		{2022, []string{"2022-06-02 spring-bank-holiday", "2022-06-03 platinum-jubilee", "2022-09-19 state-funeral"}, []string{"2022-05-30"}},
		{2023, []string{"2023-05-01 early-may-bank-holiday", "2023-05-08 coronation"}, nil},
	}
	for _, div := range Divisions() {
		c := mustNew(t, div)
		for _, tt := range tests {
			got := strings.Join(holidayStrings(c, tt.year), ", ")
			for _, s := range tt.has {
				if !strings.Contains(got, s) {
					t.Errorf("%s %d lacks %s: %s", div, tt.year, s, got)
				}
			}
			for _, s := range tt.hasNot {
				if strings.Contains(got, s) {
					t.Errorf("%s %d still has %s: %s", div, tt.year, s, got)
				}
			}
		}
	}
}

func TestSubstituteDays(t *testing.T) {
	tests := []struct {
		division string
		year     int
		want     string // a holiday the year must have
	}{
		// Christmas on Saturday: Monday 27 and Tuesday 28.
		{EnglandAndWales, 2010, "2010-12-27 christmas-day (substitute)"},
		{EnglandAndWales, 2010, "2010-12-28 boxing-day (substitute)"},
		// Christmas on Sunday: Boxing Day Monday 26, Christmas Tuesday 27.
		{EnglandAndWales, 2016, "2016-12-27 christmas-day (substitute)"},
		// New Year's Day on Saturday in Scotland: Monday 3 and Tuesday 4.
		{Scotland, 2011, "2011-01-04 second-january (substitute)"},
		// On Sunday: 2 January on Monday, New Year's Day on Tuesday 3.
		{Scotland, 2017, "2017-01-03 new-years-day (substitute)"},
		// 2 January alone on Saturday (New Year's Day a Friday).
		{Scotland, 2016, "2016-01-04 second-january (substitute)"},
		// St Andrew's Day on Saturday.
		{Scotland, 2019, "2019-12-02 st-andrews-day (substitute)"},
		// St Patrick's Day on Saturday and Sunday.
		{NorthernIreland, 2018, "2018-03-19 st-patricks-day (substitute)"},
		{NorthernIreland, 2019, "2019-03-18 st-patricks-day (substitute)"},
		// The Boyne on Sunday.
		{NorthernIreland, 2037, "2037-07-13 battle-of-the-boyne (substitute)"},
	}
	for _, tt := range tests {
		got := holidayStrings(mustNew(t, tt.division), tt.year)
		if !slices.Contains(got, tt.want) {
			t.Errorf("%s %d lacks %s: %v", tt.division, tt.year, tt.want, got)
		}
	}
}

func TestEveryYearHasItsHolidaysOnDistinctWeekdays(t *testing.T) {
	wantCount := map[string]int{EnglandAndWales: 8, Scotland: 9, NorthernIreland: 10}
	for _, div := range Divisions() {
		c := mustNew(t, div)
		for year := 1900; year <= 2300; year++ {
			if _, ok := oneOffs[year]; ok {
				continue
			}
			hs := c.Holidays(year)
			if len(hs) != wantCount[div] {
				t.Fatalf("%s %d: %d holidays, want %d: %v", div, year, len(hs), wantCount[div], hs)
			}
			for i, h := range hs {
				if isWeekend(h.Date) || h.Date.Year() != year || (i > 0 && !h.Date.After(hs[i-1].Date)) {
					t.Fatalf("%s %d: bad holiday %v in %v", div, year, h, hs)
				}
			}
		}
	}
}

func TestEaster(t *testing.T) {
	tests := map[int]string{
		1818: "1818-03-22", // earliest possible
		1943: "1943-04-25", // latest possible
		2000: "2000-04-23",
		2008: "2008-03-23",
		2011: "2011-04-24",
		2019: "2019-04-21",
		2024: "2024-03-31",
		2025: "2025-04-20",
		2026: "2026-04-05",
		2027: "2027-03-28",
		2038: "2038-04-25",
		2285: "2285-03-22",
	}
	for year, want := range tests {
		if got := Easter(year); !got.Equal(d(want)) {
			t.Errorf("Easter(%d) = %s, want %s", year, got.Format("2006-01-02"), want)
		}
	}
	for year := -3000; year <= 5000; year++ {
		e := Easter(year)
		if e.Weekday() != 0 || e.Year() != year || e.Before(date(year, 3, 22)) || e.After(date(year, 4, 25)) {
			t.Fatalf("Easter(%d) = %v", year, e)
		}
	}
}

func TestHolidaysReturnsACopy(t *testing.T) {
	c := mustNew(t, EnglandAndWales)
	c.Holidays(2026)[0].ID = "changed"
	if c.Holidays(2026)[0].ID != NewYearsDay {
		t.Error("changing the returned slice changed the calendar")
	}
}

// TestScotlandsWorldCupHoliday: 15 June 2026 was proclaimed for Scotland
// alone.
func TestScotlandsWorldCupHoliday(t *testing.T) {
	for _, div := range Divisions() {
		c := mustNew(t, div)
		if got, want := !c.IsWorkingDay(d("2026-06-15")), div == Scotland; got != want {
			t.Errorf("%s: 15 June 2026 a holiday %v, want %v", div, got, want)
		}
	}
	if got := mustNew(t, Scotland).AddWorkingDays(d("2026-06-12"), 1); !got.Equal(d("2026-06-16")) {
		t.Errorf("a working day after Friday 12 June 2026 in Scotland: %v", got)
	}
}

func TestKnownThrough(t *testing.T) {
	c := mustNew(t, EnglandAndWales)
	if c.KnownThrough() != KnownThrough || c.File() != "" {
		t.Errorf("built in: known through %d, file %q", c.KnownThrough(), c.File())
	}
	if _, _, ok := c.FileYears(); ok {
		t.Error("file years without a file")
	}
	if err := c.ReadHolidays("later.json", strings.NewReader(`{"england-and-wales": {"events": [
		{"title": "New Year’s Day", "date": "2029-01-01"}, {"title": "New Year’s Day", "date": "2030-01-01"}]}}`)); err != nil {
		t.Fatal(err)
	}
	if first, last, ok := c.FileYears(); c.KnownThrough() != 2030 || c.File() != "later.json" || first != 2029 || last != 2030 || !ok {
		t.Errorf("with a file to 2030: known through %d, file %q, years %d-%d", c.KnownThrough(), c.File(), first, last)
	}
}
