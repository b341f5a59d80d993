package cli

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"coregroup/calendar"
	"coregroup/casefile"
	"coregroup/check"
	"coregroup/policy"
	"coregroup/samples"
	"coregroup/templates"
)

// TestTheProgramHasNoNetworkAndRunsNoPrograms: a child's data cannot leave
// the machine through coregroup, because nothing in it can start a
// program, and nothing but serve's package (internal/desk) can use the
// network, which it does on the loopback interface only (its own tests
// show that); and its code reads no environment but the date of a
// reproducible build and the locale's language (which language render
// speaks to the person at the keyboard in).
func TestTheProgramHasNoNetworkAndRunsNoPrograms(t *testing.T) {
	t.Parallel()
	list := func(args ...string) []string {
		out, err := exec.Command("go", append([]string{"list"}, args...)...).Output()
		if err != nil {
			t.Fatalf("go list %v: %v", args, err)
		}
		return strings.Split(strings.TrimSpace(string(out)), "\n")
	}
	deps := list("-deps", "../../cmd/coregroup")
	if len(deps) < 50 {
		t.Fatalf("go list gave %d packages", len(deps))
	}
	never := map[string]bool{"os/exec": true, "plugin": true, "net/rpc": true, "net/smtp": true}
	for _, d := range deps {
		if never[d] {
			t.Errorf("the program uses %s", d)
		}
	}
	// The packages net/http needs may use the network; any other may not,
	// but internal/desk, which may import net and net/http.
	http := map[string]bool{}
	for _, d := range list("-deps", "net/http") {
		http[d] = true
	}
	network := map[string]bool{"net": true, "net/http": true, "crypto/tls": true, "net/http/httputil": true, "net/smtp": true}
	for _, l := range list("-deps", "-f", "{{.ImportPath}} {{join .Imports \" \"}}", "../../cmd/coregroup") {
		pkg, imports, _ := strings.Cut(l, " ")
		if http[pkg] {
			continue
		}
		for _, imp := range strings.Fields(imports) {
			if network[imp] && !(pkg == "coregroup/internal/desk" && (imp == "net" || imp == "net/http")) {
				t.Errorf("%s uses %s", pkg, imp)
			}
		}
	}
	// The program's own packages (not the developer tools beside it, such
	// as internal/cmd/loadbench) read only the environment allowed.
	env := regexp.MustCompile(`os\.(Getenv|LookupEnv|Environ)\(("[A-Z_]*")?`)
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	dirs := list("-deps", "-f", "{{.Dir}}", "../../cmd/coregroup")
	checked := 0
	for _, dir := range dirs {
		if !strings.HasPrefix(dir, root+string(filepath.Separator)) {
			continue // the standard library and other modules
		}
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, path := range files {
			if strings.HasSuffix(path, "_test.go") {
				continue
			}
			checked++
			src, _ := os.ReadFile(path)
			for _, m := range env.FindAllSubmatch(src, -1) {
				if !allowedEnv[string(m[2])] {
					t.Errorf("%s reads the environment: %s", path, m[0])
				}
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d of the program's files checked", checked)
	}
}

// allowedEnv are the environment variables the code may read, quoted as
// the code names them: the build date, the language of messages, and the
// Go runtime's own settings of the garbage collector, which coregroup's
// pace for it yields to.
var allowedEnv = map[string]bool{`"SOURCE_DATE_EPOCH"`: true, `"LC_ALL"`: true, `"LC_MESSAGES"`: true, `"LANG"`: true, `"GOGC"`: true, `"GOMEMLIMIT"`: true}

// TestPDFMetadataHoldsOnlyWhatTheDocumentPrints: the PDF's metadata is
// text the document prints, and names no author, user, computer or file.
func TestPDFMetadataHoldsOnlyWhatTheDocumentPrints(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := writeFile(t, dir, "private-folder/case.yaml", readText(t, "../../samples/wales-welsh.yaml"))
	out := filepath.Join(dir, "out")
	if code, _, stderr := run(t, "render", "--as-of", samples.Date, "--doc", "plan", "--format", "pdf", "-o", out, path); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	pdfs, _ := filepath.Glob(filepath.Join(out, "*.pdf"))
	if len(pdfs) == 0 {
		t.Fatal("no PDF")
	}
	for _, pdf := range pdfs {
		text := strings.Join(strings.Fields(pdfText(t, pdf)), " ")
		info, err := exec.Command("pdfinfo", "-enc", "UTF-8", pdf).Output()
		if err != nil {
			t.Fatalf("pdfinfo: %v", err)
		}
		for _, line := range strings.Split(string(info), "\n") {
			key, value, _ := strings.Cut(line, ":")
			value = strings.TrimSpace(value)
			switch key {
			case "Title", "Subject":
				if value == "" || !strings.Contains(text, value) {
					t.Errorf("%s: %s %q is not printed in the document", pdf, key, value)
				}
			case "Author", "Keywords":
				t.Errorf("%s: the PDF has an %s: %q", pdf, key, value)
			case "Creator":
				if value != "coregroup "+Version() {
					t.Errorf("%s: Creator %q", pdf, value)
				}
			case "Custom Metadata":
				if value != "no" {
					t.Errorf("%s: %s: %s", pdf, key, value)
				}
			}
		}
		raw, _ := os.ReadFile(pdf)
		host, _ := os.Hostname()
		for _, secret := range []string{"private-folder", dir, host, os.Getenv("USER"), os.Getenv("HOME")} {
			if len(secret) > 2 && bytes.Contains(raw, []byte(secret)) {
				t.Errorf("%s holds %q", pdf, secret)
			}
		}
	}
}

// TestSecurityDocumentIsTrue: docs/security.md names only tests that
// exist, every promise names at least one, and its limits are those of
// the code.
func TestSecurityDocumentIsTrue(t *testing.T) {
	t.Parallel()
	doc := readText(t, "../../docs/security.md")
	tests := map[string]bool{}
	filepath.WalkDir("../..", func(path string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, "_test.go") {
			src, _ := os.ReadFile(path)
			for _, m := range regexp.MustCompile(`(?m)^func ((?:Test|Fuzz)\w+)\(`).FindAllSubmatch(src, -1) {
				tests[string(m[1])] = true
			}
		}
		return err
	})
	named := regexp.MustCompile("`((?:Test|Fuzz)\\w+)`")
	for _, section := range strings.Split(doc, "\n## ")[1:] {
		title, _, _ := strings.Cut(section, "\n")
		found := named.FindAllStringSubmatch(section, -1)
		if len(found) == 0 {
			t.Errorf("promise %q names no test", title)
		}
		for _, m := range found {
			if !tests[m[1]] {
				t.Errorf("promise %q names %s, which is not a test", title, m[1])
			}
		}
	}
	mib := func(n int) string { return fmt.Sprintf("%d MiB", n>>20) }
	kib := func(n int) string { return fmt.Sprintf("%d KiB", n>>10) }
	limits := map[string]string{
		"`casefile.MaxSize`":          mib(casefile.MaxSize),
		"`casefile.MaxTextLength`":    fmt.Sprintf("%d characters", casefile.MaxTextLength),
		"`casefile.MaxValueLength`":   fmt.Sprintf("%d characters", casefile.MaxValueLength),
		"`casefile.MaxChildren`":      fmt.Sprintf("| %d |", casefile.MaxChildren),
		"`casefile.MaxPeople`":        fmt.Sprintf("| %d each |", casefile.MaxPeople),
		"`casefile.MaxMeetings`":      fmt.Sprintf("| %d each |", casefile.MaxMeetings),
		"`casefile.MaxActions`":       fmt.Sprintf("| %d |", casefile.MaxActions),
		"`casefile.MaxItems`":         fmt.Sprintf("| %d |", casefile.MaxItems),
		"`policy.MaxFileSize`":        kib(policy.MaxFileSize),
		"`check.MaxWordList`":         mib(check.MaxWordList),
		"`templates.MaxTemplateSize`": kib(templates.MaxTemplateSize),
		"`templates.MaxOutput`":       fmt.Sprintf("%s of Markdown, %d seconds", mib(templates.MaxOutput), int(templates.MaxRunTime.Seconds())),
		"| bank holidays file":        mib(calendar.MaxHolidaysFile),
		"| PO file to import":         mib(maxPOSize),
		"| `workdays N`":              fmt.Sprintf("%d working days", maxWorkdays),
	}
	for key, value := range limits {
		i := strings.Index(doc, key)
		if i < 0 {
			t.Errorf("docs/security.md has no row for %s", key)
			continue
		}
		start := strings.LastIndex(doc[:i], "\n") + 1
		end := start + strings.Index(doc[start:], "\n")
		if row := doc[start:end]; !strings.Contains(row, value) {
			t.Errorf("docs/security.md says %q, the code %s", row, value)
		}
	}
}
