package calendar

import (
	"sort"
	"time"
)

// rule gives the day a regular holiday falls on in a year, before any
// move off a weekend.
type rule struct {
	id  string
	day func(year int) time.Time
}

// The regular holidays of each division, as GOV.UK lists them. These are
// today's rules, applied to every year: before 1978 (the first early May
// bank holiday) and 2007 (the first St Andrew's Day) they give days that
// were not then holidays.
var divisionRules = map[string][]rule{
	EnglandAndWales: {
		{NewYearsDay, fixed(time.January, 1)},
		{GoodFriday, easterPlus(-2)},
		{EasterMonday, easterPlus(1)},
		{EarlyMayBankHoliday, firstMonday(time.May)},
		{SpringBankHoliday, lastMonday(time.May)},
		{SummerBankHoliday, lastMonday(time.August)},
		{ChristmasDay, fixed(time.December, 25)},
		{BoxingDay, fixed(time.December, 26)},
	},
	Scotland: {
		{NewYearsDay, fixed(time.January, 1)},
		{SecondJanuary, fixed(time.January, 2)},
		{GoodFriday, easterPlus(-2)},
		{EarlyMayBankHoliday, firstMonday(time.May)},
		{SpringBankHoliday, lastMonday(time.May)},
		{SummerBankHoliday, firstMonday(time.August)},
		{StAndrewsDay, fixed(time.November, 30)},
		{ChristmasDay, fixed(time.December, 25)},
		{BoxingDay, fixed(time.December, 26)},
	},
	NorthernIreland: {
		{NewYearsDay, fixed(time.January, 1)},
		{StPatricksDay, fixed(time.March, 17)},
		{GoodFriday, easterPlus(-2)},
		{EasterMonday, easterPlus(1)},
		{EarlyMayBankHoliday, firstMonday(time.May)},
		{SpringBankHoliday, lastMonday(time.May)},
		{BattleOfTheBoyne, fixed(time.July, 12)},
		{SummerBankHoliday, lastMonday(time.August)},
		{ChristmasDay, fixed(time.December, 25)},
		{BoxingDay, fixed(time.December, 26)},
	},
}

// ruleHolidays returns the regular holidays of a year, sorted by date.
//
// A holiday that falls on a Saturday or Sunday moves to the next weekday
// that is not already a holiday, taking the weekend holidays in date order.
// So Christmas on a Saturday gives Monday 27 (Christmas) and Tuesday 28
// (Boxing Day); Christmas on a Sunday gives Boxing Day on Monday 26 and
// Christmas on Tuesday 27; and in Scotland New Year's Day on a Sunday gives
// 2 January on Monday and New Year's Day on Tuesday 3.
func ruleHolidays(rules []rule, year int) []Holiday {
	out := make([]Holiday, 0, len(rules))
	taken := map[time.Time]bool{}
	var weekend []Holiday
	for _, r := range rules {
		h := Holiday{Date: r.day(year), ID: r.id}
		if isWeekend(h.Date) {
			weekend = append(weekend, h)
			continue
		}
		taken[h.Date] = true
		out = append(out, h)
	}
	sortHolidays(weekend)
	for _, h := range weekend {
		d := h.Date.AddDate(0, 0, 1)
		for isWeekend(d) || taken[d] {
			d = d.AddDate(0, 0, 1)
		}
		taken[d] = true
		out = append(out, Holiday{Date: d, ID: h.ID, Substitute: true})
	}
	sortHolidays(out)
	return out
}

func isWeekend(t time.Time) bool {
	wd := t.Weekday()
	return wd == time.Saturday || wd == time.Sunday
}

func sortHolidays(hs []Holiday) {
	sort.SliceStable(hs, func(i, j int) bool { return hs[i].Date.Before(hs[j].Date) })
}

func fixed(m time.Month, d int) func(int) time.Time {
	return func(y int) time.Time { return date(y, m, d) }
}

func firstMonday(m time.Month) func(int) time.Time {
	return func(y int) time.Time {
		first := date(y, m, 1)
		return first.AddDate(0, 0, (int(time.Monday)-int(first.Weekday())+7)%7)
	}
}

func lastMonday(m time.Month) func(int) time.Time {
	return func(y int) time.Time {
		last := date(y, m+1, 0)
		return last.AddDate(0, 0, -((int(last.Weekday()) - int(time.Monday) + 7) % 7))
	}
}

func easterPlus(days int) func(int) time.Time {
	return func(y int) time.Time { return Easter(y).AddDate(0, 0, days) }
}

// Easter returns Easter Sunday of a year in the Gregorian calendar, at
// midnight UTC, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
func Easter(year int) time.Time {
	a := mod(year, 19)
	b, c := div(year, 100), mod(year, 100)
	d, e := div(b, 4), mod(b, 4)
	f := div(b+8, 25)
	g := div(b-f+1, 3)
	h := mod(19*a+b-d-g+15, 30)
	i, k := div(c, 4), mod(c, 4)
	l := mod(32+2*e+2*i-h-k, 7)
	m := div(a+11*h+22*l, 451)
	n := h + l - 7*m + 114
	return date(year, time.Month(n/31), n%31+1)
}

// div and mod are floored, so that Easter is right for years before 1 too.
func div(a, b int) int {
	q := a / b
	if (a%b != 0) && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func mod(a, b int) int { return a - b*div(a, b) }
