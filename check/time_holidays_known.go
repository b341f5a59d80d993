package check

import "coregroup/report"

// knowing is a calendar that says up to which year it knows the bank
// holidays as proclaimed.
type knowing interface {
	KnownThrough() int
}

// workingDayKinds are the events whose deadline is counted in working days.
var workingDayKinds = map[string]bool{"first-core-group": true, "record": true, "tier1": true, "tier2": true}

// timeHolidaysKnown is the rule time.holidays-known: working days are
// counted with bank holidays coregroup knows.
var timeHolidaysKnown = Rule{
	ID:       "time.holidays-known",
	Severity: report.Info,
	Title:    "Working days are counted with bank holidays coregroup knows",
	Why:      "A deadline in working days depends on the bank holidays of its year. coregroup knows them as proclaimed up to a year (calendar.KnownThrough, or the last year of a --holidays file); after it only the regular holidays are counted, and a day proclaimed since, such as a jubilee, would be missed. A note says so rather than guess in silence.",
	Source:   "the timescales in working days of 000-004, in policies.md (bank holidays)",
	Example:  "meetings:\n  - date: 2027-12-22   # its record is due in January 2028",
	Fix:      "Pass GOV.UK's current bank-holidays.json with --holidays (saved from https://www.gov.uk/bank-holidays.json).",
	Run: func(ctx *Context) {
		k, ok := ctx.Calendar.(knowing)
		if !ok {
			return
		}
		for _, e := range ctx.schedule() {
			if workingDayKinds[e.Kind] && e.Due.Year() > k.KnownThrough() {
				ctx.Report(e.Pos, "Due", e.Due, "Year", e.Due.Year(), "Known", k.KnownThrough())
				return
			}
		}
	},
}
