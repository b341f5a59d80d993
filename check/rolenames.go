package check

import (
	"sync"

	"coregroup/locales"
)

// roleNames returns a role's name in English and in Welsh, as normalName
// leaves them: what a member named by their job is called. The names are
// fixed for the process (an added message file cannot replace English or
// Welsh), so each role's are made once, the first time a case asks.
func roleNames(role string) []string {
	roleNameCache.Lock()
	defer roleNameCache.Unlock()
	if names, ok := roleNameCache.of[role]; ok {
		return names
	}
	var names []string
	for _, lang := range []string{"en", "cy"} {
		if l, err := locales.New(lang); err == nil {
			names = append(names, normalName(l.Text(locales.M("role."+role))))
		}
	}
	if len(roleNameCache.of) < maxRoleNames {
		roleNameCache.of[role] = names
	}
	return names
}

// maxRoleNames bounds the roles remembered; the loader allows fewer.
const maxRoleNames = 64

var roleNameCache = struct {
	sync.Mutex
	of map[string][]string
}{of: map[string][]string{}}
