package translation

import (
	"bytes"
	"maps"
	"os"
	"strings"
	"testing"

	"coregroup/casefile"
	"coregroup/internal/golden"
)

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// minimal returns testdata/minimal.yaml, the smallest case that loads
// without problems.
func minimal(t *testing.T) string {
	return string(readFile(t, "testdata/minimal.yaml"))
}

// keyedTexts loads a case that must load without errors.
func keyedTexts(t *testing.T, name string, data []byte) (*casefile.Case, []casefile.KeyedText) {
	t.Helper()
	c, texts, probs := casefile.KeyedTexts(name, data)
	if err := probs.Err(); err != nil {
		t.Fatalf("%s does not load:\n%v", name, err)
	}
	return c, texts
}

// translations returns f of each text's English for every text that has
// English.
func translations(t *testing.T, name string, data []byte, f func(en string) string) map[string]string {
	t.Helper()
	c, texts := keyedTexts(t, name, data)
	entries, _ := Entries(c, texts, "cy", "en", noDocuments)
	out := map[string]string{}
	for _, e := range entries {
		_, path, _ := SplitContext(e.Context)
		out[path] = f(e.ID)
	}
	return out
}

// checkTranslated checks that every text of after reads as want in Welsh
// and as before in every other language.
func checkTranslated(t *testing.T, before, after []byte, want map[string]string) {
	t.Helper()
	c, was := keyedTexts(t, "before.yaml", before)
	_, now := keyedTexts(t, "after.yaml", after)
	if len(was) != len(now) {
		t.Fatalf("%d texts before, %d after", len(was), len(now))
	}
	plain := c.PlainLanguage()
	for i, b := range was {
		a := now[i]
		if a.Path != b.Path {
			t.Fatalf("text %d is %s, was %s", i, a.Path, b.Path)
		}
		bv, av := langValues(b.Text, plain), langValues(a.Text, plain)
		if tr, ok := want[b.Path]; ok {
			if got, _ := a.Text.In("cy", plain); got != tr {
				t.Errorf("%s reads %q in Welsh, want %q", a.Path, got, tr)
			}
			for _, m := range []map[string]string{bv, av} {
				delete(m, "cy")
				delete(m, "cy-GB")
			}
		}
		if !maps.Equal(bv, av) {
			t.Errorf("%s: other languages changed: %q, was %q", a.Path, av, bv)
		}
	}
}

func TestSpliceEveryShape(t *testing.T) {
	data := readFile(t, "testdata/po/shapes.yaml")
	want := translations(t, "shapes.yaml", data, func(en string) string { return "Cymraeg – " + en })
	out, n, err := Splice("shapes.yaml", data, "cy", "en", want)
	if err != nil {
		t.Fatal(err)
	}
	if n != len(want) {
		t.Errorf("%d texts changed, want %d", n, len(want))
	}
	checkTranslated(t, data, out, want)
	golden.Check(t, "testdata/po/shapes.golden", out)
	again, n, err := Splice("shapes.yaml", out, "cy", "en", want)
	if err != nil || n != 0 || !bytes.Equal(again, out) {
		t.Errorf("splicing the same translations again: %d changed, err %v", n, err)
	}
}

// hostile are translations that a careless writer of YAML would break.
var hostile = []string{
	`He said "no": it's {fine} # really`,
	"line one\nline two",
	"  leading spaces",
	"trailing spaces  ",
	"- a dash, [brackets], {braces}",
	"null", "true", "~", "123", "2026-03-13",
	"#hash first", "a: b", "key:", "tab\there", `'single' and \backslash`,
	"first\n\n  indented after a blank line",
	"| pipe", "> angle", "%percent @at `tick` &amp *star !tag",
	"ŵ ŷ â — “Welsh” quotes",
	"x\u00a0non-breaking space",
	"All of it: \"q\" 'q' #h {b} [s] \\ \t and\n  a second line: - x",
}

func TestSpliceHostileTranslations(t *testing.T) {
	plain := readFile(t, "testdata/po/shapes.yaml")
	crlf := append([]byte("\uFEFF"), bytes.ReplaceAll(plain, []byte("\n"), []byte("\r\n"))...)
	for _, file := range []struct {
		name string
		data []byte
	}{{"shapes.yaml", plain}, {"shapes-crlf-bom.yaml", crlf}} {
		paths := translations(t, file.name, file.data, func(string) string { return "" })
		for _, h := range hostile {
			want := map[string]string{}
			for p := range paths {
				want[p] = h
			}
			out, _, err := Splice(file.name, file.data, "cy", "en", want)
			if err != nil {
				t.Errorf("%s, %q: %v", file.name, h, err)
				continue
			}
			checkTranslated(t, file.data, out, want)
			if file.name != "shapes.yaml" {
				if !bytes.HasPrefix(out, []byte("\uFEFF")) || bytes.Count(out, []byte("\n")) != bytes.Count(out, []byte("\r\n")) {
					t.Errorf("%q: the byte-order mark or CRLF line breaks are lost", h)
				}
			}
			again, n, err := Splice(file.name, out, "cy", "en", want)
			if err != nil || n != 0 || !bytes.Equal(again, out) {
				t.Errorf("%s, %q: splicing again changed %d texts (err %v)", file.name, h, n, err)
			}
		}
	}
}

// textLines returns the lines (from 1) that hold a text's value, found
// from the indentation alone: a block scalar's lines are the indicator's
// and those indented more than its key.
func textLines(t *testing.T, data []byte) map[int]bool {
	_, texts := keyedTexts(t, "case.yaml", data)
	lines := strings.Split(string(data), "\n")
	in := map[int]bool{}
	for _, kt := range texts {
		line := kt.Text.Pos.Line
		in[line] = true
		text := lines[line-1]
		v := []rune(text)[kt.Text.Pos.Col-1]
		if v != '|' && v != '>' {
			continue
		}
		rest := strings.TrimLeft(text, " ")
		ind := len(text) - len(rest)
		if strings.HasPrefix(rest, "- ") && rest[2] != '|' && rest[2] != '>' {
			ind += 2
		}
		for l := line + 1; l <= len(lines); l++ {
			s := lines[l-1]
			if strings.TrimSpace(s) != "" && len(s)-len(strings.TrimLeft(s, " ")) <= ind {
				break
			}
			in[l] = true
		}
	}
	return in
}

// subsequence reports the first of want that is not in got in order.
func subsequence(want, got []string) (string, bool) {
	i := 0
	for _, w := range want {
		for i < len(got) && got[i] != w {
			i++
		}
		if i == len(got) {
			return w, false
		}
		i++
	}
	return "", true
}

func TestSpliceRoundTripOfAnEnglishCase(t *testing.T) {
	data := readFile(t, "../samples/wales-resolution.yaml")
	want := translations(t, "wales-resolution.yaml", data, func(en string) string { return "CY: " + en })
	out, n, err := Splice("wales-resolution.yaml", data, "cy", "en", want)
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 || n != len(want) {
		t.Fatalf("%d texts changed of %d", n, len(want))
	}
	checkTranslated(t, data, out, want)

	// Every line that is not part of a text, comments first, is kept in order.
	in := textLines(t, data)
	var kept, comments []string
	for i, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "#") {
			comments = append(comments, l)
		}
		if !in[i+1] {
			kept = append(kept, l)
		}
	}
	outLines := strings.Split(string(out), "\n")
	if l, ok := subsequence(comments, outLines); !ok {
		t.Errorf("comment lost or moved: %q", l)
	}
	if l, ok := subsequence(kept, outLines); !ok {
		t.Errorf("line lost or moved: %q", l)
	}

	// Exported again, every text is translated; imported again, nothing changes.
	c, texts := keyedTexts(t, "out.yaml", out)
	entries, skipped := Entries(c, texts, "cy", "en", noDocuments)
	if len(entries) != len(want) || len(skipped) != 0 {
		t.Errorf("%d entries and %d skipped, want %d entries", len(entries), len(skipped), len(want))
	}
	for _, e := range entries {
		if e.Str != "CY: "+e.ID {
			t.Errorf("%s: msgstr %q", e.Context, e.Str)
		}
	}
	again, n, err := Splice("out.yaml", out, "cy", "en", want)
	if err != nil || n != 0 || !bytes.Equal(again, out) {
		t.Errorf("importing again changed %d texts (err %v)", n, err)
	}
}

func TestSpliceBilingualCaseChangesNothing(t *testing.T) {
	data := readFile(t, "../samples/wales-welsh.yaml")
	c, texts := keyedTexts(t, "wales-welsh.yaml", data)
	entries, skipped := Entries(c, texts, "cy", "en", noDocuments)
	if len(entries) == 0 || len(skipped) != 0 {
		t.Fatalf("%d entries, %d skipped", len(entries), len(skipped))
	}
	want := map[string]string{}
	for _, e := range entries {
		if e.Str == "" {
			t.Errorf("%s has no msgstr", e.Context)
		}
		_, path, _ := SplitContext(e.Context)
		want[path] = e.Str
	}
	out, n, err := Splice("wales-welsh.yaml", data, "cy", "en", want)
	if err != nil || n != 0 || !bytes.Equal(out, data) {
		t.Errorf("%d texts changed (err %v)", n, err)
	}
}

func TestKeyedTextPaths(t *testing.T) {
	_, texts := keyedTexts(t, "shapes.yaml", readFile(t, "testdata/po/shapes.yaml"))
	var paths []string
	seen := map[string]bool{}
	for _, kt := range texts {
		if seen[kt.Path] {
			t.Errorf("path %s twice", kt.Path)
		}
		seen[kt.Path] = true
		paths = append(paths, kt.Path)
	}
	for _, p := range []string{
		"children[ella].views",
		"children[ella].plan.worries[w-food].child",
		"children[ella].plan.seen[0].how_often",
		"meetings[0].working_well[3]",
		"meetings[0].complicating[1]",
	} {
		if !seen[p] {
			t.Errorf("no text %s; have\n%s", p, strings.Join(paths, "\n"))
		}
	}
	if texts[0].Key != "views" || !strings.Contains(texts[0].Doc, "own views") {
		t.Errorf("first text: %+v", texts[0])
	}
}

func TestSpliceRefuses(t *testing.T) {
	withViews := strings.Replace(minimal(t), "    name: Ella Example\n", "    name: Ella Example\n    views: hello\n", 1)
	tests := []struct {
		name, yaml, path, tr, err string
	}{
		{"a plain scalar over lines in a flow list", minimal(t) + "meetings:\n  - worries: [a plain text\n      on two lines]\n",
			"meetings[0].worries[0]", "Cymraeg", "cannot tell where the text ends"},
		{"a path that names no text", minimal(t), "children[ella].views", "Cymraeg", "no text children[ella].views"},
		{"a file that does not load", withViews + "chiar: x\n", "children[ella].views", "Cymraeg", "does not load"},
		{"an empty translation", withViews, "children[ella].views", "\n", "is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := Splice("case.yaml", []byte(tt.yaml), "cy", "en", map[string]string{tt.path: tt.tr})
			if err == nil || !strings.Contains(err.Error(), tt.err) || out != nil {
				t.Errorf("err = %v, want %q", err, tt.err)
			}
		})
	}
}

// noDocuments is an Entries appearsIn that names no document.
func noDocuments(string) string { return "" }
