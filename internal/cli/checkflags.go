package cli

import (
	"flag"
	"fmt"
	"sync"
	"time"

	"coregroup/calendar"
	"coregroup/check"
	"coregroup/policy"
)

// checkFlags are the flags of every command that judges a case against its
// policy and the calendar.
type checkFlags struct {
	asOf, policyDir, holidays *string
}

func addCheckFlags(fs *flag.FlagSet) *checkFlags {
	return &checkFlags{
		asOf:      fs.String("as-of", "", "judge timescales as on this day, YYYY-MM-DD (default today)"),
		policyDir: fs.String("policy-dir", "", "a directory of local policy profiles (*.yaml) to add to the built-in ones, and of words/ lists to add to the checker's"),
		holidays:  fs.String("holidays", "", "a GOV.UK bank-holidays.json file whose years replace the built-in holidays"),
	}
}

// options turns the flags into check options.
func (f *checkFlags) options() (check.Options, error) {
	day, err := parseAsOf(*f.asOf)
	if err != nil {
		return check.Options{}, err
	}
	set, err := policy.Load(*f.policyDir)
	if err != nil {
		return check.Options{}, err
	}
	words, err := check.LoadWords(*f.policyDir)
	if err != nil {
		return check.Options{}, err
	}
	path := *f.holidays
	if path != "" {
		// Read the file once now, so a bad file is reported before any case.
		if _, err := newCalendar(calendar.EnglandAndWales, path); err != nil {
			return check.Options{}, err
		}
	}
	// The calendars are made once per run, on the first case of each
	// division, by whichever worker comes to it first.
	var mu sync.Mutex
	made := map[string]*calendar.Calendar{}
	return check.Options{AsOf: day, Policies: set, Words: words, Calendars: func(division string) (check.Calendar, error) {
		mu.Lock()
		defer mu.Unlock()
		if c, ok := made[division]; ok {
			return c, nil
		}
		c, err := newCalendar(division, path)
		if err != nil {
			return nil, err
		}
		made[division] = c
		return c, nil
	}}, nil
}

// newCalendar makes a division's calendar, with the holidays file if any.
func newCalendar(division, holidays string) (*calendar.Calendar, error) {
	c, err := calendar.New(division)
	if err != nil {
		return nil, err
	}
	if holidays != "" {
		if err := c.LoadHolidays(holidays); err != nil {
			return nil, fmt.Errorf("--holidays: %w", err)
		}
	}
	return c, nil
}

// parseAsOf reads --as-of, defaulting to today.
func parseAsOf(s string) (time.Time, error) {
	if s == "" {
		y, m, d := time.Now().Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("--as-of %q: write the day as YYYY-MM-DD", s)
	}
	return t, nil
}
