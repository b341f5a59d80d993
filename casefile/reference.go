package casefile

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
)

// Reference returns docs/case-format.md: the case file format explained
// for the people who write case files, every key with its meaning and an
// example, generated from the struct tags the loader reads.
func Reference() []byte {
	var b bytes.Buffer
	b.WriteString(referenceIntro)
	var order []reflect.Type
	paths := map[reflect.Type][]string{}
	var walk func(t reflect.Type, path string)
	walk = func(t reflect.Type, path string) {
		if _, seen := paths[t]; !seen {
			order = append(order, t)
		}
		paths[t] = append(paths[t], path)
		if len(paths[t]) > 1 {
			return
		}
		for _, f := range fieldsOf(t) {
			ft, p := f.typ, join(path, f.key)
			for ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice {
				if ft.Kind() == reflect.Slice {
					p += "[]"
				}
				ft = ft.Elem()
			}
			if isModelStruct(ft) {
				walk(ft, p)
			}
		}
	}
	walk(reflect.TypeFor[Case](), "")
	for _, t := range order {
		title := "The top level"
		if p := paths[t][0]; p != "" {
			title = "`" + p + "`"
		}
		fmt.Fprintf(&b, "\n## %s\n\n", title)
		if len(paths[t]) > 1 {
			fmt.Fprintf(&b, "Also used at: `%s`.\n\n", strings.Join(paths[t][1:], "`, `"))
		}
		b.WriteString("| key | what it is | type | example |\n|---|---|---|---|\n")
		for _, f := range fieldsOf(t) {
			key := "`" + f.key + "`"
			if f.required {
				key += " (required)"
			}
			ex := ""
			if f.example != "" {
				ex = "`" + cell(f.example) + "`"
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", key, cell(f.doc), cell(typeName(f.typ, &f)), ex)
		}
	}
	return b.Bytes()
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func cell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

// typeName describes a value's type in words.
func typeName(t reflect.Type, f *field) string {
	switch {
	case t.Kind() == reflect.Pointer:
		return typeName(t.Elem(), f)
	case t.Kind() == reflect.Slice:
		return "list of " + typeName(t.Elem(), f)
	case t == dateType:
		return "date"
	case t == clockType:
		return "time"
	case t == textType:
		return "localised text"
	case t == refType:
		return "id of a " + strings.Join(f.ref, " or ")
	case isModelStruct(t):
		return "section"
	case t.Kind() == reflect.Bool:
		return "true or false"
	case t.Kind() == reflect.Int:
		if f.min != nil && f.max != nil {
			return fmt.Sprintf("whole number %d to %d", *f.min, *f.max)
		}
		return "whole number"
	case f.enum != nil:
		return "one of " + strings.Join(f.enum, ", ")
	case f.id != "":
		return "id"
	case f.lang:
		return "language tag"
	}
	return "text"
}

const referenceIntro = `<!-- Generated from casefile/*.go by "make gen"; do not edit by hand. -->
# The case file format, version 1

A case file is one YAML file per child protection case. coregroup checks it
(` + "`coregroup validate`" + `) and writes the core group's documents from it. This page
lists every key. Start a new case with ` + "`coregroup init --policy wales`" + ` (or england,
west-midlands, scotland): it prints a form with every section and a line on each.

## How values are written

- **Dates** are year-month-day: ` + "`2026-03-02`" + `. An impossible date such as 2026-02-30 is an error.
- **Times** are on the 24-hour clock: ` + "`14:30`" + `.
- **Ids** are short names you choose for people, worries, outcomes, actions, requests and groups, in
  lower-case letters, digits, ` + "`-`" + ` and ` + "`_`" + `: ` + "`mum`, `sw-hughes`, `a-school`" + `. Other parts of the file
  refer to them by id (` + "`who: sw-hughes`" + `), never by name. Person ids are shared by
  children, family and members, so each person has one.
- **Localised text** (free text such as worries, actions and minutes) is either a plain string,
  written in the file's ` + "`text_language`" + ` (English unless you say otherwise), or a text per
  language, Welsh first for a Welsh-speaking family:

  ` + "```yaml" + `
  text: {cy: "Mae Ela wedi colli llawer o ysgol.", en: "Ella has missed a lot of school."}
  ` + "```" + `

  Longer text can use a YAML block: ` + "`text: >-`" + ` and the text indented on the next lines.
  Text that starts with a quotation mark (a child's own words) must be written as a block,
  or YAML takes the quotation marks for its own.
- **Lists** are written one item per line with a dash, or in brackets: ` + "`present: [mum, sw-hughes]`" + `.
- A key may be left empty (` + "`venue:`" + `) until you know the value, except the keys marked
  required. Each key may appear once in a section.
- **child** keys hold the same words a child of 8 will read in their copy of the plan.
- ` + "`fictitious: true`" + ` marks an invented case: training material and the samples.

Anchors and aliases (` + "`&`, `*`, `<<`" + `) are not used. The file must be UTF-8 text; a byte-order
mark and Windows line ends are fine.

## Cases that need more

- **A pre-birth plan**: give the unborn child ` + "`expected:`" + ` (the expected date of delivery) and
  no ` + "`born:`" + `; no views are asked of an unborn baby. When the baby is born, add ` + "`born:`" + `
  and the baby's name, and the same plan carries on (samples/pre-birth.yaml).
- **A split core group**, after a split conference: list the groups under ` + "`groups:`" + ` with the
  family members of each, and say in each meeting which group met (` + "`group:`" + `;
  samples/split-core-group.yaml).
- **Who set a personal outcome and who changed it** (Wales): ` + "`set_at:`" + ` is the date of the
  conference that set it, and each change goes under ` + "`changes:`" + ` with ` + "`by: conference`" + `
  or ` + "`by: core-group`" + `.
- **A meeting**: who joined by phone or video (` + "`remote:`" + `), who interpreted for whom
  (` + "`interpreters:`" + `), the language it was held in (` + "`language:`" + `), who received the
  record and when (` + "`circulation:`" + `, or one date in ` + "`circulated:`" + `), why someone else
  chaired by agreement (` + "`chair_agreed:`" + `), the professionals' meeting after scores far apart
  (` + "`professionals_meeting:`" + `) and the review of a delay of the resolution trigger
  (` + "`delay_reviewed:`" + `).

## Checking as you type

Put this first line in a case file and editors with the YAML language server (VS Code's YAML
extension, for one) complete keys and underline mistakes as you type:

` + "```yaml" + `
# yaml-language-server: $schema=../docs/case.schema.json
` + "```" + `

The schema is also printed by ` + "`coregroup schema`" + `. It cannot see every mistake
(a reference to an id that does not exist, a date that does not exist): ` + "`coregroup validate`" + `
does, and says where.
`
