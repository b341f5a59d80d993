package cli

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"coregroup/samples"
)

// TestHelpGoesToStdout: --help, -h and help COMMAND print the same usage
// to stdout and exit 0; a bad flag prints to stderr and exits 2.
func TestHelpGoesToStdout(t *testing.T) {
	t.Parallel()
	_, want, _ := run(t, "help", "render")
	if !strings.Contains(want, "usage: coregroup render") {
		t.Fatalf("help render printed %q", want)
	}
	for _, args := range [][]string{{"render", "--help"}, {"render", "-h"}, {"render", "-help"}} {
		code, stdout, stderr := run(t, args...)
		if code != ExitOK || stdout != want || stderr != "" {
			t.Errorf("%v: exit %d, stdout %d bytes (want %d), stderr %q", args, code, len(stdout), len(want), stderr)
		}
	}
	code, stdout, stderr := run(t, "render", "--bogus")
	if code != ExitFailed || stdout != "" || !strings.Contains(stderr, "-bogus") || !strings.Contains(stderr, "usage:") {
		t.Errorf("bad flag: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if code, stdout, _ := run(t, "translate", "--help"); code != ExitOK || !strings.Contains(stdout, "translate export") {
		t.Errorf("translate --help: exit %d, %q", code, stdout)
	}
}

// TestStandardInput: "-" reads the case file from standard input, and its
// problems are placed at <stdin>:line:col.
func TestStandardInput(t *testing.T) {
	t.Parallel()
	var out, errOut bytes.Buffer
	code := Main([]string{"validate", "--as-of", samples.Date, "-"}, strings.NewReader(goodCase), &out, &errOut)
	if code != ExitOK || !strings.Contains(out.String(), "Files checked: 1.") {
		t.Errorf("validate -: exit %d\n%s%s", code, out.String(), errOut.String())
	}
	out.Reset()
	errOut.Reset()
	code = Main([]string{"validate", "-"}, strings.NewReader(badCase), &out, &errOut)
	if code != ExitFindings || !strings.Contains(out.String(), "<stdin>:8:3") {
		t.Errorf("validate - of a bad case: exit %d\n%s%s", code, out.String(), errOut.String())
	}
	out.Reset()
	code = Main([]string{"translate", "export", "--lang", "cy", "-"}, strings.NewReader(goodCase), &out, &errOut)
	if code != ExitOK || !strings.Contains(out.String(), "msgctxt") {
		t.Errorf("translate export -: exit %d\n%s", code, out.String())
	}
	dir := t.TempDir()
	poPath := writeFile(t, dir, "cy.po", out.String())
	out.Reset()
	code = Main([]string{"render", "--as-of", samples.Date, "--format", "md", "--doc", "plan", "-o", dir, "-"}, strings.NewReader(goodCase), &out, &errOut)
	if code != ExitOK || !strings.Contains(out.String(), ".md") {
		t.Errorf("render -: exit %d\n%s%s", code, out.String(), errOut.String())
	}
	if code, _, stderr := run(t, "translate", "import", poPath, "-"); code != ExitFailed || !strings.Contains(stderr, "name them") {
		t.Errorf("translate import into -: exit %d, %q", code, stderr)
	}
}

// TestVersionMatchesBuildInfo builds coregroup and compares what
// --version says with what "go version -m" reads from the same binary.
func TestVersionMatchesBuildInfo(t *testing.T) {
	t.Parallel()
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	bin := filepath.Join(t.TempDir(), "coregroup")
	build := exec.Command(goTool, "build", "-o", bin, "coregroup/cmd/coregroup")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	info, err := exec.Command(goTool, "version", "-m", bin).Output()
	if err != nil {
		t.Fatalf("go version -m: %v", err)
	}
	var modVersion, goVersion, rev string
	for _, line := range strings.Split(string(info), "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) >= 2 && strings.HasSuffix(f[0], ":"):
			goVersion = f[1]
		case len(f) >= 3 && f[0] == "mod" && f[1] == "coregroup":
			modVersion = f[2]
		case len(f) >= 2 && f[0] == "build" && strings.HasPrefix(f[1], "vcs.revision="):
			rev = strings.TrimPrefix(f[1], "vcs.revision=")
		}
	}
	if modVersion == "(devel)" {
		modVersion = "devel"
	}
	for _, args := range [][]string{{"--version"}, {"version"}} {
		out, err := exec.Command(bin, args...).Output()
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		s := string(out)
		if !strings.HasPrefix(s, "coregroup "+modVersion+"\n") || !strings.Contains(s, goVersion) || !strings.Contains(s, rev) {
			t.Errorf("%v printed\n%s\nbut the build info is version %s, %s, commit %q", args, s, modVersion, goVersion, rev)
		}
	}
}

// TestCompletionScripts runs the scripts in the shells they are for: bash
// completes commands, subcommands and each command's flags; zsh and fish
// (when installed, as .ci/run installs them) read their scripts.
func TestCompletionScripts(t *testing.T) {
	_, script, _ := run(t, "completion", "bash")
	dir := t.TempDir()
	path := writeFile(t, dir, "coregroup.bash", script)
	for _, c := range []struct{ line, want string }{
		{"coregroup ver", "version"},
		{"coregroup translate ex", "export"},
		{"coregroup render --la", "--lang"},
		{"coregroup translate export -", "--source"},
		{"coregroup completion f", "fish"},
	} {
		cmd := exec.Command("bash", "-c", `source "$1"; COMP_WORDS=($2); [[ $2 == *" " ]] && COMP_WORDS+=(""); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); _coregroup; printf '%s\n' "${COMPREPLY[@]}"`, "bash", path, c.line)
		out, err := cmd.CombinedOutput()
		if err != nil || !strings.Contains("\n"+string(out), "\n"+c.want+"\n") {
			t.Errorf("%q completes to %q (%v), want %s among them", c.line, out, err, c.want)
		}
	}
	for _, sh := range []struct{ name, check string }{{"zsh", "zsh -n"}, {"fish", "fish --no-execute"}} {
		if _, err := exec.LookPath(sh.name); err != nil {
			t.Logf("%s not installed: its script is not checked", sh.name)
			continue
		}
		code, script, _ := run(t, "completion", sh.name)
		p := writeFile(t, dir, "coregroup."+sh.name, script)
		args := append(strings.Fields(sh.check), p)
		if code != ExitOK || !strings.Contains(script, "--as-of") && !strings.Contains(script, "-l as-of") {
			t.Errorf("completion %s: exit %d, no flags in it", sh.name, code)
		}
		if out, err := exec.Command(args[0], args[1:]...).CombinedOutput(); err != nil {
			t.Errorf("%s rejects its script: %v\n%s", sh.name, err, out)
		}
	}
	if _, err := exec.LookPath("fish"); err == nil {
		_, script, _ := run(t, "completion", "fish")
		t.Setenv("HOME", dir)
		p := writeFile(t, dir, "c.fish", script)
		out, err := exec.Command("fish", "-c", "source "+p+"; complete -C 'coregroup translate '").CombinedOutput()
		if err != nil || !strings.Contains(string(out), "export") {
			t.Errorf("fish completes %q (%v)", out, err)
		}
	}
	if code, _, _ := run(t, "completion", "tcsh"); code != ExitFailed {
		t.Errorf("completion tcsh: exit %d", code)
	}
}
