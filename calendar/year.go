package calendar

import (
	"sort"
	"time"
)

// The years whose tables a Calendar keeps once built. Others are built on
// every call, which is correct but slower.
const (
	cacheFrom  = 1900
	cacheYears = 400
)

// yearTable is everything a calendar needs to know about one year.
type yearTable struct {
	holidays []Holiday
	// cum[k] is the number of working days among days 1 to k of the year,
	// so day k is a working day when cum[k] > cum[k-1].
	cum []int16
}

// total returns the number of working days in the year.
func (t *yearTable) total() int { return int(t.cum[len(t.cum)-1]) }

// working reports whether day yday of the year is a working day.
func (t *yearTable) working(yday int) bool { return t.cum[yday] > t.cum[yday-1] }

// nth returns the day of the year of the year's m-th working day, for m
// from 1 to total().
func (t *yearTable) nth(m int) int {
	return sort.Search(len(t.cum), func(k int) bool { return int(t.cum[k]) >= m })
}

// table returns the year's table, from the cache when it can.
func (c *Calendar) table(year int) *yearTable {
	i := year - cacheFrom
	if i < 0 || i >= cacheYears {
		return c.build(year)
	}
	if t := c.cache[i].Load(); t != nil {
		return t
	}
	t := c.build(year)
	c.cache[i].Store(t)
	return t
}

// resetCache forgets every year table, after the holidays have changed.
func (c *Calendar) resetCache() {
	for i := range c.cache {
		c.cache[i].Store(nil)
	}
}

// build works out a year's holidays and working days: a GOV.UK file's
// list when it gave one for the year, else the rules and one-off changes.
func (c *Calendar) build(year int) *yearTable {
	hs, ok := c.files[year]
	if !ok {
		hs = applyOneOffs(ruleHolidays(c.rules, year), year, c.division)
	}
	days := day(year+1, 0).YearDay()
	off := make([]bool, days+1)
	for _, h := range hs {
		// The rules never move a holiday into the next year, and a file's
		// holidays are filed under their own year, but check anyway.
		if h.Date.Year() == year {
			off[h.Date.YearDay()] = true
		}
	}
	t := &yearTable{holidays: hs, cum: make([]int16, days+1)}
	first := day(year, 1).Weekday()
	for k := 1; k <= days; k++ {
		wd := (int(first) + k - 1) % 7
		t.cum[k] = t.cum[k-1]
		if wd != int(time.Saturday) && wd != int(time.Sunday) && !off[k] {
			t.cum[k]++
		}
	}
	return t
}
