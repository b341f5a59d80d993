// Package calendar counts UK working days: the days that are neither a
// Saturday, a Sunday nor a bank holiday of the UK division that applies.
// Child protection timescales are set in working days, such as "the first
// core group within 10 working days of the conference".
//
// Bank holidays are computed by rule for any year, with the one-off changes
// of recent years, and a GOV.UK bank-holidays.json file can add to or
// override them year by year.
//
// Dates are civil dates: a time.Time at midnight UTC. Every method takes
// the year, month and day of its argument as read in the argument's own
// location and ignores the time of day, so 23:30 on 24 December in
// Europe/London is 24 December. Every date a method returns is at midnight
// UTC.
package calendar

import (
	"fmt"
	"sync/atomic"
	"time"
)

// The divisions, named as GOV.UK names them. Bank holidays differ between
// them: Scotland has 2 January, St Andrew's Day and an August holiday at
// the start of the month but no Easter Monday; Northern Ireland has St
// Patrick's Day and the Battle of the Boyne.
const (
	EnglandAndWales = "england-and-wales"
	Scotland        = "scotland"
	NorthernIreland = "northern-ireland"
)

// Divisions returns the division names New accepts, in GOV.UK's order.
func Divisions() []string {
	return []string{EnglandAndWales, Scotland, NorthernIreland}
}

// Calendar knows the working days of one division. Its methods are safe
// for concurrent use, except LoadHolidays and ReadHolidays, which must be
// called before the calendar is shared.
type Calendar struct {
	division string
	rules    []rule
	// files holds, per year, the holidays a GOV.UK file gave for it; they
	// replace the computed holidays of that year. file names the file.
	files map[int][]Holiday
	file  string
	// cache holds the year tables of years cacheFrom onwards as they are
	// first asked for. Years outside it are computed on every call.
	cache [cacheYears]atomic.Pointer[yearTable]
}

// New returns the calendar of a division: england-and-wales, scotland or
// northern-ireland.
func New(division string) (*Calendar, error) {
	rules, ok := divisionRules[division]
	if !ok {
		return nil, fmt.Errorf("unknown division %q: use england-and-wales, scotland or northern-ireland", division)
	}
	return &Calendar{division: division, rules: rules}, nil
}

// Division returns the calendar's division, such as "scotland".
func (c *Calendar) Division() string { return c.division }

// KnownThrough returns the last year whose bank holidays the calendar
// knows as proclaimed: the built-in KnownThrough, or the last year of a
// GOV.UK file read, when that is later. A later year has its regular
// holidays only: a day proclaimed for it is not known.
func (c *Calendar) KnownThrough() int {
	_, last, _ := c.FileYears()
	return max(KnownThrough, last)
}

// FileYears returns the first and last years a GOV.UK file read gave
// holidays for; ok is false when no file was read.
func (c *Calendar) FileYears() (first, last int, ok bool) {
	for y := range c.files {
		if !ok || y < first {
			first = y
		}
		if !ok || y > last {
			last = y
		}
		ok = true
	}
	return first, last, ok
}

// File returns the name of the GOV.UK file whose holidays the calendar
// uses, or "" when it uses the built-in ones only.
func (c *Calendar) File() string { return c.file }

// civil returns the year and day of the year of t's date in t's location.
func civil(t time.Time) (year, yday int) {
	y, m, d := t.Date()
	u := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return u.Year(), u.YearDay()
}

// day returns the date of day yday of year at midnight UTC; yday may run
// past either end of the year.
func day(year, yday int) time.Time {
	return time.Date(year, time.January, yday, 0, 0, 0, 0, time.UTC)
}

// date returns y-m-d at midnight UTC.
func date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
