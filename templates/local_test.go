package templates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLocalTemplatesAreUsedOrRefused: a local template that cannot be used
// stops the run with a reason; it never falls back to the built-in one.
func TestLocalTemplatesAreUsedOrRefused(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string) string // returns the --templates value
		want  string
	}{
		{"misspelt name", func(t *testing.T, dir string) string {
			write(t, filepath.Join(dir, "plans.md.tmpl"), "# x")
			return dir
		}, "plans.md.tmpl is not the template of a document: name it after the document it replaces, one of plan.md.tmpl, full-plan.md.tmpl, minutes.md.tmpl"},
		{"a folder under a template's name", func(t *testing.T, dir string) string {
			os.Mkdir(filepath.Join(dir, "plan.md.tmpl"), 0o700)
			return dir
		}, "plan.md.tmpl: a folder, not a file"},
		{"a file instead of a folder", func(t *testing.T, dir string) string {
			path := filepath.Join(dir, "plan.md.tmpl")
			write(t, path, "# x")
			return path
		}, "plan.md.tmpl: a regular file, not a folder"},
		{"no templates in the folder", func(t *testing.T, dir string) string {
			write(t, filepath.Join(dir, "notes.txt"), "x")
			return dir
		}, "no templates in it"},
		{"too large", func(t *testing.T, dir string) string {
			write(t, filepath.Join(dir, "plan.md.tmpl"), strings.Repeat("x", MaxTemplateSize+1))
			return dir
		}, "plan.md.tmpl: larger than 256 KiB"},
	}
	if os.Geteuid() != 0 { // permissions do not stop root
		tests = append(tests, struct {
			name  string
			setup func(t *testing.T, dir string) string
			want  string
		}{"unreadable", func(t *testing.T, dir string) string {
			path := filepath.Join(dir, "plan.md.tmpl")
			write(t, path, "# x")
			os.Chmod(path, 0)
			return dir
		}, "plan.md.tmpl: permission denied"})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(tc.setup(t, t.TempDir()))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v\nwant …%s…", err, tc.want)
			}
		})
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}
