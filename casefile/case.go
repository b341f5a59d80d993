// Package casefile defines the coregroup case file, version 1, and loads it
// strictly: every problem is reported at its line and column with a hint,
// and every value remembers where it was written.
//
// The struct tags are the format's single source of truth. The loader, the
// JSON Schema (Schema), the reference (docs/case-format.md) and the
// checks of the skeleton written by `coregroup init` all read them:
//
//	yaml:"key"      the key in the file
//	doc:"…"         what the value means, one sentence
//	ex:"…"          an example value, as written in YAML
//	req:"true"      the key must be present and not empty
//	enum:"a,b"      the only values allowed
//	suggest:"a,b"   the values an editor offers, where others are allowed too
//	id:"kind"       the value is an id others may refer to
//	ref:"kind|kind" the value refers to an id of one of the kinds
//	lang:"true"     the value is a BCP 47 language tag
//	min:"n" max:"n" bounds of a number
package casefile

// Version is the case file format version this package reads.
const Version = 1

// Case is one child protection case: the children, their family, the core
// group, the conferences, the plan, the meetings and any resolution process.
type Case struct {
	At Positions `yaml:"-"`

	Version      int          `yaml:"version" req:"true" min:"1" max:"1" doc:"Case file format version; always 1." ex:"1"`
	Ref          string       `yaml:"ref" req:"true" doc:"The case reference printed on every page and used in file names." ex:"CG-2026-0142"`
	Fictitious   bool         `yaml:"fictitious" doc:"True for an invented case (samples, training); documents then say so on every page." ex:"true"`
	Policy       string       `yaml:"policy" req:"true" suggest:"england,west-midlands,wales,scotland" doc:"Which area's procedures apply: england, west-midlands, wales or scotland (or a local policy's name)." ex:"wales"`
	Authority    string       `yaml:"authority" doc:"The local authority or safeguarding board, as printed on documents." ex:"Cwm Taf Morgannwg (fictitious)"`
	OutOfHours   string       `yaml:"out_of_hours" doc:"The local authority's out-of-hours (emergency duty) number, which the family's plan gives under who to call; default the policy profile's." ex:"01632 960999"`
	Logo         string       `yaml:"logo" doc:"The authority's logo: a PNG or JPEG file in the case file's folder, printed at the top of every document's first page; default the policy profile's." ex:"pictures/logo.png"`
	Language     string       `yaml:"language" lang:"true" doc:"The family's preferred language, as a BCP 47 tag; documents for the family are written in it. Default en." ex:"cy"`
	TextLanguage string       `yaml:"text_language" lang:"true" doc:"The language plain (not per-language) text in this file is written in. Default en." ex:"en"`
	Interpreter  *Interpreter `yaml:"interpreter" doc:"The family's interpreter needs."`
	Children     []Child      `yaml:"children" req:"true" doc:"The children subject to a plan; each has a plan of their own."`
	Family       []Family     `yaml:"family" doc:"Parents, carers and relatives involved in the plan."`
	Members      []Member     `yaml:"members" doc:"The professionals in the core group, and others who take part in resolution meetings."`
	Chairing     *Chairing    `yaml:"chairing" doc:"Who chairs core group meetings and who stands in."`
	Groups       []Group      `yaml:"groups" doc:"A split core group (001 §5), after a split conference: each group, and who of the family belongs to it."`
	Conferences  []Conference `yaml:"conferences" doc:"Child protection conferences: the initial one and reviews, held and scheduled."`
	Meetings     []Meeting    `yaml:"meetings" doc:"Core group meetings, held and scheduled, in any order (coregroup reads them by date)."`
	Resolution   *Resolution  `yaml:"resolution" doc:"The resolution process when the plan is not reducing risk."`
}

// Interpreter records the family's interpreter needs.
type Interpreter struct {
	At Positions `yaml:"-"`

	Needed   bool   `yaml:"needed" doc:"True when the family needs an interpreter at meetings." ex:"true"`
	Language string `yaml:"language" lang:"true" doc:"The language to interpret into, as a BCP 47 tag." ex:"pl"`
	By       Ref    `yaml:"by" ref:"person" doc:"The interpreter, by person id: a professional, never a family member or a child." ex:"int-kowalczyk"`
	Notes    Text   `yaml:"notes" doc:"Anything else about communication needs." ex:"Mum prefers written summaries in Polish."`
}

// Chairing says who chairs core group meetings.
type Chairing struct {
	At Positions `yaml:"-"`

	Chair  Ref   `yaml:"chair" ref:"person" doc:"The usual chair, by person id." ex:"sw-hughes"`
	Rota   []Ref `yaml:"rota" ref:"person" doc:"A chairing rota, in turn order, when chairing rotates between agencies (Wales)." ex:"[hv-price, tchr-evans]"`
	Deputy Ref   `yaml:"deputy" ref:"person" doc:"The deputy (vice) chair, who chairs when the chair cannot." ex:"hv-price"`
}

// Group is one of the groups of a split core group.
type Group struct {
	At Positions `yaml:"-"`

	ID     string `yaml:"id" req:"true" id:"group" doc:"A short id meetings use to say which group met." ex:"g-mum"`
	Name   Text   `yaml:"name" doc:"What the group is called." ex:"Core group with Mum"`
	Family []Ref  `yaml:"family" ref:"person" doc:"The family members who attend this group's meetings, by person id; others of the family do not." ex:"[mum]"`
	Reason Text   `yaml:"reason" doc:"Why the core group is split, as decided at conference." ex:"Non-molestation order between the parents."`
}

// Conference is a child protection conference.
type Conference struct {
	At Positions `yaml:"-"`

	Type            string `yaml:"type" req:"true" enum:"initial,review" doc:"initial for the Initial Child Protection Conference, review for a Review Conference." ex:"initial"`
	Date            Date   `yaml:"date" doc:"The day the conference was or will be held." ex:"2026-03-02"`
	Chair           Ref    `yaml:"chair" ref:"person" doc:"Who chaired it (the Independent Reviewing Officer or conference chair), by person id." ex:"iro-morgan"`
	ScalingQuestion Text   `yaml:"scaling_question" doc:"The scaling question the conference set, that the core group scores at each meeting." ex:"On a scale of 0 to 10, where 10 means everyone is confident Ella is safe at home ..."`
	Decision        Text   `yaml:"decision" doc:"What the conference decided." ex:"Ella to remain subject of a child protection plan under neglect."`
}
