package calendar

import "time"

// Holiday is one bank holiday as observed: a day the offices are closed.
type Holiday struct {
	// Date is the day, at midnight UTC.
	Date time.Time
	// ID names the kind of holiday, such as "christmas-day", whatever day
	// it falls on, so that its name can be looked up in any language. It is
	// one of the ID constants of this package.
	ID string
	// Substitute reports that the day stands in for a holiday that fell on
	// a Saturday or a Sunday.
	Substitute bool
	// Title is the holiday's English name as a GOV.UK file gave it, such as
	// "Boxing Day"; it is empty for a holiday computed by rule.
	Title string
}

// String returns the holiday as "2026-12-28 boxing-day (substitute)".
func (h Holiday) String() string {
	s := h.Date.Format(time.DateOnly) + " " + h.ID
	if h.Substitute {
		s += " (substitute)"
	}
	return s
}

// The holiday IDs. The first twelve are the regular holidays; the rest
// are one-off days, and OtherHoliday is any day a GOV.UK file names with a
// title this package does not know.
const (
	NewYearsDay         = "new-years-day"
	SecondJanuary       = "second-january"
	StPatricksDay       = "st-patricks-day"
	GoodFriday          = "good-friday"
	EasterMonday        = "easter-monday"
	EarlyMayBankHoliday = "early-may-bank-holiday"
	SpringBankHoliday   = "spring-bank-holiday"
	BattleOfTheBoyne    = "battle-of-the-boyne"
	SummerBankHoliday   = "summer-bank-holiday"
	StAndrewsDay        = "st-andrews-day"
	ChristmasDay        = "christmas-day"
	BoxingDay           = "boxing-day"

	Millennium      = "millennium"
	GoldenJubilee   = "golden-jubilee"
	RoyalWedding    = "royal-wedding"
	DiamondJubilee  = "diamond-jubilee"
	PlatinumJubilee = "platinum-jubilee"
	StateFuneral    = "state-funeral"
	Coronation      = "coronation"
	WorldCup        = "world-cup"
	OtherHoliday    = "bank-holiday"
)
