package casefile

// Meeting is one core group meeting, held or scheduled.
type Meeting struct {
	At Positions `yaml:"-"`

	Date              Date      `yaml:"date" doc:"The day of the meeting." ex:"2026-03-13"`
	Time              Clock     `yaml:"time" doc:"Start time, 24-hour HH:MM." ex:"10:00"`
	Venue             Text      `yaml:"venue" doc:"Where it is held." ex:"Testbury Family Centre"`
	Chair             Ref       `yaml:"chair" ref:"person" doc:"Who chaired, by person id." ex:"hv-price"`
	MinutesBy         Ref       `yaml:"minutes_by" ref:"person" doc:"Who took the minutes, by person id." ex:"sw-hughes"`
	Present           []Ref     `yaml:"present" ref:"person" doc:"Who attended, by person id." ex:"[mum, sw-hughes, hv-price]"`
	Apologies         []Apology `yaml:"apologies" doc:"Who sent apologies, and whether a written report came."`
	PreviousRecord    Text      `yaml:"previous_record" doc:"Review of the previous record: agreed accurate, corrections, matters outstanding." ex:"Agreed as accurate."`
	ChildViews        Text      `yaml:"child_views" doc:"The child's views for this meeting, and who brought them." ex:"Ella told her social worker she likes her new bedroom."`
	FamilyViews       Text      `yaml:"family_views" doc:"The parents' views." ex:"Mum feels the morning routine is working."`
	WorkingWell       []Text    `yaml:"working_well" doc:"What's working well." ex:"[Ella has been in school every day for three weeks.]"`
	Worries           []Text    `yaml:"worries" doc:"What we are worried about." ex:"[Ella still arrives hungry some days.]"`
	Complicating      []Text    `yaml:"complicating" doc:"Complicating factors." ex:"[Mum works early shifts twice a week.]"`
	Scaling           []Score   `yaml:"scaling" doc:"Scaling scores against the conference's scaling question."`
	Updates           []Update  `yaml:"updates" doc:"Progress on each action of the plan."`
	Changes           []Text    `yaml:"changes" doc:"Changes agreed to the plan, with timescales." ex:"[Breakfast club added from 20 April.]"`
	WorkPlan          []Task    `yaml:"work_plan" doc:"The plan of work until the next meeting, and by whom."`
	NextMeeting       Date      `yaml:"next_meeting" doc:"The date agreed for the next meeting." ex:"2026-04-24"`
	NextTime          Clock     `yaml:"next_time" doc:"The start time agreed for the next meeting, 24-hour HH:MM (when the meetings list does not have it yet)." ex:"10:00"`
	NextVenue         Text      `yaml:"next_venue" doc:"Where the next meeting will be held (when the meetings list does not have it yet)." ex:"Testbury Family Centre"`
	Circulated        Date      `yaml:"circulated" doc:"The day this record was sent to the core group." ex:"2026-03-18"`
	ProfessionalsOnly *Private  `yaml:"professionals_only" doc:"Set when part of the meeting was held without the family."`
	Recommendation    Text      `yaml:"recommendation" doc:"The recommendation to the review conference, at the last meeting before it." ex:"The core group recommends the plan continues."`
	Cancelled         Text      `yaml:"cancelled" doc:"Set when a scheduled meeting did not take place: why." ex:"Rearranged: venue flooded."`
}

// Apology records someone who could not attend.
type Apology struct {
	At Positions `yaml:"-"`

	Who    Ref  `yaml:"who" ref:"person" doc:"Who sent apologies, by person id." ex:"gp-shah"`
	Report bool `yaml:"report" doc:"True when they sent a written report." ex:"true"`
	Note   Text `yaml:"note" doc:"A summary of the written report, or why there was none." ex:"Report: Cai's immunisations are up to date."`
}

// Score is one person's scaling score at a meeting.
type Score struct {
	At Positions `yaml:"-"`

	Who     Ref  `yaml:"who" ref:"person" doc:"Who gave the score, by person id." ex:"mum"`
	Child   Ref  `yaml:"child" ref:"person" doc:"Which child the score is about, when the case has more than one." ex:"ella"`
	Score   int  `yaml:"score" min:"0" max:"10" doc:"The score, 0 to 10." ex:"6"`
	Comment Text `yaml:"comment" doc:"Why that score." ex:"Mornings are calmer."`
}

// Update records progress on one action at a meeting.
type Update struct {
	At Positions `yaml:"-"`

	Action   Ref    `yaml:"action" ref:"action" doc:"The action, by id." ex:"a-walk"`
	Progress Text   `yaml:"progress" doc:"What has been done and what difference it made." ex:"Ella walked to school every day but one."`
	Status   string `yaml:"status" enum:"not-started,in-progress,done,not-done,stopped" doc:"Where the action stands after this meeting." ex:"in-progress"`
}

// Task is a piece of work agreed at a meeting, with who does it and by when.
type Task struct {
	At Positions `yaml:"-"`

	What Text `yaml:"what" doc:"The task." ex:"Refer Mum to the parenting course."`
	Who  Ref  `yaml:"who" ref:"person" doc:"The one person responsible, by person id." ex:"sw-hughes"`
	By   Date `yaml:"by" doc:"By when." ex:"2026-03-27"`
}

// Private records a discussion held without the family.
type Private struct {
	At Positions `yaml:"-"`

	Reason  Text `yaml:"reason" doc:"Why the discussion was held without the family; always recorded." ex:"Police information about an ongoing investigation."`
	Summary Text `yaml:"summary" doc:"What was discussed, as far as it can be recorded." ex:"Agreed to share the outcome with Mum after the court date."`
}
