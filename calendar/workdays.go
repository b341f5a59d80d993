package calendar

import "time"

// Holidays returns the bank holidays of a year in the calendar's
// division, sorted by date. The slice is the caller's to change.
func (c *Calendar) Holidays(year int) []Holiday {
	return append([]Holiday(nil), c.table(year).holidays...)
}

// IsWorkingDay reports whether the date is a working day: not a Saturday,
// not a Sunday and not a bank holiday.
func (c *Calendar) IsWorkingDay(d time.Time) bool {
	y, yd := civil(d)
	return c.table(y).working(yd)
}

// AddWorkingDays returns the date n working days after d, counting from
// the day after d: 1 working day after a Friday is the next Monday, when
// that is not a holiday. For n < 0 it returns the date -n working days
// before d, counting back from the day before d. For n == 0 it returns d
// itself, working day or not.
//
// For every working day r, AddWorkingDays(d, WorkingDaysBetween(d, r))
// is r, and for every n, WorkingDaysBetween(d, AddWorkingDays(d, n)) is n.
// The time taken grows with n: about one year's lookup per 250 days.
func (c *Calendar) AddWorkingDays(d time.Time, n int) time.Time {
	y, yd := civil(d)
	if n == 0 {
		return day(y, yd)
	}
	t := c.table(y)
	// m is the place among the working days of year y of the day wanted;
	// it may run off either end of the year.
	var m int
	if n > 0 {
		m = int(t.cum[yd]) + n
	} else {
		m = int(t.cum[yd-1]) + n + 1
	}
	for m > t.total() {
		m -= t.total()
		y++
		t = c.table(y)
	}
	for m < 1 {
		y--
		t = c.table(y)
		m += t.total()
	}
	return day(y, t.nth(m))
}

// WorkingDaysBetween counts the working days from a to b. When b is after
// a it is the number of working days after a up to and including b, so a
// core group on b is WorkingDaysBetween(conference, b) working days after
// the conference. When b is before a it is minus the number of working
// days from b up to but not including a: the count of working days
// stepped back over, going from a to b. It is zero when b is a.
//
// So WorkingDaysBetween(a, b) is the n for which AddWorkingDays(a, n) is b,
// when b is a working day. It is not always minus WorkingDaysBetween(b, a):
// the two differ when a or b is not a working day.
func (c *Calendar) WorkingDaysBetween(a, b time.Time) int {
	ya, yda := civil(a)
	yb, ydb := civil(b)
	if ya == yb && yda == ydb {
		return 0
	}
	if ya > yb || (ya == yb && yda > ydb) {
		// Working days in [b, a) are those in (b, a], plus b, less a.
		n := c.count(yb, ydb, ya, yda)
		if c.table(yb).working(ydb) {
			n++
		}
		if c.table(ya).working(yda) {
			n--
		}
		return -n
	}
	return c.count(ya, yda, yb, ydb)
}

// count returns the number of working days after day yda of year ya up
// to and including day ydb of year yb, which is not before it.
func (c *Calendar) count(ya, yda, yb, ydb int) int {
	n := int(c.table(yb).cum[ydb]) - int(c.table(ya).cum[yda])
	for y := ya; y < yb; y++ {
		n += c.table(y).total()
	}
	return n
}
