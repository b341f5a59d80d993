package cli

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"coregroup/internal/golden"
	"coregroup/samples"
)

// TestCommandOutputsGolden pins what validate and schedule print over the
// samples, in every format, byte for byte: exit code, standard output and
// standard error, one txtar-like file per command in testdata/golden.
// Run make golden to accept a change, after reading the diff.
func TestCommandOutputsGolden(t *testing.T) {
	t.Parallel()
	good, _ := filepath.Glob("../../samples/*.yaml")
	if len(good) < 6 {
		t.Fatalf("found %d samples", len(good))
	}
	runs := map[string][]string{
		"validate-samples.txt":       append([]string{"validate", "--as-of", samples.Date}, good...),
		"validate-samples.json":      append([]string{"validate", "--format", "json", "--as-of", samples.Date}, good...),
		"validate-with-problems.txt": {"validate", "--as-of", samples.Date, "../../samples/with-problems"},
		"validate-with-problems.json": {"validate", "--format", "json", "--as-of", samples.Date,
			"../../samples/with-problems"},
	}
	for _, path := range good {
		name := strings.TrimSuffix(filepath.Base(path), ".yaml")
		runs["schedule-"+name+".txt"] = []string{"schedule", "--as-of", samples.Date, path}
		runs["schedule-"+name+".json"] = []string{"schedule", "--format", "json", "--as-of", samples.Date, path}
	}
	for name, args := range runs {
		t.Run(name, func(t *testing.T) {
			code, stdout, stderr := run(t, args...)
			got := fmt.Sprintf("$ coregroup %s\nexit %d\n-- stdout --\n%s-- stderr --\n%s",
				strings.Join(args, " "), code, stdout, stderr)
			golden.Check(t, filepath.Join("testdata", "golden", name), []byte(got))
		})
	}
}
