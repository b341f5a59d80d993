// Package policy holds the policy profiles: the numbers and rules of each
// area's core group procedures (England, West Midlands, Wales, Scotland)
// as data, and any a local authority adds in a directory of its own.
package policy

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
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

// Profile is one area's procedures, as numbers and switches.
type Profile struct {
	// Name is the value of a case file's policy key.
	Name string `yaml:"name"`
	// Title names the area for people.
	Title string `yaml:"title"`
	// Division is the UK division whose bank holidays count:
	// england-and-wales, scotland or northern-ireland.
	Division string `yaml:"division"`
	// Marking is the protective marking printed on every page.
	Marking string `yaml:"marking"`
	// FirstCoreGroupWorkingDays: the first core group is held within this
	// many working days of the initial conference.
	FirstCoreGroupWorkingDays int `yaml:"first_core_group_working_days"`
	// IntervalWeeks: core groups meet at least this often.
	IntervalWeeks int `yaml:"interval_weeks"`
	// RecordWorkingDays: the record is circulated within this many working
	// days of the meeting.
	RecordWorkingDays int `yaml:"record_working_days"`
	// Chairing is one of the Chair… rules.
	Chairing string `yaml:"chairing"`
	// DeputyChair: the core group must nominate a deputy chair.
	DeputyChair bool `yaml:"deputy_chair"`
	// PersonalOutcomes: the plan holds personal outcomes set at conference.
	PersonalOutcomes bool `yaml:"personal_outcomes"`
	// MyWorld: the plan refers to the My World Triangle.
	MyWorld bool `yaml:"my_world"`
	// Resolution is the resolution process, or nil where there is none.
	Resolution *Resolution `yaml:"resolution"`
}

// Resolution holds the timescales of the resolution process.
type Resolution struct {
	// TriggerMonths: the process starts automatically after this many
	// months on the register…
	TriggerMonths int `yaml:"trigger_months"`
	// TriggerReviewConferences: …or after this many review conferences,
	// whichever is sooner.
	TriggerReviewConferences int `yaml:"trigger_review_conferences"`
	// Tier1WorkingDays: Tier 1 is held within this many working days of the
	// request.
	Tier1WorkingDays int `yaml:"tier1_working_days"`
	// CoreGroupAfterTier1Weeks: a core group meets no later than this many
	// weeks after Tier 1.
	CoreGroupAfterTier1Weeks int `yaml:"core_group_after_tier1_weeks"`
	// Tier1MaxWeeks: Tier 1 runs at most this many weeks without
	// significant risk reduction before Tier 2.
	Tier1MaxWeeks int `yaml:"tier1_max_weeks"`
	// Tier2WorkingDays: Tier 2 is held within this many working days of
	// the Tier 1 deadline.
	Tier2WorkingDays int `yaml:"tier2_working_days"`
}

// Set is the profiles coregroup knows, by name.
type Set map[string]*Profile

// Builtin returns the embedded profiles.
func Builtin() Set {
	set, err := loadFS(builtin, "profiles")
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
	local, err := loadFS(os.DirFS(dir), ".")
	if err != nil {
		return nil, fmt.Errorf("policy directory %s: %w", dir, err)
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

func loadFS(fsys fs.FS, dir string) (Set, error) {
	paths, err := fs.Glob(fsys, filepath.ToSlash(filepath.Join(dir, "*.yaml")))
	if err != nil {
		return nil, err
	}
	set := Set{}
	for _, path := range paths {
		data, err := fs.ReadFile(fsys, path)
		if err != nil {
			return nil, err
		}
		p, err := parse(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Base(path), err)
		}
		if _, dup := set[p.Name]; dup {
			return nil, fmt.Errorf("%s: a second profile named %q", filepath.Base(path), p.Name)
		}
		set[p.Name] = p
	}
	return set, nil
}

// parse decodes one profile strictly: unknown keys and missing numbers are
// errors.
func parse(data []byte) (*Profile, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var p Profile
	if err := dec.Decode(&p); err != nil {
		return nil, errors.New(strings.TrimPrefix(err.Error(), "yaml: "))
	}
	return &p, p.validate()
}

func (p *Profile) validate() error {
	var problems []string
	need := func(ok bool, msg string) {
		if !ok {
			problems = append(problems, msg)
		}
	}
	need(p.Name != "", "name is missing")
	need(p.Division == "england-and-wales" || p.Division == "scotland" || p.Division == "northern-ireland",
		"division must be england-and-wales, scotland or northern-ireland")
	need(p.FirstCoreGroupWorkingDays > 0, "first_core_group_working_days must be a positive number")
	need(p.IntervalWeeks > 0, "interval_weeks must be a positive number")
	need(p.RecordWorkingDays > 0, "record_working_days must be a positive number")
	switch p.Chairing {
	case ChairSocialWorker, ChairNotSocialWorker, ChairShared, ChairAny:
	default:
		problems = append(problems, "chairing must be social-worker, not-social-worker, shared or any")
	}
	if r := p.Resolution; r != nil {
		need(r.TriggerMonths > 0 && r.TriggerReviewConferences > 0 && r.Tier1WorkingDays > 0 &&
			r.CoreGroupAfterTier1Weeks > 0 && r.Tier1MaxWeeks > 0 && r.Tier2WorkingDays > 0,
			"every resolution number must be positive")
	}
	if len(problems) > 0 {
		return errors.New(strings.Join(problems, "; "))
	}
	return nil
}
