package policy

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"coregroup/casefile"
)

// TestEditorsOfferEveryBuiltinPolicy: the values the schema offers for
// policy: (its suggest tag) are the built-in policies, every one.
func TestEditorsOfferEveryBuiltinPolicy(t *testing.T) {
	f, _ := reflect.TypeFor[casefile.Case]().FieldByName("Policy")
	offered := strings.Split(f.Tag.Get("suggest"), ",")
	var builtin []string
	for name := range Builtin() {
		builtin = append(builtin, name)
	}
	slices.Sort(offered)
	slices.Sort(builtin)
	if !slices.Equal(offered, builtin) {
		t.Errorf("the schema offers %v for policy, the built-in policies are %v", offered, builtin)
	}
}
