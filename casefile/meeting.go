package casefile

// Meeting is one core group meeting, held or scheduled.
type Meeting struct {
	At Positions `yaml:"-"`

	Date                 Date                  `yaml:"date" doc:"The day of the meeting." ex:"2026-03-13"`
	Time                 Clock                 `yaml:"time" doc:"Start time, 24-hour HH:MM." ex:"10:00"`
	Venue                Text                  `yaml:"venue" doc:"Where it is held." ex:"Testbury Family Centre"`
	Chair                Ref                   `yaml:"chair" ref:"person" doc:"Who chaired, by person id." ex:"hv-price"`
	ChairAgreed          Text                  `yaml:"chair_agreed" doc:"When someone other than the chair the policy names chairs by agreement: the reason agreed (000 §3)." ex:"Agreed at the last meeting: the health visitor chairs while the social worker is on leave."`
	Group                Ref                   `yaml:"group" ref:"group" doc:"In a split core group, which of the groups met, by id." ex:"g-mum"`
	Language             string                `yaml:"language" lang:"true" doc:"The language the meeting was held in, as a BCP 47 tag (Welsh Language Standards); default the case's language." ex:"cy"`
	MinutesBy            Ref                   `yaml:"minutes_by" ref:"person" doc:"Who took the minutes, by person id." ex:"sw-hughes"`
	Present              []Ref                 `yaml:"present" ref:"person" doc:"Who attended, by person id." ex:"[mum, sw-hughes, hv-price]"`
	Apologies            []Apology             `yaml:"apologies" doc:"Who sent apologies, and whether a written report came."`
	Remote               []Remote              `yaml:"remote" doc:"Who of those present joined by phone or video."`
	Interpreters         []MeetingInterpreter  `yaml:"interpreters" doc:"Who interpreted at the meeting, for whom and in which language."`
	PreviousRecord       Text                  `yaml:"previous_record" doc:"Review of the previous record: agreed accurate, corrections, matters outstanding." ex:"Agreed as accurate."`
	ChildViews           Text                  `yaml:"child_views" doc:"The child's views for this meeting, and who brought them." ex:"Ella told her social worker she likes her new bedroom."`
	FamilyViews          Text                  `yaml:"family_views" doc:"The parents' views." ex:"Mum feels the morning routine is working."`
	WorkingWell          []Text                `yaml:"working_well" doc:"What's working well." ex:"[Ella has been in school every day for three weeks.]"`
	Worries              []Text                `yaml:"worries" doc:"What we are worried about." ex:"[Ella still arrives hungry some days.]"`
	Complicating         []Text                `yaml:"complicating" doc:"Complicating factors." ex:"[Mum works early shifts twice a week.]"`
	Scaling              []Score               `yaml:"scaling" doc:"Scaling scores against the conference's scaling question."`
	Updates              []Update              `yaml:"updates" doc:"Progress on each action of the plan."`
	Changes              []Text                `yaml:"changes" doc:"Changes agreed to the plan, with timescales." ex:"[Breakfast club added from 20 April.]"`
	WorkPlan             []Task                `yaml:"work_plan" doc:"The plan of work until the next meeting, and by whom."`
	NextMeeting          Date                  `yaml:"next_meeting" doc:"The date agreed for the next meeting." ex:"2026-04-24"`
	NextTime             Clock                 `yaml:"next_time" doc:"The start time agreed for the next meeting, 24-hour HH:MM (when the meetings list does not have it yet)." ex:"10:00"`
	NextVenue            Text                  `yaml:"next_venue" doc:"Where the next meeting will be held (when the meetings list does not have it yet)." ex:"Testbury Family Centre"`
	Circulated           Date                  `yaml:"circulated" doc:"The day this record was sent to the core group (or use circulation: to say who received it when)." ex:"2026-03-18"`
	Circulation          []Sent                `yaml:"circulation" doc:"Who received the record, and when: the core group, the parents, and the child where appropriate."`
	DelayReviewed        Text                  `yaml:"delay_reviewed" doc:"The review, at this meeting, of an agreed delay of the automatic resolution trigger (003 §5): what was decided." ex:"Delay continues: the hearing is now listed for 3 July."`
	ProfessionalsMeeting *ProfessionalsMeeting `yaml:"professionals_meeting" doc:"The professionals' meeting arranged after scaling scores differed starkly (000 §2)."`
	TimeReason           Text                  `yaml:"time_reason" doc:"Why a meeting the child attends is held in school hours, when it is." ex:"Ella asked to come during her free lesson."`
	ProfessionalsOnly    *Private              `yaml:"professionals_only" doc:"Set when part of the meeting was held without the family."`
	Recommendation       Text                  `yaml:"recommendation" doc:"The recommendation to the review conference, at the last meeting before it." ex:"The core group recommends the plan continues."`
	Cancelled            Text                  `yaml:"cancelled" doc:"Set when a scheduled meeting did not take place: why." ex:"Rearranged: venue flooded."`
}

// Apology records someone who could not attend.
type Apology struct {
	At Positions `yaml:"-"`

	Who    Ref  `yaml:"who" ref:"person" doc:"Who sent apologies, by person id." ex:"gp-shah"`
	Report bool `yaml:"report" doc:"True when they sent a written report." ex:"true"`
	Note   Text `yaml:"note" doc:"A summary of the written report, or why there was none." ex:"Report: Cai's immunisations are up to date."`
}

// Remote records someone who joined a meeting by phone or video.
type Remote struct {
	At Positions `yaml:"-"`

	Who Ref    `yaml:"who" ref:"person" doc:"Who, by person id (also listed under present:)." ex:"gp-shah"`
	How string `yaml:"how" enum:"phone,video" doc:"phone or video." ex:"video"`
}

// MeetingInterpreter records an interpreter at a meeting.
type MeetingInterpreter struct {
	At Positions `yaml:"-"`

	Who       Ref    `yaml:"who" ref:"person" doc:"The interpreter, by person id: a professional interpreter, never a family member, a child or another professional of the core group." ex:"int-kowalczyk"`
	For       []Ref  `yaml:"for" ref:"person" doc:"Whom they interpreted for, by person id." ex:"[mum]"`
	Language  string `yaml:"language" lang:"true" doc:"The language interpreted, as a BCP 47 tag." ex:"pl"`
	Qualified *bool  `yaml:"qualified" doc:"True when a qualified interpreter (001 §5)." ex:"true"`
	Present   bool   `yaml:"present" doc:"True when the interpreter counts as present at the meeting (listed in the attendance)." ex:"false"`
}

// Sent records one person's copy of a meeting's record.
type Sent struct {
	At Positions `yaml:"-"`

	To   Ref  `yaml:"to" ref:"person" doc:"Who received the record, by person id." ex:"mum"`
	Date Date `yaml:"date" doc:"The day it was sent or given." ex:"2026-03-18"`
	How  Text `yaml:"how" doc:"How, when it matters (read through with the parent, in Polish...)." ex:"Read through with Mum at home."`
}

// ProfessionalsMeeting is the professionals' meeting a stark spread of
// scaling scores calls for.
type ProfessionalsMeeting struct {
	At Positions `yaml:"-"`

	Date    Date `yaml:"date" doc:"When it is or was held." ex:"2026-11-06"`
	By      Ref  `yaml:"by" ref:"person" doc:"Who arranges it (the team manager), by person id." ex:"tm-davies"`
	Outcome Text `yaml:"outcome" doc:"What it agreed about the purpose of scaling and the reasons for the scores." ex:"Scores explained; all agree school attendance is the measure."`
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
