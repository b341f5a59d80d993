package policy

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestBuiltinProfilesMatchTheProcedures(t *testing.T) {
	set := Builtin()
	if got := strings.Join(set.Names(), ","); got != "england,scotland,wales,west-midlands" {
		t.Fatalf("profiles = %s", got)
	}
	// The numbers of the procedures, as docs/policies.md gives them.
	tests := []struct {
		name                       string
		first, interval, record    int
		chairing, division         string
		outcomes, myWorld, resolve bool
	}{
		{"england", 10, 6, 10, ChairSocialWorker, "england-and-wales", false, false, false},
		{"west-midlands", 10, 4, 10, ChairShared, "england-and-wales", false, false, false},
		{"wales", 10, 6, 5, ChairNotSocialWorker, "england-and-wales", true, false, true},
		{"scotland", 10, 6, 10, ChairAny, "scotland", false, true, false},
	}
	for _, tt := range tests {
		p := set[tt.name]
		if p.FirstCoreGroupWorkingDays != tt.first || p.IntervalWeeks != tt.interval || p.RecordWorkingDays != tt.record ||
			p.Chairing != tt.chairing || p.Division != tt.division || p.PersonalOutcomes != tt.outcomes ||
			p.MyWorld != tt.myWorld || (p.Resolution != nil) != tt.resolve {
			t.Errorf("%s = %+v", tt.name, p)
		}
	}
	r := set["wales"].Resolution
	if r.TriggerMonths != 15 || r.TriggerReviewConferences != 3 || r.Tier1WorkingDays != 10 ||
		r.CoreGroupAfterTier1Weeks != 6 || r.Tier1MaxWeeks != 12 || r.Tier2WorkingDays != 10 {
		t.Errorf("wales resolution = %+v", r)
	}
}

func TestLoadLocalProfiles(t *testing.T) {
	dir := t.TempDir()
	src, _ := os.ReadFile("profiles/england.yaml")
	local := strings.Replace(strings.Replace(string(src), "name: england", "name: testshire", 1), "interval_weeks: 6", "interval_weeks: 3", 1)
	os.WriteFile(filepath.Join(dir, "testshire.yaml"), []byte(local), 0o644)
	set, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if set["testshire"] == nil || set["testshire"].IntervalWeeks != 3 || set["england"] == nil {
		t.Errorf("local profile not added: %v", set.Names())
	}
}

// TestLoadRefusesBadProfiles: a mistake in a profile is an error at its
// line and column with a hint, as in a case file, never a Go type name.
func TestLoadRefusesBadProfiles(t *testing.T) {
	const good = "name: x\ndivision: scotland\nfirst_core_group_working_days: 10\ninterval_weeks: 6\nrecord_working_days: 5\nchairing: any\n"
	tests := []struct {
		name, src, want string
	}{
		{"misspelt key", good + "intervall_weeks: 3\n",
			`x.yaml:7:1: error load.unknown-key: unknown key "intervall_weeks": did you mean "interval_weeks"?`},
		{"unknown key", good + "colour: red\n",
			`x.yaml:7:1: error load.unknown-key-list: unknown key "colour": the keys allowed here are name, title, division`},
		{"bad division", strings.Replace(good, "scotland", "mars", 1),
			`x.yaml:2:11: error load.bad-value-list: "mars" is not allowed here: use one of england-and-wales, scotland, northern-ireland`},
		{"missing number", strings.Replace(good, "first_core_group_working_days: 10\n", "", 1),
			`x.yaml:1:1: error load.missing-key: "first_core_group_working_days" is missing here: add it, for example first_core_group_working_days: 10`},
		{"bad chairing", strings.Replace(good, "chairing: any", "chairing: boss", 1),
			`x.yaml:6:11: error load.bad-value-list: "boss" is not allowed here: use one of social-worker, not-social-worker, shared, any`},
		{"a word for a number", strings.Replace(good, "interval_weeks: 6", "interval_weeks: six", 1),
			`x.yaml:4:17: error load.wrong-type: interval_weeks must be a whole number, such as 6`},
		{"zero weeks", strings.Replace(good, "interval_weeks: 6", "interval_weeks: 0", 1),
			`x.yaml:4:17: error load.out-of-range: 0 is out of range: use a whole number from 1 to 52`},
		{"a resolution number missing", good + "resolution:\n  trigger_months: 15\n",
			`x.yaml:8:3: error load.missing-key: "trigger_review_conferences" is missing here: add it, for example trigger_review_conferences: 3`},
		{"not YAML", "name: [x\n", `x.yaml:2:1: error load.yaml: the YAML cannot be read`},
		// Bounded numbers: a huge one would run the calendar for minutes or
		// overflow a date.
		{"two thousand million working days", strings.Replace(good, "record_working_days: 5", "record_working_days: 2000000000", 1),
			`x.yaml:5:22: error load.out-of-range: 2000000000 is out of range: use a whole number from 1 to 100`},
		{"weeks written as a float", strings.Replace(good, "interval_weeks: 6", "interval_weeks: 9e15", 1),
			`x.yaml:4:17: error load.wrong-type: interval_weeks must be a whole number, such as 6`},
		{"a second document", good + "---\nname: y\n",
			`x.yaml:7:1: error load.several-documents: a second YAML document starts here`},
		{"too large", good + "# " + strings.Repeat("x", MaxFileSize) + "\n",
			`x.yaml: larger than 64 KiB: check it is the file you mean`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, "x.yaml"), []byte(tt.src), 0o644)
			_, err := Load(dir)
			if err == nil {
				t.Fatal("accepted")
			}
			if want := filepath.Join(dir, tt.want); !strings.Contains(err.Error(), want) {
				t.Errorf("error:\n%v\nwant a line:\n%s", err, want)
			}
		})
	}
	if _, err := Load(t.TempDir()); err == nil {
		t.Error("empty directory accepted")
	}
	if _, err := Load("/no/such/dir"); err == nil {
		t.Error("missing directory accepted")
	}
}

func TestLoadRefusesTwoProfilesOfOneName(t *testing.T) {
	dir := t.TempDir()
	src, _ := os.ReadFile("profiles/england.yaml")
	os.WriteFile(filepath.Join(dir, "a.yaml"), src, 0o644)
	os.WriteFile(filepath.Join(dir, "b.yaml"), src, 0o644)
	_, err := Load(dir)
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "b.yaml")+":") || !strings.Contains(err.Error(), filepath.Join(dir, "a.yaml")+":") {
		t.Errorf("err = %v, want both files named at the name key", err)
	}
}

// TestChairingValuesAreTheRules keeps the values a profile may give
// chairing equal to the Chair… rules the checks know.
func TestChairingValuesAreTheRules(t *testing.T) {
	f, _ := reflect.TypeFor[Profile]().FieldByName("Chairing")
	want := strings.Join([]string{ChairSocialWorker, ChairNotSocialWorker, ChairShared, ChairAny}, ",")
	if got := f.Tag.Get("enum"); got != want {
		t.Errorf("chairing allows %s, want %s", got, want)
	}
}
