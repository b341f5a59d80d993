package cli

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"coregroup/casefile"
	"coregroup/samples"
)

// batchInput makes a folder with every turn a batch can take: a file too
// large to read first (refused), generated cases, a copy of one under
// another name (the same reference: refused), and the problem samples
// (refused for their errors).
func batchInput(t *testing.T) string {
	dir := writeCaseload(t, 4)
	writeFile(t, dir, "a-too-large.yaml", strings.Repeat("#", casefile.MaxSize+1))
	one, err := os.ReadFile(filepath.Join(dir, "case-00002.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "zz-copy-of-case-00002.yaml", string(one))
	problems, _ := filepath.Glob("../../samples/with-problems/*.yaml")
	for _, p := range problems {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, dir, "problem-"+filepath.Base(p), string(b))
	}
	return dir
}

// runJobs runs a command over the batch with --jobs n, standard input
// named among the files before and after it (read once), and returns what it printed,
// with the output folder named OUT, and the files it wrote.
func runJobs(t *testing.T, n string, dir string, stdin func() io.Reader, args ...string) (ExitCode, string, string, map[string]string) {
	t.Helper()
	out := t.TempDir()
	args = append(args, "--jobs", n)
	if args[0] == "render" {
		args = append(args, "-o", out)
	}
	args = append(args, "-", dir, "-")
	var stdout, stderr bytes.Buffer
	code := Main(args, stdin(), &stdout, &stderr)
	files := map[string]string{}
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		b, _ := os.ReadFile(filepath.Join(out, e.Name()))
		files[e.Name()] = string(b)
	}
	return code, strings.ReplaceAll(stdout.String(), out, "OUT"), strings.ReplaceAll(stderr.String(), out, "OUT"), files
}

// TestBatchIsSequential: validate and render on four workers print, write
// and exit byte for byte as on one, whether standard input can be read or
// not, and a case that fails (standard input that cannot be read) stops no
// other.
func TestBatchIsSequential(t *testing.T) {
	t.Parallel()
	dir := batchInput(t)
	sample, err := os.ReadFile("../../samples/siblings.yaml")
	if err != nil {
		t.Fatal(err)
	}
	inputs := map[string]func() io.Reader{
		"a case":  func() io.Reader { return bytes.NewReader(sample) },
		"a fault": func() io.Reader { return iotest.ErrReader(errors.New("the pipe broke")) },
	}
	// Each command with standard input that can be read, and with
	// standard input that cannot.
	for _, tc := range []struct {
		in   string
		args []string
	}{
		{"a case", []string{"validate", "--as-of", samples.Date}},
		{"a fault", []string{"validate", "--as-of", samples.Date, "--format", "json"}},
		{"a fault", []string{"render", "--as-of", samples.Date, "--format", "md"}},
		{"a case", []string{"render", "--as-of", samples.Date, "--format", "md"}},
		{"a case", []string{"render", "--as-of", samples.Date, "--format", "md", "--lang", "cy+en", "--doc", "plan"}},
	} {
		args, in := tc.args, tc.in
		t.Run(strings.Join(args, " ")+" with "+in, func(t *testing.T) {
			code1, out1, err1, files1 := runJobs(t, "1", dir, inputs[in], args...)
			code4, out4, err4, files4 := runJobs(t, "4", dir, inputs[in], args...)
			if code4 != code1 || code1 == ExitOK {
				t.Errorf("exit %d on one worker, %d on four", code1, code4)
			}
			if out4 != out1 {
				t.Errorf("standard output on four workers:\n%s\non one:\n%s", out4, out1)
			}
			if err4 != err1 {
				t.Errorf("standard error on four workers:\n%s\non one:\n%s", err4, err1)
			}
			if len(files4) != len(files1) {
				t.Errorf("%d files written on four workers, %d on one", len(files4), len(files1))
			}
			for name, b := range files1 {
				if files4[name] != b {
					t.Errorf("%s differs between one worker and four", name)
				}
			}
			if in == "a fault" && (code1 != ExitFailed || strings.Count(err1, "the pipe broke") != 1) {
				t.Errorf("exit %d, want %d, and the fault told once:\n%s", code1, ExitFailed, err1)
			}
			if args[0] != "render" {
				return
			}
			if !strings.Contains(err1, "zz-copy-of-case-00002.yaml: not written: its reference") {
				t.Errorf("the copy's reference was not refused:\n%s", err1)
			}
			if slices.Contains(args, "--lang") {
				return // the English cases are refused for want of Welsh
			}
			if !strings.Contains(out1, "FICT-1-00004") || (in == "a case") != strings.Contains(out1, "AB-CP-2026-0772") {
				t.Errorf("the last case or standard input's was not written after the others:\n%s", out1)
			}
		})
	}
}

// TestSummary: the summary at the end of a run is printed with --summary
// (or on a terminal), never otherwise, so that what scripts and the
// golden files read of standard error does not change.
func TestSummary(t *testing.T) {
	t.Parallel()
	dir := writeCaseload(t, 2)
	writeFile(t, dir, "problem.yaml", badCase)
	out := t.TempDir()
	_, _, plain := run(t, "render", "--as-of", samples.Date, "--format", "md", "-o", out, dir)
	code, _, summed := run(t, "render", "--as-of", samples.Date, "--format", "md", "-o", out, "--summary", dir)
	if code != ExitFindings {
		t.Errorf("exit %d, want %d", code, ExitFindings)
	}
	if strings.Contains(plain, "files written") {
		t.Errorf("a summary without --summary, not on a terminal:\n%s", plain)
	}
	for _, want := range []string{"files written for 3 case files in", "case files with a document not written because the case file has errors: 1"} {
		if !strings.Contains(summed, want) {
			t.Errorf("the summary lacks %q:\n%s", want, summed)
		}
	}
	if !strings.HasPrefix(summed, plain) {
		t.Errorf("--summary changed what comes before it:\n%s\nwithout:\n%s", summed, plain)
	}
}

// TestProgressOnATerminalOnly: the progress line is drawn on a terminal,
// not with --quiet, and cleared before anything else is printed there.
func TestProgressOnATerminalOnly(t *testing.T) {
	t.Parallel()
	dir := writeCaseload(t, 3)
	for _, quiet := range []bool{false, true} {
		var stdout, term bytes.Buffer
		args := []string{"validate", "--as-of", samples.Date, dir}
		if quiet {
			args = append(args, "--quiet")
		}
		e := &env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &term, term: &term}
		if code := runIn(e, args); code != ExitOK {
			t.Fatalf("exit %d: %s", code, term.String())
		}
		shown := strings.Contains(term.String(), "3/3 cases")
		if shown == quiet {
			t.Errorf("--quiet %v: progress shown %v:\n%q", quiet, shown, term.String())
		}
		if !quiet && !strings.HasSuffix(term.String(), "\r\033[K") {
			t.Errorf("the progress line is not cleared at the end: %q", term.String())
		}
	}
}
