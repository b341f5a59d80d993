package templates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"coregroup/samples"
)

// TestTemplatesAreStoppedAtTheirLimits: a local template that loops
// without end, writes without end or grows a string without end is
// stopped with an error that names it.
func TestTemplatesAreStoppedAtTheirLimits(t *testing.T) {
	tests := []struct {
		name, src string
		timeout   time.Duration
		want      string
	}{
		// A space a time, so that the template is stopped once timed out.
		{"a long loop", "{{range 2000000000}} {{end}}", 200 * time.Millisecond, "agenda.md.tmpl: the template ran for more than 200ms for one document"},
		{"a loop that writes", "{{range 2000000000}}{{printf \"%01000d\" 1}}{{end}}", time.Minute, "agenda.md.tmpl: the template wrote more than 8 MiB for one document"},
		{"a string doubled", "{{$x := \"ab\"}}{{range 40}}{{$x = printf \"%s%s\" $x $x}}{{end}}{{len $x}}", time.Minute, "more than 8 MiB"},
		{"a string doubled by print", "{{$x := \"ab\"}}{{range 40}}{{$x = print $x $x}}{{end}}{{len $x}}", time.Minute, "more than 8 MiB"},
	}
	c := loadSample(t, "../samples/siblings.yaml")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "agenda.md.tmpl"), []byte(tc.src), 0o600); err != nil {
				t.Fatal(err)
			}
			set, err := Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			set.timeout = tc.timeout
			_, err = set.Write(c, "agenda", Options{Lang: "en", AsOf: samples.Day})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want …%s…", err, tc.want)
			}
		})
	}
	// Within the limits, print and printf work as ever.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "agenda.md.tmpl"), []byte(`{{printf "%s-%d" "a" 1}} {{print "b" 2}}`), 0o600)
	set, _ := Load(dir)
	docs, err := set.Write(c, "agenda", Options{Lang: "en", AsOf: samples.Day})
	if err != nil || string(docs[0].Markdown) != "a-1 b2\n" {
		t.Fatalf("got %v", err)
	}
}
