package templates

import (
	"time"

	"coregroup/casefile"
	"coregroup/locales"
)

// asTime accepts the date kinds templates hold.
func asTime(d any) time.Time {
	switch v := d.(type) {
	case casefile.Date:
		return v.Time
	case time.Time:
		return v
	}
	return time.Time{}
}

// longDate writes a date as the language does, such as "2 March 2026" or
// "2 Mawrth 2026"; an unset date is "".
func longDate(l *locales.Localizer, d any) string {
	t := asTime(d)
	if t.IsZero() {
		return ""
	}
	return l.Text(locales.M("date.long", "Day", t.Day(), "Month", l.Text(locales.M(monthIDs[t.Month()-1])), "Year", t.Year()))
}

// fullDate adds the weekday: "Monday 2 March 2026".
func fullDate(l *locales.Localizer, d any) string {
	t := asTime(d)
	if t.IsZero() {
		return ""
	}
	return l.Text(locales.M("date.full", "Weekday", l.Text(locales.M(weekdayIDs[t.Weekday()])),
		"Day", t.Day(), "Month", l.Text(locales.M(monthIDs[t.Month()-1])), "Year", t.Year()))
}

var monthIDs = [12]string{"date.month.1", "date.month.2", "date.month.3", "date.month.4", "date.month.5", "date.month.6",
	"date.month.7", "date.month.8", "date.month.9", "date.month.10", "date.month.11", "date.month.12"}

var weekdayIDs = [7]string{"date.weekday.0", "date.weekday.1", "date.weekday.2", "date.weekday.3", "date.weekday.4", "date.weekday.5", "date.weekday.6"}
