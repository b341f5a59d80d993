package calendar

import (
	"slices"
	"strings"
	"testing"
)

// testdata/bank-holidays.json is GOV.UK's current file cut down to
// 2025-2027, as published, with Scotland's World Cup day of 15 June 2026
// (the bunting flags are as remembered and do not matter here, and that
// day's title stands in for GOV.UK's: any title naming the World Cup is
// read as world-cup). The built-in calendar must give the same days for
// every year the file has.
func TestLoadHolidaysAgreesWithTheRules(t *testing.T) {
	for _, div := range Divisions() {
		c := mustNew(t, div)
		if err := c.LoadHolidays("testdata/bank-holidays.json"); err != nil {
			t.Fatal(err)
		}
		rules := mustNew(t, div)
		for year := 2025; year <= 2027; year++ {
			if got, want := holidayStrings(c, year), holidayStrings(rules, year); !slices.Equal(got, want) {
				t.Errorf("%s %d: file gives %v\nrules give %v", div, year, got, want)
			}
			for _, h := range c.Holidays(year) {
				if h.Title == "" || h.ID == OtherHoliday {
					t.Errorf("%s: %v has title %q", div, h, h.Title)
				}
			}
		}
		if hs := c.Holidays(2024); hs[0].Title != "" {
			t.Errorf("%s 2024 is not in the file but has titles: %v", div, hs)
		}
	}
}

// override gives 2026 a made-up holiday on 15 June and no summer bank
// holiday, and says nothing of other years.
const override = `{
  "england-and-wales": {"division": "england-and-wales", "events": [
    {"title": "New Year’s Day", "date": "2026-01-01", "notes": "", "bunting": true},
    {"title": "Test day (not a real holiday)", "date": "2026-06-15", "notes": "", "bunting": false},
    {"title": "Christmas Day", "date": "2026-12-25", "notes": "", "bunting": true},
    {"title": "Boxing Day", "date": "2026-12-28", "notes": "Substitute day", "bunting": true}
  ]},
  "scotland": {"division": "scotland", "events": []},
  "northern-ireland": {"division": "northern-ireland", "events": []}
}`

func TestReadHolidaysOverridesWholeYears(t *testing.T) {
	c := mustNew(t, EnglandAndWales)
	if !c.IsWorkingDay(d("2026-06-15")) || c.IsWorkingDay(d("2026-08-31")) {
		t.Fatal("the rules are wrong before the file is read")
	}
	if err := c.ReadHolidays("override.json", strings.NewReader(override)); err != nil {
		t.Fatal(err)
	}
	want := []string{"2026-01-01 new-years-day", "2026-06-15 bank-holiday", "2026-12-25 christmas-day", "2026-12-28 boxing-day (substitute)"}
	if got := holidayStrings(c, 2026); !slices.Equal(got, want) {
		t.Errorf("2026 = %v, want %v", got, want)
	}
	if h := c.Holidays(2026)[1]; h.Title != "Test day (not a real holiday)" {
		t.Errorf("title %q", h.Title)
	}
	if c.IsWorkingDay(d("2026-06-15")) {
		t.Error("the file's added day is a working day")
	}
	if !c.IsWorkingDay(d("2026-08-31")) || !c.IsWorkingDay(d("2026-04-03")) {
		t.Error("days the file leaves out of 2026 are still holidays")
	}
	if got := c.AddWorkingDays(d("2026-06-12"), 1); !got.Equal(d("2026-06-16")) {
		t.Errorf("AddWorkingDays over the added day = %v", got)
	}
	if c.IsWorkingDay(d("2027-12-27")) || c.IsWorkingDay(d("2025-08-25")) {
		t.Error("years not in the file lost their rules")
	}
	// Scotland's events are empty, so a Scottish calendar cannot use the file.
	if err := mustNew(t, Scotland).ReadHolidays("override.json", strings.NewReader(override)); err == nil || !strings.Contains(err.Error(), `"scotland" has no events`) {
		t.Errorf("empty division: %v", err)
	}
}

func TestReadHolidaysErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"empty", "", "bad.json:1:1: unexpected end of JSON input"},
		{"not json", "holidays: yes", "bad.json:1:1: invalid character 'h'"},
		{"trailing comma", "{\n  \"england-and-wales\": {\"events\": [\n    {\"date\": \"2026-01-01\"},\n  ]}\n}", "bad.json:4:3: invalid character ']'"},
		{"cut short", `{"england-and-wales": {"events": [`, "bad.json:1:34: unexpected end of JSON input"},
		{"a list", `[{"date": "2026-01-01"}]`, "bad.json:1:1: the file should be an object, not array"},
		{"events an object", "{\"england-and-wales\":\n {\"events\": {}}}", "bad.json:2:13: events should be a list, not object"},
		{"date a number", `{"england-and-wales": {"events": [{"date": 20260101}]}}`, "bad.json:1:44: events.date should be a string, not number"},
		{"title a bool", "{\"england-and-wales\": {\"events\": [\n  {\"title\": true, \"date\": \"2026-01-01\"}]}}", "bad.json:2:13: events.title should be a string, not bool"},
		{"events a string", `{"england-and-wales": {"events": "a \"quoted\" word"}}`, "bad.json:1:34: events should be a list, not string"},
		{"bad date", `{"england-and-wales": {"events": [{"title": "Boxing Day", "date": "2026-02-30"}]}}`, `bad.json: england-and-wales event 1 ("Boxing Day"): date "2026-02-30" is not a day written YYYY-MM-DD`},
		{"date the GOV.UK page way", `{"england-and-wales": {"events": [{"date": "28/12/2026"}]}}`, `date "28/12/2026" is not a day`},
		{"bad date in another division", `{"england-and-wales": {"events": [{"date": "2026-01-01"}]}, "scotland": {"events": [{"date": "2026-1-2"}]}}`, `bad.json: scotland event 1: date "2026-1-2"`},
		{"missing division", `{"scotland": {"events": [{"date": "2026-01-01"}]}, "northern-ireland": {}}`, `bad.json: no "england-and-wales" division: the file has northern-ireland, scotland`},
		{"no divisions", `{}`, `bad.json: no "england-and-wales" division: the file has no divisions`},
		{"null", `null`, `the file has no divisions`},
		{"no events", `{"england-and-wales": {"division": "england-and-wales"}}`, `"england-and-wales" has no events`},
		{"wrong division inside", `{"england-and-wales": {"division": "scotland", "events": [{"date": "2026-01-01"}]}}`, `"england-and-wales" holds the events of "scotland"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := mustNew(t, EnglandAndWales)
			err := c.ReadHolidays("bad.json", strings.NewReader(tt.src))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
			if c.files != nil || c.IsWorkingDay(d("2026-08-31")) {
				t.Error("a bad file changed the calendar")
			}
		})
	}
	huge := strings.NewReader(`{"england-and-wales": "` + strings.Repeat("x", MaxHolidaysFile) + `"}`)
	if err := mustNew(t, EnglandAndWales).ReadHolidays("huge.json", huge); err == nil || !strings.Contains(err.Error(), "huge.json: larger than 4 MB") {
		t.Errorf("huge file: %v", err)
	}
	if err := mustNew(t, EnglandAndWales).LoadHolidays("testdata/nope.json"); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing file: %v", err)
	}
}
