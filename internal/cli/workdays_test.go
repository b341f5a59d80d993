package cli

import (
	"strings"
	"testing"
)

const holidaysFile = `{"england-and-wales": {"division": "england-and-wales", "events": [
  {"title": "New Year’s Day", "date": "2027-01-01", "notes": "", "bunting": true},
  {"title": "Test day (not a real holiday)", "date": "2027-01-05", "notes": "", "bunting": false}
]}}`

func TestWorkdays(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	holidays := writeFile(t, dir, "bank-holidays.json", holidaysFile)
	badJSON := writeFile(t, dir, "bad.json", "{\n  \"england-and-wales\": [\n}")

	tests := []struct {
		name   string
		args   []string
		code   ExitCode
		stdout string
		stderr string
	}{
		// Thursday 24 December 2026: 25 Christmas, 28 Boxing Day
		// (substitute), 1 January; Scotland also has 4 January for 2
		// January, a Saturday.
		{"england and wales by default", []string{"2026-12-24", "10"}, ExitOK, "2027-01-12\n", "coregroup: bank holidays of england-and-wales: built in; known to 2027\n"},
		{"scotland", []string{"--division", "scotland", "2026-12-24", "10"}, ExitOK, "2027-01-13\n", "bank holidays of scotland: built in"},
		// Monday 15 June 2026 is Scotland's World Cup bank holiday.
		{"scotland's one-off of 2026", []string{"--division", "scotland", "2026-06-12", "1"}, ExitOK, "2026-06-16\n", ""},
		{"england has no world cup holiday", []string{"2026-06-12", "1"}, ExitOK, "2026-06-15\n", ""},
		{"past the known years", []string{"2027-12-20", "10"}, ExitOK, "2028-01-06\n", "warning: the count runs into 2028, past 2027, the last year whose bank holidays coregroup knows"},
		{"backward from past the known years", []string{"2028-01-06", "-10"}, ExitOK, "2027-12-20\n", "warning: the count runs into 2028"},
		{"northern ireland, flag last", []string{"2026-12-24", "10", "--division=northern-ireland"}, ExitOK, "2027-01-12\n", ""},
		{"zero", []string{"2026-12-25", "0"}, ExitOK, "2026-12-25\n", ""},
		{"backward", []string{"2027-01-12", "-10"}, ExitOK, "2026-12-24\n", ""},
		{"backward after --", []string{"--division", "scotland", "--", "2026-04-07", "-1"}, ExitOK, "2026-04-06\n", ""},
		{"backward, flag last", []string{"2026-04-07", "-1", "--division", "scotland"}, ExitOK, "2026-04-06\n", ""},
		{"date after --", []string{"2026-04-07", "--", "-1"}, ExitOK, "2026-04-02\n", ""},
		{"too many", []string{"2026-04-07", "-1", "2"}, ExitFailed, "", "workdays takes a date and a number"},
		{"holidays file", []string{"--holidays", holidays, "2026-12-31", "2"}, ExitOK, "2027-01-06\n", "from " + holidays + " for 2027 to 2027, built in for other years; known to 2027"},
		{"holidays file replaces the year only", []string{"--holidays", holidays, "2026-12-24", "1"}, ExitOK, "2026-12-29\n", ""},
		{"bad date", []string{"24/12/2026", "10"}, ExitFailed, "", `date "24/12/2026": write the day as YYYY-MM-DD`},
		{"impossible date", []string{"2026-02-30", "10"}, ExitFailed, "", "YYYY-MM-DD"},
		{"bad N", []string{"2026-12-24", "ten"}, ExitFailed, "", `N "ten": write a whole number`},
		{"huge N", []string{"2026-12-24", "1000000000"}, ExitFailed, "", "at most 100000"},
		{"past the year 9999", []string{"9999-12-30", "10"}, ExitFailed, "", "10 working days from 9999-12-30 is outside the years 0000 to 9999"},
		{"before the year 0", []string{"0000-01-03", "-10"}, ExitFailed, "", "outside the years 0000 to 9999"},
		{"last day of 9999", []string{"9999-12-30", "1"}, ExitOK, "9999-12-31\n", "warning: the count runs into 9999"},
		{"unknown division", []string{"--division", "wales", "2026-12-24", "10"}, ExitFailed, "", `unknown division "wales": use england-and-wales, scotland or northern-ireland`},
		{"missing holidays file", []string{"--holidays", dir + "/nope.json", "2026-12-24", "10"}, ExitFailed, "", "no such file"},
		{"invalid holidays file", []string{"--holidays", badJSON, "2026-12-24", "10"}, ExitFailed, "", "bad.json:3:1: invalid character '}'"},
		{"division not in holidays file", []string{"--division", "scotland", "--holidays", holidays, "2026-12-24", "10"}, ExitFailed, "", `no "scotland" division`},
		{"no arguments", nil, ExitFailed, "", "workdays takes a date and a number"},
		{"one argument", []string{"2026-12-24"}, ExitFailed, "", "workdays takes a date and a number"},
		{"bad flag", []string{"--county", "kent", "2026-12-24", "10"}, ExitFailed, "", "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := run(t, append([]string{"workdays"}, tt.args...)...)
			if code != tt.code {
				t.Errorf("exit code %d, want %d; stderr: %s", code, tt.code, stderr)
			}
			if stdout != tt.stdout {
				t.Errorf("stdout %q, want %q", stdout, tt.stdout)
			}
			if !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, stderr)
			}
			if strings.Contains(stderr, "warning") && !strings.Contains(tt.stderr, "warning") {
				t.Errorf("a warning where none is due:\n%s", stderr)
			}
		})
	}
}

func TestWorkdaysHelp(t *testing.T) {
	t.Parallel()
	if code, stdout, _ := run(t, "help", "workdays"); code != ExitOK || !strings.Contains(stdout, "--holidays FILE] DATE N") {
		t.Errorf("help workdays: exit %d\n%s", code, stdout)
	}
	if code, stdout, _ := run(t, "workdays", "-h"); code != ExitOK || !strings.Contains(stdout, "-division") {
		t.Errorf("workdays -h: exit %d\n%s", code, stdout)
	}
}
