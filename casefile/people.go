package casefile

// Child is a child subject to a child protection plan.
type Child struct {
	At Positions `yaml:"-"`

	ID         string   `yaml:"id" req:"true" id:"person" doc:"A short id other parts of the file use for this child." ex:"ella"`
	Name       string   `yaml:"name" req:"true" doc:"The child's full name." ex:"Ella Example"`
	KnownAs    string   `yaml:"known_as" doc:"The name the child likes to be called; the child's plan uses it." ex:"Ella"`
	Born       Date     `yaml:"born" doc:"Date of birth." ex:"2017-06-14"`
	Expected   Date     `yaml:"expected" doc:"For an unborn child (a pre-birth plan): the expected date of delivery. Leave born: out until the baby is born; then add born: and the child's name." ex:"2027-02-20"`
	Address    string   `yaml:"address" doc:"Home address." ex:"1 Example Row, Testbury"`
	PlanStart  Date     `yaml:"plan_start" doc:"The day the child was made subject of the plan (placed on the register)." ex:"2026-03-02"`
	Category   []string `yaml:"category" enum:"neglect,physical-abuse,emotional-abuse,sexual-abuse" doc:"Category of concern (one or more)." ex:"[neglect]"`
	Views      Text     `yaml:"views" doc:"The child's own views, wishes and feelings, in their words where possible." ex:"I like it when Mum walks me to school."`
	Ethnicity  Text     `yaml:"ethnicity" doc:"The child's ethnicity, as the family describes it." ex:"White Welsh"`
	Identity   Text     `yaml:"identity" doc:"Identity, culture, religion and language considerations for the plan." ex:"Welsh-speaking; attends chapel with Nain."`
	Disability Text     `yaml:"disability" doc:"Any disability and how the plan takes account of it, or none." ex:"None known."`
	Attends    bool     `yaml:"attends" doc:"True when the child attends core group meetings." ex:"false"`
	Advocate   string   `yaml:"advocate" doc:"The child's advocate, if any: a name and service, or the id of a member whose role is advocate." ex:"Sam Sample (Tros Gynnal Plant)"`
	School     *School  `yaml:"school" doc:"The child's school or nursery: its day and term dates, so a meeting the child attends can be judged to be outside school hours."`
	Picture    *Picture `yaml:"picture" doc:"A picture at the top of the child's plan, such as the child's own drawing."`
	Plan       *Plan    `yaml:"plan" doc:"The child protection plan for this child."`
}

// Family is a parent, carer or relative.
type Family struct {
	At Positions `yaml:"-"`

	ID           string     `yaml:"id" req:"true" id:"person" doc:"A short id other parts of the file use for this person." ex:"mum"`
	Name         string     `yaml:"name" req:"true" doc:"Full name." ex:"Rhian Example"`
	Role         string     `yaml:"role" req:"true" enum:"parent,carer,relative,other" doc:"parent (including step-parent with parental responsibility), carer, relative or other." ex:"parent"`
	Relationship Text       `yaml:"relationship" doc:"Relationship to the child, in words." ex:"{en: Mother, cy: Mam}"`
	Address      string     `yaml:"address" doc:"Address, when different from the child's or needed on forms." ex:"1 Example Row, Testbury"`
	Born         Date       `yaml:"born" doc:"Date of birth." ex:"1990-02-01"`
	Language     string     `yaml:"language" lang:"true" doc:"This person's preferred language, as a BCP 47 tag, when not the case's." ex:"pl"`
	Interpreter  bool       `yaml:"interpreter" doc:"True when this person needs an interpreter." ex:"true"`
	Advocate     string     `yaml:"advocate" doc:"An advocate or supporter who comes with this person, if any." ex:"Jo Sample (Family Advocacy Service)"`
	Children     []Relation `yaml:"children" doc:"This person's relationship to each child of the plan, and whether they hold parental responsibility for that child."`
	Excluded     *Exclusion `yaml:"excluded" doc:"Set when this person is excluded from core group meetings."`
}

// Relation is a family member's relationship to one child of the plan.
type Relation struct {
	At Positions `yaml:"-"`

	Child        Ref   `yaml:"child" ref:"person" doc:"The child, by id." ex:"ella"`
	Relationship Text  `yaml:"relationship" doc:"The relationship to this child, in words." ex:"{en: Stepfather, cy: Llystad}"`
	Parental     *bool `yaml:"parental_responsibility" doc:"True when this person holds parental responsibility for this child." ex:"true"`
}

// School is the school or nursery a child attends, with its day and terms.
type School struct {
	At Positions `yaml:"-"`

	Name   Text   `yaml:"name" doc:"The school or nursery." ex:"Testbury Primary"`
	Starts Clock  `yaml:"starts" doc:"When the school day starts, HH:MM; default 08:45." ex:"08:50"`
	Ends   Clock  `yaml:"ends" doc:"When the school day ends, HH:MM; default 15:15." ex:"15:20"`
	Terms  []Term `yaml:"terms" doc:"The term dates: a meeting on a weekday within a term, between the start and end of the day, is in school hours."`
}

// Term is one school term (or half term), first and last day.
type Term struct {
	At Positions `yaml:"-"`

	From Date `yaml:"from" doc:"The first day of the term." ex:"2026-09-02"`
	To   Date `yaml:"to" doc:"The last day of the term." ex:"2026-10-23"`
}

// Exclusion records a decision to exclude a family member from the core
// group.
type Exclusion struct {
	At Positions `yaml:"-"`

	Reason   Text `yaml:"reason" doc:"Why, as decided at conference and recorded in the minutes." ex:"Bail conditions prevent contact with Ella's mother."`
	Decided  Date `yaml:"decided" doc:"When the decision was made." ex:"2026-03-02"`
	KeptInfo Text `yaml:"kept_informed" doc:"How this person is kept informed and can still contribute." ex:"Social worker meets him separately after each meeting."`
}

// Member is a professional in the core group or in a resolution meeting.
type Member struct {
	At Positions `yaml:"-"`

	ID      string   `yaml:"id" req:"true" id:"person" doc:"A short id other parts of the file use for this person." ex:"sw-hughes"`
	Name    string   `yaml:"name" req:"true" doc:"Full name." ex:"Alex Hughes"`
	Role    string   `yaml:"role" req:"true" enum:"social-worker,team-manager,senior-practitioner,independent-reviewing-officer,service-manager,health-visitor,school-nurse,midwife,gp,paediatrician,speech-and-language-therapist,teacher,nursery,school-safeguarding-lead,named-person,lead-professional,police,probation,housing,mental-health,substance-misuse,domestic-abuse,family-support,youth-offending,legal,interpreter,advocate,other" doc:"What this person does in the case." ex:"social-worker"`
	Title   Text     `yaml:"title" doc:"Job title as the person gives it, when the role alone is not enough." ex:"Safeguarding Lead, Testbury Primary"`
	Agency  Text     `yaml:"agency" doc:"The agency or service the person works for." ex:"Testbury Children's Services"`
	Contact string   `yaml:"contact" doc:"Phone or email for core group business." ex:"01234 000000"`
	Core    *bool    `yaml:"core" doc:"False for someone who is not a core group member (for example a Tier 1 invitee); default true." ex:"true"`
	Picture *Picture `yaml:"picture" doc:"A photo of this person, for the child's plan, so the child knows who they are."`
}

// WorksWithFamily reports whether the member is in regular contact with the
// child or family, and so expected at core groups and in the plan's
// contact list: not managers, chairs, lawyers, interpreters or advocates.
func (m Member) WorksWithFamily() bool {
	switch m.Role {
	case "team-manager", "independent-reviewing-officer", "service-manager", "legal", "interpreter", "advocate", "senior-practitioner":
		return false
	}
	return m.InCoreGroup()
}

// InCoreGroup reports whether the member belongs to the core group: every
// member unless marked core: false (such as someone invited to a Tier 1
// meeting only).
func (m Member) InCoreGroup() bool { return m.Core == nil || *m.Core }

// Unborn reports whether the child is not yet born: a pre-birth plan gives
// an expected date of delivery and no date of birth.
func (c Child) Unborn() bool { return c.Expected.IsSet() && !c.Born.IsSet() }
