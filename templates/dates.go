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
func longDate(l *locales.Localizer, d any) string { return l.LongDate(asTime(d)) }

// fullDate adds the weekday: "Monday 2 March 2026".
func fullDate(l *locales.Localizer, d any) string { return l.FullDate(asTime(d)) }
