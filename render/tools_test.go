package render

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The tests read the PDFs back with poppler-utils (pdftotext, pdfinfo,
// pdffonts) and check them with qpdf. CI installs both; a missing tool
// fails the tests rather than skipping them.

// testMeta is the Meta of most tests.
func testMeta() Meta {
	return Meta{
		Title:   "Test plan",
		Subject: "Rendering tests",
		Lang:    "en",
		CaseRef: "CG-TEST-0001",
		Marking: "OFFICIAL-SENSITIVE",
		PageOf:  "Page {page} of {pages}",
	}
}

// mustPDF renders Markdown with m and fails the test on an error.
func mustPDF(t testing.TB, md string, m Meta) []byte {
	t.Helper()
	out, err := PDF([]byte(md), m)
	if err != nil {
		t.Fatalf("PDF: %v", err)
	}
	return out
}

// save writes a PDF into the test's temporary directory.
func save(t testing.TB, pdf []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// tool runs a command-line tool and returns its standard output.
func tool(t testing.TB, name string, args ...string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s is not installed (apt-get install poppler-utils qpdf): %v", name, err)
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(path, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	return stdout.String()
}

// pageText returns the text of page n (1-based), or of every page when n
// is 0, as pdftotext -layout sees it, with runs of spaces made one.
func pageText(t testing.TB, path string, n int) string {
	t.Helper()
	args := []string{"-layout", "-enc", "UTF-8"}
	if n > 0 {
		args = append(args, "-f", strconv.Itoa(n), "-l", strconv.Itoa(n))
	}
	return squeeze(tool(t, "pdftotext", append(args, path, "-")...))
}

var spaces = regexp.MustCompile(`[ \t]+`)

// squeeze makes each run of spaces one space.
func squeeze(s string) string { return spaces.ReplaceAllString(s, " ") }

// pageCount returns the number of pages pdfinfo reports.
func pageCount(t testing.TB, path string) int {
	t.Helper()
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(tool(t, "pdfinfo", path))
	if m == nil {
		t.Fatal("pdfinfo reports no page count")
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// findPage returns the first page whose text contains s, or 0. It reads
// the whole document once: pdftotext ends each page with a form feed.
func findPage(t testing.TB, path, s string) int {
	t.Helper()
	for i, page := range strings.Split(pageText(t, path, 0), "\f") {
		if strings.Contains(page, s) {
			return i + 1
		}
	}
	return 0
}

// word is a word pdftotext -bbox found, with its box in points.
type word struct {
	text                   string
	xMin, yMin, xMax, yMax float64
}

var bboxWord = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)

// words returns every word on every page with its box.
func words(t testing.TB, path string) []word {
	t.Helper()
	var out []word
	for _, m := range bboxWord.FindAllStringSubmatch(tool(t, "pdftotext", "-bbox", path, "-"), -1) {
		f := func(i int) float64 { v, _ := strconv.ParseFloat(m[i], 64); return v }
		out = append(out, word{text: m[5], xMin: f(1), yMin: f(2), xMax: f(3), yMax: f(4)})
	}
	return out
}

// readTestdata returns a file of testdata/.
func readTestdata(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
