package calendar

import "time"

// oneOff is a change to one year's bank holidays, made by royal
// proclamation.
type oneOff struct {
	date time.Time
	id   string
	// moves is true when the day replaces the year's regular holiday of the
	// same id, rather than adding a day.
	moves bool
	// only names the one division the change is for; "" means all three.
	only string
}

// oneOffs are the proclaimed changes since 1995, by year. Each applied in
// all three divisions but where only says otherwise; the notes say where
// that is less than certain.
// Years the table does not mention keep the rules; a GOV.UK file can
// correct any year it covers.
var oneOffs = map[int][]oneOff{
	// 50th anniversary of VE Day: the early May bank holiday moved from
	// Monday 1 May to Monday 8 May. I believe this was UK-wide, Scotland
	// and Northern Ireland included, but have not seen the proclamations.
	1995: {{date(1995, time.May, 8), EarlyMayBankHoliday, true, ""}},
	// The millennium: Friday 31 December 1999 added, UK-wide. (New Year's
	// Day 2000 and, in Scotland, 2 January fell at the weekend; their
	// substitutes, 3 and 4 January, follow from the rules.)
	1999: {{date(1999, time.December, 31), Millennium, false, ""}},
	// Golden Jubilee: the spring bank holiday moved from Monday 27 May to
	// Tuesday 4 June, and Monday 3 June added. UK-wide; Scotland's spring
	// holiday is set by proclamation each year and I believe it moved too,
	// but that is the least certain entry here.
	2002: {
		{date(2002, time.June, 3), GoldenJubilee, false, ""},
		{date(2002, time.June, 4), SpringBankHoliday, true, ""},
	},
	// Wedding of Prince William and Catherine Middleton: Friday 29 April
	// added, UK-wide.
	2011: {{date(2011, time.April, 29), RoyalWedding, false, ""}},
	// Diamond Jubilee: the spring bank holiday moved from Monday 28 May to
	// Monday 4 June, and Tuesday 5 June added. UK-wide.
	2012: {
		{date(2012, time.June, 4), SpringBankHoliday, true, ""},
		{date(2012, time.June, 5), DiamondJubilee, false, ""},
	},
	// 75th anniversary of VE Day: the early May bank holiday moved from
	// Monday 4 May to Friday 8 May. UK-wide (GOV.UK lists it for all three).
	2020: {{date(2020, time.May, 8), EarlyMayBankHoliday, true, ""}},
	// Platinum Jubilee: the spring bank holiday moved from Monday 30 May to
	// Thursday 2 June, and Friday 3 June added; then Monday 19 September
	// added for the State Funeral of Queen Elizabeth II. UK-wide (GOV.UK
	// lists all three days for all three divisions).
	2022: {
		{date(2022, time.June, 2), SpringBankHoliday, true, ""},
		{date(2022, time.June, 3), PlatinumJubilee, false, ""},
		{date(2022, time.September, 19), StateFuneral, false, ""},
	},
	// Coronation of King Charles III: Monday 8 May added, UK-wide (GOV.UK
	// lists it for all three divisions).
	2023: {{date(2023, time.May, 8), Coronation, false, ""}},
	// Scotland's men's team at the FIFA World Cup for the first time since
	// 1998: Monday 15 June 2026 added, the day after its first match, by a
	// proclamation of February 2026 for Scotland only.
	2026: {{date(2026, time.June, 15), WorldCup, false, Scotland}},
}

// KnownThrough is the last year whose proclaimed changes the built-in
// calendar knows, as checked against GOV.UK's bank-holidays.json
// (testdata): later years have the regular holidays only, and a day
// proclaimed for them since is not known.
const KnownThrough = 2027

// applyOneOffs returns the year's holidays in a division with its one-off
// changes made, sorted by date.
func applyOneOffs(hs []Holiday, year int, division string) []Holiday {
	changes := oneOffs[year]
	if len(changes) == 0 {
		return hs
	}
	for _, o := range changes {
		if o.only != "" && o.only != division {
			continue
		}
		if o.moves {
			kept := hs[:0]
			for _, h := range hs {
				if h.ID != o.id {
					kept = append(kept, h)
				}
			}
			hs = kept
		}
		hs = append(hs, Holiday{Date: o.date, ID: o.id})
	}
	sortHolidays(hs)
	return hs
}
