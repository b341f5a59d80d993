package locales

import (
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// Pseudo is the pseudo-locale: English with every letter accented and 40%
// longer, between « and ». A document written in it shows at a glance any
// string that escapes localisation (it stays plain) and any layout that
// breaks with longer text, as Welsh often is.
var Pseudo = language.MustParse("en-XA")

var accents = strings.NewReplacer(
	"a", "á", "e", "é", "i", "í", "o", "ó", "u", "ú", "y", "ý", "c", "ç", "n", "ñ",
	"A", "Á", "E", "É", "I", "Í", "O", "Ó", "U", "Ú", "Y", "Ý", "C", "Ç", "N", "Ñ")

// pseudo turns a message template into its pseudo-locale form, leaving
// {{placeholders}} and {page} markers as they are.
func pseudo(s string) string {
	var b strings.Builder
	rest := s
	for rest != "" {
		i := strings.IndexByte(rest, '{')
		if i < 0 {
			b.WriteString(accents.Replace(rest))
			break
		}
		b.WriteString(accents.Replace(rest[:i]))
		end := strings.Index(rest[i:], "}}")
		if strings.HasPrefix(rest[i:], "{{") && end >= 0 {
			b.WriteString(rest[i : i+end+2])
			rest = rest[i+end+2:]
			continue
		}
		end = strings.IndexByte(rest[i:], '}')
		if end < 0 {
			b.WriteString(rest[i:])
			break
		}
		b.WriteString(rest[i : i+end+1])
		rest = rest[i+end+1:]
	}
	pad := len([]rune(s)) * 2 / 5
	return "«" + b.String() + " " + strings.Repeat("·", pad) + "»"
}

// addPseudo adds the pseudo-locale's messages, made from the source
// language's, to a bundle.
func addPseudo(b *i18n.Bundle) error {
	src, err := messages(Source.String())
	if err != nil {
		return err
	}
	var msgs []*i18n.Message
	for id, m := range src {
		msgs = append(msgs, &i18n.Message{ID: id, Zero: pseudoOr(m, "zero"), One: pseudoOr(m, "one"), Two: pseudoOr(m, "two"),
			Few: pseudoOr(m, "few"), Many: pseudoOr(m, "many"), Other: pseudoOr(m, "other")})
	}
	return b.AddMessages(Pseudo, msgs...)
}

func pseudoOr(m message, form string) string {
	if s, ok := m.forms[form]; ok {
		return pseudo(s)
	}
	return ""
}
