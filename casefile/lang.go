package casefile

import (
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
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

func validLang(s string) bool {
	t, err := language.Parse(s)
	return err == nil && t != language.Und
}

// sameLanguage reports whether two tags name the same language, ignoring
// region and script: cy-GB is cy.
func sameLanguage(a, b string) bool {
	ta, errA := language.Parse(a)
	tb, errB := language.Parse(b)
	if errA != nil || errB != nil {
		return a == b
	}
	ba, _ := ta.Base()
	bb, _ := tb.Base()
	return ba == bb
}
