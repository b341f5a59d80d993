package policy

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBuiltinProfilesMatchTheProcedures(t *testing.T) {
	set := Builtin()
	if got := strings.Join(set.Names(), ","); got != "england,scotland,wales,west-midlands" {
		t.Fatalf("profiles = %s", got)
	}
	// The numbers of shared/domain/README.md.
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

func TestLoadRefusesBadProfiles(t *testing.T) {
	tests := map[string]string{
		"unknown key":    "name: x\ndivision: scotland\nfirst_core_group_working_days: 10\ninterval_weeks: 6\nrecord_working_days: 5\nchairing: any\nintervall: 3\n",
		"bad division":   "name: x\ndivision: mars\nfirst_core_group_working_days: 10\ninterval_weeks: 6\nrecord_working_days: 5\nchairing: any\n",
		"missing number": "name: x\ndivision: scotland\ninterval_weeks: 6\nrecord_working_days: 5\nchairing: any\n",
		"bad chairing":   "name: x\ndivision: scotland\nfirst_core_group_working_days: 10\ninterval_weeks: 6\nrecord_working_days: 5\nchairing: boss\n",
	}
	for name, src := range tests {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "x.yaml"), []byte(src), 0o644)
		if _, err := Load(dir); err == nil {
			t.Errorf("%s: accepted", name)
		} else if !strings.Contains(err.Error(), "x.yaml") {
			t.Errorf("%s: error %q does not name the file", name, err)
		}
	}
	if _, err := Load(t.TempDir()); err == nil {
		t.Error("empty directory accepted")
	}
	if _, err := Load("/no/such/dir"); err == nil {
		t.Error("missing directory accepted")
	}
}
