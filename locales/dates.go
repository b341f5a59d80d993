package locales

import (
	"fmt"
	"time"
)

// LongDate writes a day as the Localizer's language writes it in running
// text, with the month in words and no ordinal: "2 March 2026",
// "2 Mawrth 2026". The zero time is "".
func (l *Localizer) LongDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return l.Text(M("date.long", "Day", t.Day(), "Month", l.Text(M(monthIDs[t.Month()-1])), "Year", t.Year()))
}

// FullDate is LongDate with the weekday first: "Monday 2 March 2026",
// "Dydd Llun 2 Mawrth 2026". The zero time is "".
func (l *Localizer) FullDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return l.Text(M("date.full", "Weekday", l.Text(M(weekdayIDs[t.Weekday()])),
		"Day", t.Day(), "Month", l.Text(M(monthIDs[t.Month()-1])), "Year", t.Year()))
}

// Clock writes a time of day as the language writes it in documents and
// in running text: "13.30" and "7.30" on the 24-hour clock, so a meeting's
// time and a time inside a sentence look the same.
func (l *Localizer) Clock(hour, minute int) string {
	return l.Text(M("date.time", "Hour", hour, "Minute", fmt.Sprintf("%02d", minute)))
}

// ChildClock writes a time of day on the 12-hour clock, as a child of 8
// reads it: "1 o'clock in the afternoon", "half past 3 in the afternoon",
// "quarter to 9 in the morning", "20 to 4"; "12 o'clock in the middle of
// the day" and "12 o'clock at night" for noon and midnight. Minutes that
// are not a quarter or a half are said as minutes past or to the hour.
func (l *Localizer) ChildClock(hour, minute int) string {
	switch {
	case hour == 12 && minute == 0:
		return l.Text(M("date.clock12.midday"))
	case hour%24 == 0 && minute == 0:
		return l.Text(M("date.clock12.midnight"))
	}
	h, id, m := hour, "date.clock12.oclock", minute
	switch {
	case minute == 15:
		id = "date.clock12.quarter-past"
	case minute == 30:
		id = "date.clock12.half"
	case minute == 45:
		id, h = "date.clock12.quarter-to", hour+1
	case minute > 30:
		id, h, m = "date.clock12.to", hour+1, 60-minute
	case minute > 0:
		id = "date.clock12.past"
	}
	t := l.Text(M(id, "Hour", (h+11)%12+1, "Minute", m))
	part := "date.clock12.evening"
	switch {
	case hour < 12:
		part = "date.clock12.morning"
	case hour < 18:
		part = "date.clock12.afternoon"
	}
	return l.Text(M(part, "Time", t))
}

var monthIDs = [12]string{"date.month.1", "date.month.2", "date.month.3", "date.month.4", "date.month.5", "date.month.6",
	"date.month.7", "date.month.8", "date.month.9", "date.month.10", "date.month.11", "date.month.12"}

var weekdayIDs = [7]string{"date.weekday.0", "date.weekday.1", "date.weekday.2", "date.weekday.3", "date.weekday.4", "date.weekday.5", "date.weekday.6"}

// withDatesInWords returns the message data with every time.Time value
// written as a LongDate, so a date inside a sentence reads "22 September
// 2026" or "22 Medi 2026", never "2026-09-22". The data is copied, not
// changed.
func (l *Localizer) withDatesInWords(data map[string]any) map[string]any {
	var out map[string]any
	for k, v := range data {
		t, ok := v.(time.Time)
		if !ok {
			continue
		}
		if out == nil {
			out = make(map[string]any, len(data))
			for k2, v2 := range data {
				out[k2] = v2
			}
		}
		out[k] = l.LongDate(t)
	}
	if out == nil {
		return data
	}
	return out
}
