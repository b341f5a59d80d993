// Package policy holds the policy profiles: the numbers and rules of each
// area's core group procedures (England, West Midlands, Wales, Scotland)
// as data, and any a local authority adds in a directory of its own.
package policy

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"coregroup/casefile"
	"coregroup/internal/input"
)

//go:embed profiles/*.yaml
var builtin embed.FS

// Chairing rules: who may chair core group meetings.
const (
	// ChairSocialWorker: the social worker chairs (England, 001).
	ChairSocialWorker = "social-worker"
	// ChairNotSocialWorker: the social worker must not chair; chairing
	// rotates across agencies (Wales, 003).
	ChairNotSocialWorker = "not-social-worker"
	// ChairShared: a partnership approach, chairing shared (West Midlands, 002).
	ChairShared = "shared"
	// ChairAny: the procedure sets no rule.
	ChairAny = "any"
)

// Profile is one area's procedures, as numbers and switches. A profile
// file is read as strictly as a case file (casefile.Decode): an unknown
// key, a missing number or a value not allowed is an error at its line and
// column, with a hint, so a typing mistake cannot quietly change a
// timescale.
type Profile struct {
	// At is where each key of the profile file was written.
	At casefile.Positions `yaml:"-"`
	// Name is the value of a case file's policy key.
	Name string `yaml:"name" req:"true" doc:"What case files put in policy:." ex:"testshire"`
	// Title names the area for people.
	Title string `yaml:"title" doc:"The area's name for people." ex:"Testshire"`
	// Division is the UK division whose bank holidays count:
	// england-and-wales, scotland or northern-ireland.
	Division string `yaml:"division" req:"true" enum:"england-and-wales,scotland,northern-ireland" doc:"Whose bank holidays count." ex:"england-and-wales"`
	// OutOfHours is the out-of-hours (emergency duty) number of a local
	// authority's profile, which a family's plan gives when the case has
	// none.
	OutOfHours string `yaml:"out_of_hours" doc:"The authority's out-of-hours (emergency duty) number, for the family's plan." ex:"01632 960999"`
	// Logo is a local authority's logo, a PNG or JPEG file beside the
	// profile, printed at the top of the first page of every document.
	Logo string `yaml:"logo" doc:"The authority's logo: a PNG or JPEG file in the profile's folder, printed at the top of every document's first page." ex:"logo.png"`
	// Marking is the protective marking printed on every page.
	Marking string `yaml:"marking" doc:"The protective marking printed on every page." ex:"OFFICIAL-SENSITIVE"`
	// FirstCoreGroupWorkingDays: the first core group is held within this
	// many working days of the initial conference.
	FirstCoreGroupWorkingDays int `yaml:"first_core_group_working_days" req:"true" min:"1" max:"100" ex:"10"`
	// IntervalWeeks: core groups meet at least this often.
	IntervalWeeks int `yaml:"interval_weeks" req:"true" min:"1" max:"52" ex:"6"`
	// RecordWorkingDays: the record is circulated within this many working
	// days of the meeting.
	RecordWorkingDays int `yaml:"record_working_days" req:"true" min:"1" max:"100" ex:"10"`
	// Chairing is one of the Chair… rules.
	Chairing string `yaml:"chairing" req:"true" enum:"social-worker,not-social-worker,shared,any" ex:"social-worker"`
	// DeputyChair: the core group must nominate a deputy chair.
	DeputyChair bool `yaml:"deputy_chair" ex:"true"`
	// PersonalOutcomes: the plan holds personal outcomes set at conference.
	PersonalOutcomes bool `yaml:"personal_outcomes" ex:"false"`
	// MyWorld: the plan refers to the My World Triangle.
	MyWorld bool `yaml:"my_world" ex:"false"`
	// Resolution is the resolution process, or nil where there is none.
	Resolution *Resolution `yaml:"resolution"`
}

// Resolution holds the timescales of the resolution process.
type Resolution struct {
	// At is where each key of the resolution section was written.
	At casefile.Positions `yaml:"-"`
	// TriggerMonths: the process starts automatically after this many
	// months on the register…
	TriggerMonths int `yaml:"trigger_months" req:"true" min:"1" max:"120" ex:"15"`
	// TriggerReviewConferences: …or after this many review conferences,
	// whichever is sooner.
	TriggerReviewConferences int `yaml:"trigger_review_conferences" req:"true" min:"1" max:"20" ex:"3"`
	// Tier1WorkingDays: Tier 1 is held within this many working days of the
	// request.
	Tier1WorkingDays int `yaml:"tier1_working_days" req:"true" min:"1" max:"100" ex:"10"`
	// CoreGroupAfterTier1Weeks: a core group meets no later than this many
	// weeks after Tier 1.
	CoreGroupAfterTier1Weeks int `yaml:"core_group_after_tier1_weeks" req:"true" min:"1" max:"52" ex:"6"`
	// Tier1MaxWeeks: Tier 1 runs at most this many weeks without
	// significant risk reduction before Tier 2.
	Tier1MaxWeeks int `yaml:"tier1_max_weeks" req:"true" min:"1" max:"104" ex:"12"`
	// Tier2WorkingDays: Tier 2 is held within this many working days of
	// the Tier 1 deadline.
	Tier2WorkingDays int `yaml:"tier2_working_days" req:"true" min:"1" max:"100" ex:"10"`
}

// Set is the profiles coregroup knows, by name.
type Set map[string]*Profile

// Builtin returns the embedded profiles.
func Builtin() Set {
	paths, _ := fs.Glob(builtin, "profiles/*.yaml")
	set, err := loadFiles(paths, func(path string) ([]byte, error) { return fs.ReadFile(builtin, path) })
	if err != nil {
		panic("policy: embedded profile: " + err.Error())
	}
	return set
}

// Load returns the built-in profiles plus those in dir (every *.yaml file
// in it); a profile in dir replaces a built-in one of the same name. An
// empty dir means the built-in profiles only.
func Load(dir string) (Set, error) {
	set := Builtin()
	if dir == "" {
		return set, nil
	}
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return nil, fmt.Errorf("policy directory %s: not a folder: give the folder that holds the .yaml profiles", dir)
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	local, err := loadFiles(paths, func(path string) ([]byte, error) { return input.ReadFile(path, MaxFileSize) })
	if err != nil {
		return nil, err
	}
	if len(local) == 0 {
		return nil, fmt.Errorf("policy directory %s: no .yaml profiles in it", dir)
	}
	for name, p := range local {
		set[name] = p
	}
	return set, nil
}

// Names returns the profile names, sorted.
func (s Set) Names() []string {
	names := make([]string, 0, len(s))
	for n := range s {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// MaxFileSize is the largest policy profile Load reads, in bytes (64 KiB);
// a profile is some twenty lines.
const MaxFileSize = 64 << 10

// loadFiles reads the profiles at paths with read.
func loadFiles(paths []string, read func(string) ([]byte, error)) (Set, error) {
	set := Set{}
	for _, path := range paths {
		data, err := read(path)
		if err != nil {
			return nil, err
		}
		p, err := parse(path, data)
		if err != nil {
			return nil, err
		}
		if first, dup := set[p.Name]; dup {
			return nil, fmt.Errorf("%s: a second profile named %q (the first is at %s): give each profile its own name",
				p.At.Of("name"), p.Name, first.At.Of("name"))
		}
		set[p.Name] = p
	}
	return set, nil
}

// parse decodes one profile strictly, as the loader reads a case file:
// unknown keys, missing numbers and values not allowed are errors, each at
// its line and column with a hint.
func parse(name string, data []byte) (*Profile, error) {
	var p Profile
	if err := casefile.Decode(name, data, &p).Err(); err != nil {
		return nil, fmt.Errorf("%s is not a policy profile coregroup can use:\n%w", name, err)
	}
	return &p, nil
}
