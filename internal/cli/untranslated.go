package cli

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"coregroup/locales"
	"coregroup/report"
	"coregroup/templates"
)

// untranslated gathers, for one case, the texts that stopped its
// documents for want of a translation, so that they are told once per
// case, each once however many documents print it.
type untranslated struct {
	texts []templates.Untranslated
	seen  map[string]bool
	langs []string
}

// add notes the texts a document lacks.
func (u *untranslated) add(missing []templates.Untranslated) {
	if u.seen == nil {
		u.seen = map[string]bool{}
	}
	for _, m := range missing {
		key := m.Pos.String() + " " + m.Lang
		if u.seen[key] {
			continue
		}
		u.seen[key] = true
		u.texts = append(u.texts, m)
		if !u.seen[m.Lang] {
			u.seen[m.Lang] = true
			u.langs = append(u.langs, m.Lang)
		}
	}
}

// print writes one block for the case in path: per language, a line that
// says what is missing, the finding lang.missing-translation of each text
// with its first words, and how to have them translated.
func (u *untranslated) print(j *renderJob, path string) {
	sort.SliceStable(u.texts, func(a, b int) bool {
		pa, pb := u.texts[a].Pos, u.texts[b].Pos
		return pa.Line < pb.Line || (pa.Line == pb.Line && pa.Col < pb.Col)
	})
	for _, lang := range u.langs {
		fmt.Fprintln(j.e.stderr, "coregroup: "+j.ui.Text(locales.M("render.untranslated", "File", path, "Lang", lang)))
		for _, m := range u.texts {
			if m.Lang == lang {
				// The finding validate --doc-lang gives, at the same place,
				// quoting the text instead of naming its key.
				f := report.Finding{Rule: "lang.missing-translation", Severity: report.Error, Pos: m.Pos,
					Message: locales.M("render.untranslated-text", "Lang", lang, "Text", firstWords(m.Text))}
				fmt.Fprintln(j.e.stderr, "  "+f.Line(j.ui))
			}
		}
		po := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)) + "." + lang + ".po"
		export := "coregroup translate export --lang " + lang + " -o " + po + " " + path
		fmt.Fprintln(j.e.stderr, "  "+j.ui.Text(locales.M("render.untranslated-fix", "Command", export)))
	}
}

// firstWords quotes the start of a text: its first eight words, or fewer
// when they pass 60 characters, with an ellipsis when there is more.
func firstWords(s string) string {
	words := strings.Fields(s)
	var out []string
	n := 0
	for _, w := range words {
		if len(out) == 8 || (len(out) > 0 && n+1+utf8.RuneCountInString(w) > 60) {
			break
		}
		out = append(out, w)
		n += 1 + utf8.RuneCountInString(w)
	}
	q := strings.Join(out, " ")
	if len(out) < len(words) {
		q += "…"
	}
	return "“" + q + "”"
}
