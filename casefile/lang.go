package casefile

import (
	"go.yaml.in/yaml/v3"

	"coregroup/locales"
)

// checkLang reports whether s is a known BCP 47 language tag such as en,
// cy or cy-GB, recording a problem at n if not.
func (d *decoder) checkLang(n *yaml.Node, s string) bool {
	if validLang(s) {
		return true
	}
	d.problem(d.pos(n), "load.unknown-language", "Tag", s)
	return false
}

// validLang reports whether s is a language tag.
func validLang(s string) bool { return locales.Base(s) != "" }
