package check

import "slices"

// rules is every rule coregroup runs, sorted by id. A rule is one var of
// type Rule in a file of its own, named after its id, and one line here;
// TestRuleListIsSortedAndUnique keeps the list in order.
var rules = []*Rule{
	&caseBornFuture,
	&caseDateMissing,
	&caseNameMissing,
	&casePolicyKnown,
	&childIdentity,
	&childJargon,
	&childReadingLevel,
	&childViews,
	&childWording,
	&langMissingTranslation,
	&meetingApologyReport,
	&meetingFutureRecord,
	&meetingPresentAndApologies,
	&meetingPrivateReason,
	&meetingScalingSpread,
	&meetingUnrecorded,
	&peopleChairAfterTier1,
	&peopleChairing,
	&peopleDeputyChair,
	&peopleExclusionReason,
	&peopleInterpreter,
	&planChildSeen,
	&planContact,
	&planContingency,
	&planExpectations,
	&planMyWorld,
	&planOutcomes,
	&planParticipation,
	&planPicture,
	&planPresent,
	&planTurns18,
	&planWorries,
	&smartDateInPlan,
	&smartMeasurable,
	&smartOwnerNamed,
	&smartOwnerPerson,
	&smartRelevant,
	&smartSpecific,
	&smartTimeBound,
	&smartWhat,
	&smartWorryHasAction,
	&textInvisible,
	&textNoGlyph,
	&timeCoreGroupAfterTier1,
	&timeCoreGroupInterval,
	&timeFirstCoreGroup,
	&timeHolidaysKnown,
	&timeRecordCirculated,
	&timeResolutionDelay,
	&timeResolutionTrigger,
	&timeTier1,
	&timeTier2,
}

// Rules returns every rule, sorted by id.
func Rules() []*Rule { return slices.Clone(rules) }
