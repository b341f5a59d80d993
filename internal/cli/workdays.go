package cli

import (
	"fmt"
	"regexp"
	"strconv"
	"time"

	"coregroup/calendar"
)

var workdaysCommand = &command{
	name:    "workdays",
	usage:   "coregroup workdays [--division england-and-wales|scotland|northern-ireland] [--holidays FILE] DATE N",
	summary: "Print the day N working days after DATE, counting from the day after and skipping weekends and bank holidays; say on stderr whose holidays were used, and warn when the count runs past the last year they are known for.",
	run:     runWorkdays,
}

// maxWorkdays bounds N, some 400 years either way: far beyond any
// timescale, and short of taking noticeable time.
const maxWorkdays = 100000

// negativeNumber matches an N such as -5, which the flag parser would
// otherwise take for a flag.
var negativeNumber = regexp.MustCompile(`^-[0-9]+$`)

func runWorkdays(e *env, c *command, args []string) ExitCode {
	fs := e.flags(c)
	division := fs.String("division", calendar.EnglandAndWales, "whose bank holidays apply: england-and-wales, scotland or northern-ireland")
	holidays := fs.String("holidays", "", "a GOV.UK bank-holidays.json file whose years replace the built-in holidays")
	flagArgs, tail := splitWorkdaysArgs(args)
	args, code := e.parse(fs, flagArgs)
	if code >= 0 {
		return code
	}
	args = append(args, tail...)
	if len(args) != 2 {
		return e.fail("workdays takes a date and a number of working days, such as 2026-12-24 10")
	}
	day, err := time.Parse(time.DateOnly, args[0])
	if err != nil {
		return e.fail("date %q: write the day as YYYY-MM-DD", args[0])
	}
	n, err := strconv.Atoi(args[1])
	if err != nil {
		return e.fail("N %q: write a whole number of working days, such as 10 or -5", args[1])
	}
	if n > maxWorkdays || n < -maxWorkdays {
		return e.fail("N %d: use at most %d working days either way", n, maxWorkdays)
	}
	cal, err := calendar.New(*division)
	if err != nil {
		return e.fail("--division: %v", err)
	}
	if *holidays != "" {
		if err := cal.LoadHolidays(*holidays); err != nil {
			return e.fail("--holidays: %v", err)
		}
	}
	result := cal.AddWorkingDays(day, n)
	if result.Year() < 0 || result.Year() > 9999 {
		return e.fail("%d working days from %s is outside the years 0000 to 9999, which a date written YYYY-MM-DD can hold", n, args[0])
	}
	if _, err := fmt.Fprintln(e.stdout, result.Format(time.DateOnly)); err != nil {
		return e.fail("write: %v", err)
	}
	fmt.Fprintln(e.stderr, holidaySource(cal))
	if last := max(day.Year(), result.Year()); last > cal.KnownThrough() {
		fmt.Fprintf(e.stderr, "coregroup: warning: the count runs into %d, past %d, the last year whose bank holidays coregroup knows: "+
			"after %d only the regular holidays are counted, and a day proclaimed since is missed; pass GOV.UK's current bank-holidays.json with --holidays\n",
			last, cal.KnownThrough(), cal.KnownThrough())
	}
	return ExitOK
}

// holidaySource says which bank holidays a calendar counts, and up to which
// year it knows them.
func holidaySource(cal *calendar.Calendar) string {
	src := "built in"
	if first, last, ok := cal.FileYears(); ok {
		src = fmt.Sprintf("from %s for %d to %d, built in for other years", cal.File(), first, last)
	}
	return fmt.Sprintf("coregroup: bank holidays of %s: %s; known to %d", cal.Division(), src, cal.KnownThrough())
}

// splitWorkdaysArgs takes out of the arguments what the flag parser must
// not see: negative numbers, such as the -5 of "workdays 2026-12-24 -5",
// which it would take for flags, and everything after a "--". They follow
// the other arguments, in order.
func splitWorkdaysArgs(args []string) (flagArgs, tail []string) {
	for i, a := range args {
		switch {
		case a == "--":
			return flagArgs, append(tail, args[i+1:]...)
		case negativeNumber.MatchString(a):
			tail = append(tail, a)
		default:
			flagArgs = append(flagArgs, a)
		}
	}
	return flagArgs, tail
}
