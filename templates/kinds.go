package templates

// Kinds is the registry of the documents coregroup writes, in the order
// "render --doc all" writes them. Each entry's builder is in the file of
// its view (plan.go, minutes.go, resolution.go).
var Kinds = Registry{
	{
		Name: "plan", Title: "family-plan.doc-title", PerChild: true, Large: true,
		Blocking: []string{"load.", "case.", "smart.", "plan.", "child.views"},
		Reads:    []string{"children", "family", "members"}, Called: "the plan",
		build: buildPlan,
	},
	{
		Name: "full-plan", Title: "full-plan.doc-title", PerChild: true,
		Blocking: []string{"load.", "case.", "smart.", "plan.", "child.views"},
		Reads:    []string{"children", "family", "members", "conferences"}, Called: "the full plan",
		build: buildFullPlan,
	},
	{
		Name: "minutes", Title: "minutes.doc-title",
		Blocking: []string{"load.", "case.", "meeting.private-reason", "people.exclusion-reason", "meeting.future-record", "meeting.present-and-apologies"},
		Reads:    []string{"conferences", "meetings", "family", "members"}, Called: "the minutes",
		build: buildMinutes,
	},
	{
		Name: "resolution-request", Title: "request.doc-title", Blank: true, Resolution: true,
		Blocking: []string{"load.", "case."},
		Reads:    []string{"resolution", "family", "members"}, Called: "request", Group: "the resolution forms",
		build: buildRequest,
	},
	{
		Name: "agenda", Title: "agenda.doc-title", Blank: true, Resolution: true,
		Blocking: []string{"load.", "case."},
		Reads:    []string{"resolution", "family", "members"}, Called: "agenda", Group: "the resolution forms",
		build: buildResolutionMeeting,
	},
	{
		Name: "resolution-record", Title: "record.doc-title", Blank: true, Resolution: true,
		Blocking: []string{"load.", "case.", "meeting.present-and-apologies"},
		Reads:    []string{"resolution", "family", "members"}, Called: "record", Group: "the resolution forms",
		build: buildResolutionMeeting,
	},
}
