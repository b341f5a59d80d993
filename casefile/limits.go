package casefile

import "reflect"

// The limits of a case file. Real cases stay far below them: a large
// sibling group has a few children, a core group a dozen members, a
// plan some tens of actions over a year or two of meetings every few
// weeks. Past them a file is not a case but a mistake or an attack, and
// the loader says so at the place concerned (load.too-large,
// load.too-many-items, load.too-long) instead of using the time and
// memory it would take. docs/security.md lists them.
const (
	// MaxSize is the largest case file, in bytes (4 MiB).
	MaxSize = 4 << 20
	// MaxTextLength is the most characters a text (such as a worry or a
	// meeting's analysis) has in one language: some ten pages.
	MaxTextLength = 20000
	// MaxValueLength is the most characters of a one-line value: an id,
	// a name, an address, a reference, a phone number.
	MaxValueLength = 200
	// MaxChildren is the most children in one case.
	MaxChildren = 20
	// MaxPeople is the most family members, and the most professionals,
	// in one case.
	MaxPeople = 100
	// MaxMeetings is the most core group meetings, and the most
	// conferences, in one case: some eight years of meetings every two
	// weeks.
	MaxMeetings = 200
	// MaxActions is the most actions in one child's plan.
	MaxActions = 200
	// MaxItems is the most entries of any other list.
	MaxItems = 500
)

// maxItems returns the most entries a list of elem may have.
func maxItems(elem reflect.Type) int {
	switch elem {
	case reflect.TypeFor[Child]():
		return MaxChildren
	case reflect.TypeFor[Family](), reflect.TypeFor[Member]():
		return MaxPeople
	case reflect.TypeFor[Meeting](), reflect.TypeFor[Conference]():
		return MaxMeetings
	case reflect.TypeFor[Action]():
		return MaxActions
	}
	return MaxItems
}
