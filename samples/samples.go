// Package samples names the day the sample case files in this folder are
// written as on. The samples are the *.yaml files beside this one (and the
// broken ones in with-problems/); every person, place and case in them is
// invented. Tests check them, and "make demo" renders them, as on Day.
package samples

import (
	"embed"
	"time"
)

// Date is the day the samples are written as on, YYYY-MM-DD: checked on a
// later day, their next meetings show as due or overdue. The Makefile
// reads it from this line.
const Date = "2026-11-26"

// Day is Date at midnight UTC.
var Day, _ = time.Parse(time.DateOnly, Date)

// Files holds the sample case files of this folder (not with-problems/)
// and the pictures they name, for the caseload generator to make many
// cases from.
//
//go:embed *.yaml pictures
var Files embed.FS
