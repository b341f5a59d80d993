package check

import "time"

// calendarFor returns the working-day calendar of a division.
func calendarFor(opts Options, division string) (Calendar, error) {
	if opts.Calendars != nil {
		return opts.Calendars(division)
	}
	return weekdays{}, nil
}

// weekdays counts Monday to Friday only; replaced by the UK calendar.
type weekdays struct{}

func (weekdays) AddWorkingDays(d time.Time, n int) time.Time {
	for n > 0 {
		d = d.AddDate(0, 0, 1)
		if d.Weekday() != time.Saturday && d.Weekday() != time.Sunday {
			n--
		}
	}
	return d
}
