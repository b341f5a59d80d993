package locales

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
)

// Glossary writes docs/glossary.md from the termbase: its introduction; a
// table with, for each term, the English, the accepted Welsh forms and
// their mutations, the ruled-out variants, the messages that use the term
// and the source; its notes; and in one list everything a translator must
// still sign off: the unverified terms and the termbase's other questions.
func (tb *Termbase) Glossary() ([]byte, error) {
	used, err := tb.messagesUsing()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString("# Welsh glossary (Geirfa)\n\n")
	b.WriteString("<!-- Generated from locales/terms.yaml by `make gen`: edit that file, not this one. -->\n\n")
	b.WriteString(strings.TrimSpace(tb.Intro) + "\n\n")
	b.WriteString("`coregroup translate check` holds the Welsh to this table: where a message's or a case text's\n" +
		"English has a term, its Welsh must have one of the term's forms (a mutated form counts), and no\n" +
		"ruled-out variant may appear. **WSP-cy** is the Wales Safeguarding Procedures in Welsh\n" +
		"(Gweithdrefnau Diogelu Cymru, safeguarding.wales/cy or diogelu.cymru). **UNVERIFIED** marks a\n" +
		"term with no official Welsh source yet; each is listed for sign-off at the end.\n\n")
	b.WriteString("## Terms\n\n")
	b.WriteString("| English | Welsh | Mutated forms also accepted | Not | Used in | Source |\n|---|---|---|---|---|---|\n")
	for i := range tb.Terms {
		t := &tb.Terms[i]
		english := strings.Join(t.EN, "; ")
		if t.Label {
			english += " (as a label)"
		}
		source := cell(t.Source)
		if !t.Verified {
			source = "UNVERIFIED: " + source
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", english, welshCell(t), mutationsCell(t),
			ruledOutCell(t), usedCell(used[t]), source)
	}
	b.WriteString("\n" + strings.TrimSpace(tb.Notes) + "\n\n")
	b.WriteString("## For a translator's sign-off\n\n")
	b.WriteString("These terms have no official Welsh source yet. Each uses the safest standard form that could be\n" +
		"chosen. Once a translator has checked one, set `verified: true` and its source in\n" +
		"locales/terms.yaml, then run `make gen`.\n\n")
	for i := range tb.Terms {
		t := &tb.Terms[i]
		if !t.Verified {
			fmt.Fprintf(&b, "- **%s**: *%s*. %s\n", strings.Join(t.EN, "; "), strings.Join(t.CY, "; "), cell(t.Check))
		}
	}
	b.WriteString("\nAnd these questions, which are not about one term:\n\n")
	for i, q := range tb.Checks {
		fmt.Fprintf(&b, "%d. **%s.** %s\n", i+1, q.Title, cell(q.Text))
	}
	return b.Bytes(), nil
}

// messagesUsing maps each term to the ids of the English messages that use
// it, in id order.
func (tb *Termbase) messagesUsing() (map[*Term][]string, error) {
	src, err := messages(Source.String())
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(src))
	for id := range src {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	used := map[*Term][]string{}
	for _, id := range ids {
		for t := range tb.termsIn(normalise(src[id].forms["other"])) {
			used[t] = append(used[t], id)
		}
	}
	return used, nil
}

func welshCell(t *Term) string {
	forms := make([]string, len(t.CY))
	for i, f := range t.CY {
		forms[i] = "*" + f + "*"
	}
	forms[0] = "**" + t.CY[0] + "**"
	return strings.Join(forms, "; ")
}

func mutationsCell(t *Term) string {
	var out []string
	for _, f := range t.CY {
		out = append(out, mutations(normalise(f))...)
	}
	return strings.Join(out, ", ")
}

func ruledOutCell(t *Term) string {
	var out []string
	for _, v := range t.Forbidden {
		out = append(out, fmt.Sprintf("*%s* (%s)", v.Text, v.Why))
	}
	for _, v := range t.WrongHere {
		out = append(out, fmt.Sprintf("*%s*, for this term (%s)", v.Text, v.Why))
	}
	return strings.Join(out, "; ")
}

// usedCell lists message ids, writing a family of more than three as
// prefix.* with its count, so the column stays short.
func usedCell(ids []string) string {
	var out []string
	for i := 0; i < len(ids); {
		prefix, _, _ := strings.Cut(ids[i], ".")
		j := i
		for j < len(ids) && strings.HasPrefix(ids[j], prefix+".") {
			j++
		}
		if j-i > 3 {
			out = append(out, fmt.Sprintf("`%s.*` (%d)", prefix, j-i))
		} else {
			for _, id := range ids[i:max(j, i+1)] {
				out = append(out, "`"+id+"`")
			}
		}
		i = max(j, i+1)
	}
	return strings.Join(out, ", ")
}

// cell makes text fit one Markdown table cell or list item: one line, no
// bar.
func cell(s string) string {
	return strings.ReplaceAll(strings.Join(strings.Fields(s), " "), "|", "/")
}
