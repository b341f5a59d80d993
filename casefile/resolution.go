package casefile

// Resolution is the resolution process (Wales, Cwm Taf Morgannwg): requests,
// Tier 1 and Tier 2 meetings, and any agreed delay of the automatic trigger.
type Resolution struct {
	At Positions `yaml:"-"`

	Delay    *Delay              `yaml:"delay" doc:"An agreed delay of the automatic trigger."`
	Requests []Request           `yaml:"requests" doc:"Resolution requests (Appendix 3)."`
	Meetings []ResolutionMeeting `yaml:"meetings" doc:"Tier 1 and Tier 2 resolution meetings."`
}

// Delay records an agreed delay of the automatic resolution trigger.
type Delay struct {
	At Positions `yaml:"-"`

	AgreedBy []Ref `yaml:"agreed_by" ref:"person" doc:"Who agreed: both the Independent Reviewing Officer and the Team Manager, by person id." ex:"[iro-morgan, tm-davies]"`
	Reason   Text  `yaml:"reason" doc:"Why a Tier 1 meeting could not progress (for example, criminal or private law proceedings)." ex:"Private law proceedings listed for 12 June."`
	Date     Date  `yaml:"date" doc:"When the delay was agreed." ex:"2026-05-01"`
	Until    Date  `yaml:"until" doc:"When the delay ends or is next reviewed." ex:"2026-06-30"`
}

// Request is an Appendix 3 resolution request (Core Group Escalation
// Request).
type Request struct {
	At Positions `yaml:"-"`

	ID               string `yaml:"id" req:"true" id:"request" doc:"A short id resolution meetings use to refer to this request." ex:"r1"`
	Date             Date   `yaml:"date" doc:"The day the request was made." ex:"2027-06-07"`
	By               Ref    `yaml:"by" ref:"person" doc:"The person making the request, by person id." ex:"hv-price"`
	Agency           Text   `yaml:"agency" doc:"The agency making the request, when not the person's own." ex:"Testbury Health Board"`
	Automatic        bool   `yaml:"automatic" doc:"True when the request records the automatic trigger (15 months or third review conference)." ex:"false"`
	LastCoreGroup    Date   `yaml:"last_core_group" doc:"Date of the last core group meeting." ex:"2027-05-28"`
	Concern          Text   `yaml:"concern" doc:"Brief summary of the concern." ex:"Cai's weight has fallen again despite the plan."`
	DesiredOutcome   Text   `yaml:"desired_outcome" doc:"The desired outcome for the child or children." ex:"Cai gains weight steadily and is seen by the dietitian."`
	CoreGroupActions Text   `yaml:"core_group_actions" doc:"What core group members have done to resolve the concern." ex:"Raised at the last three core groups."`
	AgencyActions    Text   `yaml:"agency_actions" doc:"What the requesting agency has done to resolve the concern." ex:"Weekly weighing since April."`
	ParentTold       Date   `yaml:"parent_told" doc:"The day the parents were told a Tier 1 meeting is taking place, and why (003 §5)." ex:"2027-06-08"`
}

// ResolutionMeeting is a Tier 1 or Tier 2 resolution meeting (Appendix 4
// agenda, Appendix 5 record).
type ResolutionMeeting struct {
	At Positions `yaml:"-"`

	Tier          int    `yaml:"tier" min:"1" max:"2" doc:"1 or 2." ex:"1"`
	Request       Ref    `yaml:"request" ref:"request" doc:"The request that led to it, by id." ex:"r1"`
	Date          Date   `yaml:"date" doc:"The day of the meeting." ex:"2027-06-17"`
	Time          Clock  `yaml:"time" doc:"Start time, 24-hour HH:MM." ex:"14:00"`
	Venue         Text   `yaml:"venue" doc:"Where it is held." ex:"Testbury Civic Centre, Room 2"`
	Chair         Ref    `yaml:"chair" ref:"person" doc:"The chair (Tier 1: the Team Manager; Tier 2: a Principal Officer or Service Manager), by person id." ex:"tm-davies"`
	Invited       []Ref  `yaml:"invited" ref:"person" doc:"Who is invited besides the core group, by person id." ex:"[police-sgt-ward]"`
	Present       []Ref  `yaml:"present" ref:"person" doc:"Who attended, by person id." ex:"[tm-davies, hv-price]"`
	Apologies     []Ref  `yaml:"apologies" ref:"person" doc:"Who sent apologies, by person id." ex:"[gp-shah]"`
	Summary       Text   `yaml:"summary" doc:"Summary of the case and the presenting issues." ex:"Cai remains underweight after 15 months on the plan."`
	Partners      Text   `yaml:"partners" doc:"Summary of partner agencies' involvement to date, including the plan and assessments." ex:"Health visitor weekly; dietitian since May."`
	Views         Text   `yaml:"views" doc:"The views of the child and family about working with the plan." ex:"Mum says the appointments clash with work."`
	Analysis      Text   `yaml:"analysis" doc:"Analysis of risks, protective factors and the parents' ability to change." ex:"Mum engages when appointments are at home."`
	Outcomes      Text   `yaml:"outcomes" doc:"The agreed outcome of the meeting." ex:"Revised plan agreed; home-based dietetic support."`
	Actions       []Task `yaml:"actions" doc:"The actions agreed, with who and by when."`
	Communication Text   `yaml:"communication" doc:"How the outcome and revised plan are shared with the family, and by whom." ex:"Social worker to visit Mum on 18 June with the revised plan."`
	NextCoreGroup Date   `yaml:"next_core_group" doc:"Date of the next core group meeting." ex:"2027-07-02"`
	RiskReduced   *bool  `yaml:"risk_reduced" doc:"At the end of Tier 1: true when risk has significantly reduced, false when not (Tier 2 follows)." ex:"false"`
}
