package render

import (
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// TestMarkedMarkdown: front matter that YAML reads with every field, the
// marking line above and below the document, which is kept as it was.
func TestMarkedMarkdown(t *testing.T) {
	m := testMeta()
	m.Banner, m.Creator = "FICTITIOUS EXAMPLE: not a real case", "coregroup v1.2.3"
	m.Created = time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	m.Title = `Plan: "Ella" & co`
	src := "# Plan\n\nBody *text*.\n"
	out, err := MarkedMarkdown([]byte(src), m)
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	fm, rest, ok := strings.Cut(strings.TrimPrefix(s, "---\n"), "\n---\n")
	if !strings.HasPrefix(s, "---\n") || !ok {
		t.Fatalf("no front matter:\n%s", s)
	}
	var got map[string]any
	if err := yaml.Unmarshal([]byte(fm), &got); err != nil {
		t.Fatalf("front matter: %v\n%s", err, fm)
	}
	for k, v := range map[string]string{"title": m.Title, "lang": "en", "date": "2026-03-02", "protective-marking": "OFFICIAL-SENSITIVE",
		"case-reference": "CG-TEST-0001", "fictitious": m.Banner, "generator": "coregroup v1.2.3"} {
		if got[k] != v {
			t.Errorf("%s: %v, want %q", k, got[k], v)
		}
	}
	line := "**OFFICIAL-SENSITIVE** · **CG-TEST-0001** · **FICTITIOUS EXAMPLE: not a real case**"
	if want := "\n" + line + "\n\n* * *\n\n" + src + "\n* * *\n\n" + line + "\n"; rest != want {
		t.Errorf("after the front matter:\n%s\nwant\n%s", rest, want)
	}
	if _, err := Parse(out); err != nil {
		t.Error(err)
	}
	plain, _ := MarkedMarkdown([]byte(src), Meta{})
	if !strings.HasSuffix(string(plain), "---\n\n"+src) {
		t.Errorf("with no marking the document follows the front matter:\n%s", plain)
	}
}
