//go:build unix

package cli

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestNamedPipesAreRefusedNotWaitedOn: a named pipe where coregroup
// expects a file would block a run forever; every input refuses one.
func TestNamedPipesAreRefusedNotWaitedOn(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	good := writeFile(t, dir, "good.yaml", goodCase)
	po := writeFile(t, dir, "case.po", "msgid \"\"\nmsgstr \"Language: cy\\n\"\n")
	fifo := func(path string) string {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := syscall.Mkfifo(path, 0o600); err != nil {
			t.Skipf("cannot make a named pipe here: %v", err)
		}
		return path
	}
	pipe := fifo(filepath.Join(dir, "pipe.yaml"))
	folder := filepath.Dir(fifo(filepath.Join(dir, "cases", "b.yaml")))
	writeFile(t, folder, "a.yaml", goodCase)
	tmpl := filepath.Dir(fifo(filepath.Join(dir, "tmpl", "plan.md.tmpl")))
	policies := filepath.Dir(fifo(filepath.Join(dir, "policies", "local.yaml")))
	words := filepath.Join(dir, "words-policy")
	writeFile(t, words, "local.yaml", readText(t, "../../policy/profiles/england.yaml"))
	fifo(filepath.Join(words, "words", "vague.en.txt"))
	out := t.TempDir()
	tests := [][]string{
		{"validate", pipe},
		{"validate", folder},
		{"validate", "--holidays", pipe, good},
		{"validate", "--policy-dir", policies, good},
		{"validate", "--policy-dir", words, good},
		{"render", "-o", out, "--templates", tmpl, good},
		{"render", "-o", out, pipe},
		{"schedule", pipe},
		{"translate", "export", "--lang", "cy", pipe},
		{"translate", "import", pipe, good},
		{"translate", "import", po, pipe},
		{"translate", "check", pipe},
		{"workdays", "--holidays", pipe, "2026-12-24", "10"},
	}
	for _, args := range tests {
		type result struct {
			code   ExitCode
			stderr string
		}
		done := make(chan result, 1)
		go func() {
			code, _, stderr := run(t, args...)
			done <- result{code, stderr}
		}()
		select {
		case r := <-done:
			if r.code != ExitFailed || !strings.Contains(r.stderr, "a named pipe (FIFO), not a file") {
				t.Errorf("%v: exit %d, stderr %q", args, r.code, r.stderr)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%v: blocked on a named pipe", args)
		}
	}
	if entries, _ := os.ReadDir(out); len(entries) > 0 {
		t.Errorf("files written: %v", entries)
	}
}
