package casefile

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"coregroup/locales"
)

// TestEveryLoadMessageExists makes sure each message the loader can give
// is in the English message file, so no user ever sees a bare id.
func TestEveryLoadMessageExists(t *testing.T) {
	ids := map[string]bool{}
	literal := regexp.MustCompile(`"(load\.[a-z.-]+)"`)
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range literal.FindAllStringSubmatch(string(src), -1) {
			if !strings.HasSuffix(m[1], ".") && m[1] != "load.wrong-type" && m[1] != "load.unknown-ref" {
				ids[m[1]] = true
			}
		}
	}
	for _, want := range []string{"date", "time", "list", "text", "number", "true-false", "id", "mapping", "entries"} {
		ids["load.wrong-type."+want] = true
	}
	for _, typ := range modelTypes() {
		for _, f := range fieldsOf(typ) {
			if f.ref != nil {
				id := "load.unknown-ref." + strings.Join(f.ref, "-")
				ids[id], ids[id+".suggest"] = true, true
			}
		}
	}
	if len(ids) < 30 {
		t.Fatalf("found only %d message ids: the scan is broken", len(ids))
	}
	en := locales.English()
	for id := range ids {
		if got := en.Text(locales.Message{ID: id}); strings.HasPrefix(got, "["+id) {
			t.Errorf("message %s is missing from locales/en.yaml", id)
		}
	}
}
