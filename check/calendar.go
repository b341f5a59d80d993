package check

import "coregroup/calendar"

// calendarFor returns the working-day calendar of a division: the one
// Options.Calendars makes, or the built-in rules for UK bank holidays.
func calendarFor(opts Options, division string) (Calendar, error) {
	if opts.Calendars != nil {
		return opts.Calendars(division)
	}
	return calendar.New(division)
}
