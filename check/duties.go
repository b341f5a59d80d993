package check

// Duty is one "must", "should" or "within" of the procedures, with the rules
// that check it, or why none does.
type Duty struct {
	// Source is the procedure and section, as in Rule.Source: "003 §5".
	Source string
	// Says is a short fragment of the duty, quoted.
	Says string
	// Rules are the ids of the rules that check it.
	Rules []string
	// Why says, when no rule checks the duty or checks only part of it,
	// why not.
	Why string
}

// outside is the reason for a duty done outside the core group's record.
const outside = "done outside the core group's record, which is all coregroup reads"

// judgement is the reason for a duty that asks for a professional judgement.
const judgement = "a judgement the core group makes; the case file records its result but coregroup cannot weigh it"

// duties maps every duty sentence of the procedures (docs/sources.md) to
// its rules; docs/rules.md prints the table, and TestDutiesNameRules keeps
// the ids real.
var duties = []Duty{
	{"000 §2", "first meeting within 10 working days", []string{"time.first-core-group"}, ""},
	{"000 §2", "important that the plan is SMART", []string{"smart.specific", "smart.measurable", "smart.time-bound", "smart.relevant", "smart.what"}, ""},
	{"000 §2", "a name professional, parent or child attached", []string{"smart.owner-named", "smart.owner-person"}, ""},
	{"000 §2", "when ... the child will be seen ... both alone and with", []string{"plan.child-seen"}, ""},
	{"000 §2", "nature and frequency of contact by these professionals", []string{"plan.contact"}, ""},
	{"000 §2", "Include a contingency plan", []string{"plan.contingency", "plan.contingency-complete"}, ""},
	{"000 §2", "points at which progress will be reviewed", []string{"smart.time-bound", "smart.date-in-plan"}, ""},
	{"000 §2", "how the child ... will participate", []string{"plan.participation"}, ""},
	{"000 §2", "providing the plan in their preferred language", []string{"lang.missing-translation"}, ""},
	{"000 §2", "expectations on parents/carers should be explicit ... consequences", []string{"plan.expectations"}, ""},
	{"000 §2", "first core group must include the key professionals", nil, judgement + " (who is key); present: and apologies: record who came"},
	{"000 §2", "at least once every 6 weeks", []string{"time.core-group-interval"}, ""},
	{"000 §2", "line managers and supervisors must be informed", nil, outside},
	{"000 §2", "professionals discussion ... reasons ... should always be recorded", []string{"meeting.private-reason"}, ""},
	{"000 §2", "scale the current progress ... should also be recorded", nil, "scaling: records the scores; a meeting without them is allowed (a family may not attend), and the minutes print the question and the scores"},
	{"000 §2", "stark contrast ... team manager will arrange a professionals meeting", []string{"meeting.scaling-spread"}, ""},
	{"000 §3", "first or second core group ... chaired by the line manager", []string{"people.chairing"}, ""},
	{"000 §3", "chaired by the social worker although this can be negotiated", []string{"people.chairing"}, "the agreed reason in chair_agreed: clears the warning"},
	{"000 §3", "The social worker should see the child, alone when appropriate", []string{"plan.child-seen"}, ""},
	{"000 §3", "record ... when the child was seen", nil, outside + " (the child's social care record)"},
	{"000 §3", "unable to attend should provide a written note", []string{"meeting.apology-report"}, ""},
	{"000 §3", "decision to exclude a parent ... must be included", []string{"people.exclusion-reason"}, ""},
	{"000 §3", "not appropriate to use a child of the family as an interpreter", []string{"people.interpreter", "meeting.interpreter"}, ""},
	{"000 §3", "advocate or supporter ... should be considered", nil, judgement + "; advocate: records one"},
	{"000 §3", "The voice of the child must be present", []string{"child.views"}, "an unborn baby has no views to give"},
	{"000 §3", "adjusting the time to fit around school commitments", []string{"meeting.school-hours"}, ""},
	{"000 §3", "provided to the parents and child ... within 10 working days", []string{"time.record-circulated", "meeting.circulation"}, "whether a child is old enough for a copy is a judgement; the parents are checked"},
	{"000 §3", "changes ... made in consultation with the parents", nil, judgement + "; family_views: records what the parents said"},
	{"001 §1", "include the child/young person where appropriate", nil, judgement + "; attends: records it"},
	{"001 §2", "Meet within 10 working days from the ICPC", []string{"time.first-core-group"}, ""},
	{"001 §2", "no less than every 6 weeks", []string{"time.core-group-interval"}, ""},
	{"001 §2", "what needs to change, by how much, and by when", []string{"plan.outcomes"}, ""},
	{"001 §2", "Recommend ... if the Conference should be reconvened at an earlier date", []string{"meeting.recommendation"}, "the recommendation before each review conference is checked; asking for an earlier one is " + judgement},
	{"001 §2", "minutes ... circulated ... 2 weeks prior to the next", []string{"time.record-circulated"}, "the england profile counts 000's 10 working days, the earlier of the two for meetings six weeks apart"},
	{"001 §3", "a child is to be born into a household", []string{"child.birth-recorded"}, "the pre-birth plan is recorded (expected:); bringing a conference forward is " + judgement},
	{"001 §4", "understood by a child as young as 8", []string{"child.reading-level", "child.jargon"}, ""},
	{"001 §4", "considerate of the child's ethnicity, identity, culture ... disability", []string{"child.identity"}, ""},
	{"001 §4", "a responsible person for each action and timescale", []string{"smart.owner-named", "smart.time-bound"}, ""},
	{"001 §4", "What we are worried about", []string{"plan.worries", "smart.worry-has-action"}, ""},
	{"001 §4", "How we will know that things are better", []string{"smart.measurable"}, ""},
	{"001 §4", "What will happen if the plan is not working", []string{"plan.contingency", "plan.contingency-complete"}, ""},
	{"001 §5", "chaired by the Social Worker", []string{"people.chairing"}, ""},
	{"001 §5", "nominate a deputy chair", []string{"people.deputy-chair"}, ""},
	{"001 §5", "determine who will take the minutes", nil, "minutes_by: records it; a record without it is still a record"},
	{"001 §5", "Team Manager or a Senior Practitioner should attend", []string{"meeting.social-worker"}, ""},
	{"001 §5", "a qualified interpreter should be arranged for each meeting", []string{"people.interpreter", "meeting.interpreter"}, ""},
	{"001 §5", "Family members should not be used as interpreters", []string{"people.interpreter", "meeting.interpreter"}, ""},
	{"001 §5", "Core Groups should be held outside of school hours", []string{"meeting.school-hours"}, "judged when the child's school: gives its terms"},
	{"001 §5", "hold \"split\" Core Groups", []string{"people.split-group"}, ""},
	{"001 §5", "Attendance should be restricted", nil, judgement + "; core: false marks those outside the core group"},
	{"002", "held within 10 working days of the conference", []string{"time.first-core-group"}, ""},
	{"002", "at a frequency of every 4 weeks", []string{"time.core-group-interval"}, ""},
	{"002", "appoint a vice chair", []string{"people.deputy-chair"}, ""},
	{"002", "unable to attend ... a written report should be submitted", []string{"meeting.apology-report"}, ""},
	{"002", "actions correlate to the plan, are centred around risk and are SMART", []string{"smart.relevant", "smart.worry-has-action", "smart.specific"}, ""},
	{"002", "partnership approach to chairing and note taking", []string{"people.chairing"}, ""},
	{"002", "final core group ... provide a recommendation to the Review Conference", []string{"meeting.recommendation"}, ""},
	{"002", "Notes will be distributed within 10 working days", []string{"time.record-circulated"}, ""},
	{"003 §2", "Ensure the voice of the child is heard", []string{"child.views"}, ""},
	{"003 §2", "Agree contingency arrangements", []string{"plan.contingency", "plan.contingency-complete"}, ""},
	{"003 §2", "initiate the resolution process ... 15 months ... 3rd Review", []string{"time.resolution-trigger"}, ""},
	{"003 §3", "the social worker should not chair", []string{"people.chairing"}, ""},
	{"003 §3", "Chairing should be carried out on a rota basis", []string{"people.chairing"}, ""},
	{"003 §3", "venue and time of meetings should take into account their needs", []string{"meeting.school-hours"}, ""},
	{"003 §3", "social worker ... to ascertain the child's view", []string{"child.views"}, ""},
	{"003 §3", "circulated ... within five working days", []string{"time.record-circulated"}, ""},
	{"003 §3", "cannot attend they should provide a report", []string{"meeting.apology-report"}, "a report must be summarised in note:; whether it has sufficient detail is " + judgement},
	{"003 §3", "provide a report to the Review Child Protection Conference", nil, outside},
	{"003 §4", "meet within a maximum of 10 working days", []string{"time.first-core-group"}, ""},
	{"003 §4", "no later than every six weeks", []string{"time.core-group-interval"}, ""},
	{"003 §4", "family's personal circumstances must be considered", nil, judgement},
	{"003 §4", "personal outcomes can only be changed with agreement at conference", []string{"plan.outcome-changed"}, ""},
	{"003 §4", "outcomes set at Conference can only be removed at the Review", []string{"plan.outcome-changed"}, "a removal is recorded as a change (changes:) by conference"},
	{"003 §4", "must be recorded in writing", []string{"meeting.unrecorded"}, ""},
	{"003 §4", "Attendance – and apologies received", []string{"meeting.present-and-apologies", "meeting.apology-report"}, ""},
	{"003 §5", "triggered by submission of document see Appendix 3", []string{"resolution.request-complete"}, ""},
	{"003 §5", "automatically be triggered following the third review conference or 15 months", []string{"time.resolution-trigger"}, ""},
	{"003 §5", "Independent Reviewing Officer ... explaining this to the parent", []string{"resolution.parent-told"}, ""},
	{"003 §5", "IRO and Team Manager both agree this delay", []string{"time.resolution-delay"}, ""},
	{"003 §5", "decision must be reviewed at Core Group", []string{"meeting.delay-reviewed"}, ""},
	{"003 §5", "Tier 1 resolution meeting within 10 working days of the request", []string{"time.tier1"}, ""},
	{"003 §5", "informing the parent this is taking place", []string{"resolution.parent-told"}, ""},
	{"003 §5", "The meeting should not include the family", []string{"resolution.tier1-family"}, ""},
	{"003 §5", "Consideration ... legal department and a police representative", nil, judgement + "; invited: records them"},
	{"003 §5", "chaired by the Children Services Team Manager", []string{"resolution.chair"}, ""},
	{"003 §5", "a set agenda will be followed (Appendix 4)", []string{"resolution.record-complete"}, ""},
	{"003 §5", "decide who is responsible for sharing the outcome", []string{"resolution.record-complete"}, "communication: is one of its items"},
	{"003 §5", "next Core Group meeting that will be chaired by the allocated social worker", []string{"people.chair-after-tier1"}, ""},
	{"003 §5", "no later than 6 weeks following the Tier One meeting", []string{"time.core-group-after-tier1"}, ""},
	{"003 §5", "maximum time Tier 1 can be sustained ... 12 weeks", []string{"time.tier2"}, ""},
	{"003 §5", "Principal Officer/Service Manager who will convene and chair a meeting within 10 working days", []string{"time.tier2", "resolution.chair"}, ""},
	{"003 §5", "report the outcome ... to their Senior Manager/Head of Service", nil, outside},
	{"003 §6", "jointly required to provide an updated Plan to the Review", []string{"meeting.recommendation"}, "the plan itself is rendered from the case file"},
	{"003 §6", "must produce individual agency reports", nil, outside},
	{"003 App. 2", "Tier 1 List - to be invited in addition to Core Group members", []string{"resolution.tier1-family"}, "the list names roles to invite as the case needs (" + judgement + "); who must not come is checked"},
	{"003 App. 3", "name, D.O.B, address, social worker, person/agency, last core group, concern and desired outcome, actions of core group and agency, date", []string{"resolution.request-complete"}, "name, date of birth, address and social worker come from the case"},
	{"003 App. 5", "date, time, venue, family, attendance, items 2-8", []string{"resolution.record-complete"}, "the family details come from the case"},
	{"004", "within 10 days of the initial child protection conference", []string{"time.first-core-group"}, ""},
	{"004", "take into account the views of the child", []string{"child.views"}, ""},
	{"004", "how often professionals will meet with the child and the family", []string{"plan.contact"}, ""},
	{"004", "timescales for each part of the plan", []string{"smart.time-bound"}, ""},
	{"004", "make reference to the My World Triangle", []string{"plan.my-world"}, ""},
	{"004", "must consider if another child protection conference is needed", nil, judgement},
}
