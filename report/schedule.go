package report

import "coregroup/locales"

// Dated is one date of a case's schedule, as the formats print it: a
// deadline the procedures set, or a meeting or conference held or due.
type Dated struct {
	// Date is where it sits in the schedule: the day it happened, or else
	// the day it is due (YYYY-MM-DD).
	Date string
	// Status is where it stands on the day checked: due, due-soon,
	// overdue, done, late or deferred.
	Status string
	// Kind says what it is, such as "first-core-group".
	Kind string
	// Due is the deadline or the day of the event, and Done the day it
	// happened ("" when it has not), both YYYY-MM-DD.
	Due, Done string
	// Pos is where the case file says what it hangs on.
	Pos Position
	// Message describes it.
	Message locales.Message
}
