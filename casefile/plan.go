package casefile

// Plan is a child's child protection plan (in Wales the care and support
// protection plan).
type Plan struct {
	At Positions `yaml:"-"`

	Worries            []Worry       `yaml:"worries" doc:"What we are worried about."`
	Outcomes           []Outcome     `yaml:"outcomes" doc:"What needs to change, by how much and by when (in Wales the personal outcomes set at conference)."`
	Actions            []Action      `yaml:"actions" doc:"What will be done, by whom and by when."`
	Contingency        Text          `yaml:"contingency" doc:"What will happen if the plan is not working." ex:"If Ella misses school again for a week, a review conference will be brought forward."`
	ContingencyChild   Text          `yaml:"contingency_child" doc:"The same in words the child will understand, for the family's plan." ex:"If things do not get better, the grown-ups will meet again sooner to make a new plan."`
	Seen               []Seeing      `yaml:"seen" doc:"When and how the child is seen, alone and with others, and by whom."`
	Contact            []Contact     `yaml:"contact" doc:"How often each professional is in contact with the child and family."`
	Expectations       []Expectation `yaml:"expectations" doc:"What is expected of the parents, and what happens if it does not happen."`
	Participation      Text          `yaml:"participation" doc:"How the child takes part in the plan and its reviews." ex:"Ella shares her views with her social worker before each meeting, using her worry book."`
	ParticipationChild Text          `yaml:"participation_child" doc:"The same in words the child will understand, for the family's plan." ex:"You can tell Alex what you think before each meeting. You can use your worry book."`
	MyWorld            *MyWorld      `yaml:"my_world" doc:"The My World Triangle (Scotland): what the plan does for each side."`
}

// Worry is one thing the core group is worried about.
type Worry struct {
	At Positions `yaml:"-"`

	ID    string `yaml:"id" req:"true" id:"worry" doc:"A short id actions use to say which worry they address." ex:"w-school"`
	Text  Text   `yaml:"text" doc:"The worry, as the conference described it." ex:"Ella has missed 30% of school this term."`
	Child Text   `yaml:"child" doc:"The same worry in words the child will understand." ex:"You have missed lots of school."`
}

// Outcome is what needs to change, by how much and by when.
type Outcome struct {
	At Positions `yaml:"-"`

	ID      string          `yaml:"id" req:"true" id:"outcome" doc:"A short id actions use to say which outcome they work towards." ex:"o-school"`
	Text    Text            `yaml:"text" doc:"What needs to change." ex:"Ella goes to school every day, on time."`
	Child   Text            `yaml:"child" doc:"The same in words the child will understand." ex:"You go to school every day."`
	Measure Text            `yaml:"measure" doc:"By how much: how we will know it has changed enough." ex:"Attendance above 95% for six weeks in a row."`
	By      Date            `yaml:"by" doc:"By when." ex:"2026-07-17"`
	Worries []Ref           `yaml:"worries" ref:"worry" doc:"The worries this outcome answers, by id." ex:"[w-school]"`
	SetAt   Date            `yaml:"set_at" doc:"The date of the conference that set this outcome (in Wales only a conference sets or changes a personal outcome)." ex:"2026-09-07"`
	Changes []OutcomeChange `yaml:"changes" doc:"Each change to the outcome since it was set, and which meeting made it."`
}

// OutcomeChange records one change to an outcome: when, by which kind of
// meeting, and what changed.
type OutcomeChange struct {
	At Positions `yaml:"-"`

	Date Date   `yaml:"date" doc:"The day of the meeting that changed it." ex:"2026-12-01"`
	By   string `yaml:"by" enum:"conference,core-group" doc:"conference (a review conference) or core-group (a core group meeting, which in Wales may not change a personal outcome)." ex:"conference"`
	What Text   `yaml:"what" doc:"What changed." ex:"Attendance target raised to 95%."`
}

// Action is one SMART action of a plan.
type Action struct {
	At Positions `yaml:"-"`

	ID             string   `yaml:"id" req:"true" id:"action" doc:"A short id meeting updates use to refer to this action." ex:"a-walk"`
	What           Text     `yaml:"what" doc:"What will be done, specifically." ex:"Walk Ella to school and collect her every school day."`
	Child          Text     `yaml:"child" doc:"The same in words the child will understand." ex:"Mum will walk you to school every day."`
	Who            Ref      `yaml:"who" ref:"person" doc:"The one named person responsible, by person id." ex:"mum"`
	By             Date     `yaml:"by" doc:"When it will be done." ex:"2026-04-30"`
	Review         Date     `yaml:"review" doc:"When it will be reviewed, for an action that goes on." ex:"2026-04-14"`
	HowOften       Text     `yaml:"how_often" doc:"How often, for an action that is repeated." ex:"Every school day"`
	HowToKnow      Text     `yaml:"how_we_know" doc:"How we will know it has been done and things are better." ex:"The school's register shows Ella in class by 8.50 every day."`
	HowToKnowChild Text     `yaml:"how_we_know_child" doc:"The same in words the child will understand, for the family's plan." ex:"School will tell us you are there every day."`
	Status         string   `yaml:"status" enum:"not-started,in-progress,done,not-done,stopped" doc:"Where the action stands now." ex:"in-progress"`
	For            []Ref    `yaml:"for" ref:"worry|outcome" doc:"The worries or outcomes the action addresses, by id." ex:"[w-school, o-school]"`
	Picture        *Picture `yaml:"picture" doc:"A picture beside the action in the child's plan, such as a picture-board symbol."`
}

// Seeing says how the child is seen by one person.
type Seeing struct {
	At Positions `yaml:"-"`

	Who      Ref  `yaml:"who" ref:"person" doc:"Who sees the child, by person id." ex:"sw-hughes"`
	HowOften Text `yaml:"how_often" doc:"How often." ex:"Every two weeks"`
	Alone    bool `yaml:"alone" doc:"True when the child is seen alone." ex:"true"`
	With     Text `yaml:"with" doc:"Who else is there, when not alone." ex:"With Mum at home once a month"`
	Where    Text `yaml:"where" doc:"Where." ex:"At school and at home"`
	Child    Text `yaml:"child" doc:"All of it in words the child will understand, for the family's plan." ex:"Alex will see you on your own at school every two weeks."`
}

// Contact says how often one professional is in contact with the family.
type Contact struct {
	At Positions `yaml:"-"`

	Who      Ref  `yaml:"who" ref:"person" doc:"The professional, by person id." ex:"hv-price"`
	HowOften Text `yaml:"how_often" doc:"How often." ex:"Fortnightly home visit"`
	Purpose  Text `yaml:"purpose" doc:"What the contact is for." ex:"Check Cai's weight and development."`
	Child    Text `yaml:"child" doc:"What this person does, in words the child will understand, for the family's plan." ex:"Sian checks that Cai is growing well."`
}

// Expectation is something the parents are expected to do.
type Expectation struct {
	At Positions `yaml:"-"`

	Who              []Ref `yaml:"who" ref:"person" doc:"The parents or carers this applies to, by person id." ex:"[mum]"`
	Text             Text  `yaml:"text" doc:"What is expected, plainly." ex:"Keep all health appointments for Cai."`
	Consequence      Text  `yaml:"consequence" doc:"What will happen if it is not done." ex:"The core group will ask for a review conference to be brought forward."`
	Child            Text  `yaml:"child" doc:"What is expected, in words the child will understand, for the family's plan." ex:"Mum will take Cai to all his check-ups."`
	ConsequenceChild Text  `yaml:"consequence_child" doc:"What will happen if it is not done, in words the child will understand; the plan prints it after \"If this does not happen:\"." ex:"The grown-ups will meet sooner to talk about it."`
}

// MyWorld holds the three sides of the My World Triangle.
type MyWorld struct {
	At Positions `yaml:"-"`

	Grow  Text `yaml:"how_i_grow" doc:"How I grow and develop." ex:"Speech and language therapy every week."`
	Needs Text `yaml:"what_i_need" doc:"What I need from people who look after me." ex:"Regular meals and a bedtime routine."`
	World Text `yaml:"my_wider_world" doc:"My wider world." ex:"A place at the after-school club."`
}
