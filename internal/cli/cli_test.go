package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coregroup/samples"
)

// goodCase is a complete case that passes every check as on samples.Date.
var goodCase = func() string {
	src, err := os.ReadFile("../../check/testdata/base.yaml")
	if err != nil {
		panic(err)
	}
	return string(src)
}()

// badCase is the good case with a misspelt key on line 8, column 3.
const badCase = `version: 1
ref: CG-TEST-2
policy: england
children:
  - id: ella
    name: Ella Example
chairing:
  chiar: ella
`

// run runs coregroup with args and returns its exit code and output.
func run(t *testing.T, args ...string) (ExitCode, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Main(args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestValidate(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	good := writeFile(t, dir, "good.yaml", goodCase)
	bad := writeFile(t, dir, "sub/bad.yaml", badCase)
	writeFile(t, dir, "sub/notes.txt", "not a case")
	unknownPolicy := writeFile(t, dir, "policy.yaml", strings.Replace(goodCase, "policy: england", "policy: narnia", 1))

	tests := []struct {
		name   string
		args   []string
		code   ExitCode
		stdout []string // parts that must appear
		stderr string
	}{
		{"good file", []string{good}, ExitOK, []string{"Files checked: 1. Errors: 0."}, ""},
		{"misspelt key", []string{bad}, ExitFindings, []string{bad + `:8:3: error load.unknown-key: unknown key "chiar": did you mean "chair"?`, "Errors: 1."}, ""},
		{"directory finds yaml below it", []string{dir}, ExitFindings, []string{"Files checked: 3.", "sub/bad.yaml:8:3"}, ""},
		{"check rule runs on a loaded case", []string{unknownPolicy}, ExitFindings, []string{":6:9: error case.policy-known:"}, ""},
		{"flags after files", []string{bad, "--format", "json"}, ExitFindings, []string{`"rule": "load.unknown-key"`}, ""},
		{"missing file", []string{filepath.Join(dir, "nope.yaml")}, ExitFailed, nil, "no such file"},
		{"no files", nil, ExitFailed, nil, "no case file given"},
		{"bad format", []string{"--format", "xml", good}, ExitFailed, nil, `unknown --format "xml"`},
		{"bad as-of", []string{"--as-of", "26/11/2026", good}, ExitFailed, nil, "YYYY-MM-DD"},
		{"unknown policy directory", []string{"--policy-dir", filepath.Join(dir, "none"), good}, ExitFailed, nil, "policy directory"},
		{"bad holidays file", []string{"--holidays", good, good}, ExitFailed, nil, "good.yaml"},
		{"bad flag", []string{"--colour", good}, ExitFailed, nil, "flag provided but not defined"},
		{"documents in Welsh", []string{"--doc-lang", "cy", good}, ExitFindings, []string{":15:12: error lang.missing-translation: views has no cy version"}, ""},
		{"bilingual documents", []string{"--doc-lang", "cy+en", good}, ExitFindings, []string{"views has no cy version"}, ""},
		{"documents in a language coregroup does not write", []string{"--doc-lang", "pl", good}, ExitFailed, nil, `--doc-lang: no messages in "pl"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := run(t, append([]string{"validate", "--as-of", samples.Date}, tt.args...)...)
			if code != tt.code {
				t.Errorf("exit code %d, want %d; stderr: %s", code, tt.code, stderr)
			}
			for _, part := range tt.stdout {
				if !strings.Contains(stdout, part) {
					t.Errorf("stdout lacks %q:\n%s", part, stdout)
				}
			}
			if !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, stderr)
			}
		})
	}
}

func TestValidateJSON(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	bad := writeFile(t, dir, "bad.yaml", badCase)
	good := writeFile(t, dir, "good.yaml", goodCase)
	code, stdout, _ := run(t, "validate", "--as-of", samples.Date, "--format", "json", bad, good)
	if code != ExitFindings {
		t.Errorf("exit code %d", code)
	}
	var got struct {
		Findings []map[string]any `json:"findings"`
		Files    int              `json:"files"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, stdout)
	}
	want := map[string]any{"rule": "load.unknown-key", "severity": "error", "file": bad,
		"line": 8.0, "column": 3.0, "message": `unknown key "chiar": did you mean "chair"?`}
	if got.Files != 2 || len(got.Findings) != 1 {
		t.Fatalf("got %+v", got)
	}
	for k, v := range want {
		if got.Findings[0][k] != v {
			t.Errorf("%s = %v, want %v", k, got.Findings[0][k], v)
		}
	}
}

func TestValidateCleanJSONHasEmptyList(t *testing.T) {
	t.Parallel()
	good := writeFile(t, t.TempDir(), "good.yaml", goodCase)
	_, stdout, _ := run(t, "validate", "--as-of", samples.Date, "--format=json", good)
	if !strings.Contains(stdout, `"findings": []`) {
		t.Errorf("want an empty findings list, got %s", stdout)
	}
}

func TestInit(t *testing.T) {
	t.Parallel()
	for _, policy := range []string{"england", "west-midlands", "wales", "scotland"} {
		code, stdout, stderr := run(t, "init", "--policy", policy, "--lang", "cy")
		if code != ExitOK {
			t.Fatalf("%s: exit %d: %s", policy, code, stderr)
		}
		if !strings.HasPrefix(stdout, "# yaml-language-server: $schema=case.schema.json\n") {
			t.Errorf("%s: the skeleton does not start with the schema modeline:\n%.200s", policy, stdout)
		}
		path := writeFile(t, t.TempDir(), "new.yaml", stdout)
		if code, out, _ := run(t, "validate", path); strings.Contains(out, "load.") {
			t.Errorf("%s: skeleton has load errors (exit %d):\n%s", policy, code, out)
		}
		// A split core group is rare: its groups are there to uncomment.
		if !strings.Contains(stdout, "\n#groups:\n") || strings.Contains(stdout, "\ngroups:") {
			t.Errorf("%s: groups: is not commented out", policy)
		}
	}
	if code, _, stderr := run(t, "init"); code != ExitFailed || !strings.Contains(stderr, "--policy") {
		t.Errorf("init without --policy: exit %d, %s", code, stderr)
	}
}

func TestSchemaCommandPrintsJSONSchema(t *testing.T) {
	t.Parallel()
	code, stdout, _ := run(t, "schema")
	var s map[string]any
	if code != ExitOK || json.Unmarshal([]byte(stdout), &s) != nil {
		t.Fatalf("exit %d, output not JSON", code)
	}
	if s["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %v", s["$schema"])
	}
}

func TestHelpAndUnknownCommand(t *testing.T) {
	t.Parallel()
	if code, stdout, _ := run(t, "help"); code != ExitOK || !strings.Contains(stdout, "validate") {
		t.Errorf("help: exit %d\n%s", code, stdout)
	}
	if code, _, stderr := run(t, "frobnicate"); code != ExitFailed || !strings.Contains(stderr, `unknown command "frobnicate"`) {
		t.Errorf("unknown command: exit %d, %s", code, stderr)
	}
	if code, _, _ := run(t, "validate", "-h"); code != ExitOK {
		t.Errorf("validate -h: exit %d", code)
	}
}

func TestDoubleDashEndsFlags(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, dir, "-odd-name.yaml", goodCase)
	t.Chdir(dir)
	code, stdout, stderr := run(t, "validate", "--as-of", samples.Date, "--", filepath.Base(path))
	if code == ExitFailed || !strings.Contains(stdout, "Files checked: 1.") {
		t.Errorf("exit %d\n%s%s", code, stdout, stderr)
	}
}

// TestCommandListIsComplete keeps the one list of commands in the order
// help prints it, each command once and runnable.
func TestCommandListIsComplete(t *testing.T) {
	t.Parallel()
	for i, c := range commands {
		if c.run == nil || c.usage == "" || c.summary == "" {
			t.Errorf("command %q lacks a run function, usage or summary", c.name)
		}
		if i > 0 && commands[i-1].name >= c.name {
			t.Errorf("command %q comes after %q: keep the list sorted by name, each command once", c.name, commands[i-1].name)
		}
		if lookup(c.name) != c {
			t.Errorf("lookup(%q) does not find it", c.name)
		}
	}
	for _, sub := range []*command{exportCommand, importCommand} {
		if sub.run == nil {
			t.Errorf("%s has no run function", sub.name)
		}
	}
}

// writeSample writes a changed copy of a sample into a new temporary
// folder, with the pictures the samples name beside it.
func writeSample(t *testing.T, name, content string) string {
	t.Helper()
	dir := t.TempDir()
	pics, err := filepath.Glob("../../samples/pictures/*")
	if err != nil || len(pics) == 0 {
		t.Fatalf("no sample pictures: %v", err)
	}
	for _, p := range pics {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, dir, filepath.Join("pictures", filepath.Base(p)), string(data))
	}
	return writeFile(t, dir, name, content)
}
