package cli

import (
	"bytes"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"coregroup/internal/desk"
	"coregroup/samples"
	"coregroup/templates"
)

// deskOf serves a folder as serve does, for tests: the token is "t".
func deskOf(t *testing.T, dir string) func(target string) (int, http.Header, string) {
	t.Helper()
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, kinds: templates.Kinds}
	fs := e.flags(serveCommand)
	cf := addCheckFlags(fs)
	if err := fs.Parse([]string{"--as-of", samples.Date}); err != nil {
		t.Fatal(err)
	}
	asOf, _ := time.Parse(time.DateOnly, samples.Date)
	h := desk.Handler(newDeskSource(e, dir, cf, asOf), dir, samples.Date, "t", "127.0.0.1:9")
	return func(target string) (int, http.Header, string) {
		r := httptest.NewRequest("GET", "http://127.0.0.1:9"+target, nil)
		r.Header.Set("Cookie", "coregroup-token=t")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w.Code, w.Header(), w.Body.String()
	}
}

// TestServeWritesNothing opens every page of a folder of the samples,
// every document of a case in each language included: the folder is as
// it was, and nothing is written where the test runs. With -short it
// opens each kind of document (of the case, and blank) in one language,
// in turn, as HTML and as PDF.
func TestServeWritesNothing(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, name := range []string{"wales-welsh.yaml"} {
		b, err := os.ReadFile(filepath.Join("../../samples", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	before, here := listing(t, dir), listing(t, ".")
	get := deskOf(t, dir)
	links := regexp.MustCompile(`href="(/[^"]+)"`)
	seen := map[string]bool{}
	fetched := 0
	queue := []string{"/"}
	for len(queue) > 0 {
		target, _, _ := strings.Cut(queue[0], "#")
		queue = queue[1:]
		if seen[target] {
			continue
		}
		seen[target] = true
		if testing.Short() && !sampledDocument(target) {
			continue
		}
		fetched++
		code, _, body := get(target)
		if code != http.StatusOK {
			t.Errorf("%s: status %d: %.200s", target, code, body)
		}
		if strings.HasSuffix(target, ".html") || strings.Contains(target, "/review/") || strings.Contains(target, "/po/") {
			continue // a document: its links are not the desk's
		}
		for _, m := range links.FindAllStringSubmatch(body, -1) {
			queue = append(queue, strings.ReplaceAll(strings.ReplaceAll(m[1], "&#43;", "+"), "&amp;", "&"))
		}
	}
	if len(seen) < 50 || fetched < 25 {
		t.Errorf("only %d pages, %d opened", len(seen), fetched)
	}
	if after := listing(t, dir); after != before {
		t.Errorf("the folder changed:\n%s\nnow\n%s", before, after)
	}
	if after := listing(t, "."); after != here {
		t.Errorf("files written where the test runs:\n%s", after)
	}
}

// sampledDocument reports whether make test's shorter crawl of serve opens
// a page: every page but a document's, and a document when its kind and
// language fall together in turn (en, cy, cy+en), so that every kind and
// every language is opened once.
func sampledDocument(target string) bool {
	var rest string
	switch {
	case strings.HasPrefix(target, "/blank/"):
		rest = strings.TrimPrefix(target, "/blank/")
	case strings.Contains(target, "/doc/"):
		_, rest, _ = strings.Cut(target, "/doc/")
	default:
		return true
	}
	lang, file, _ := strings.Cut(rest, "/")
	names := templates.Kinds.Names()
	kind := -1
	for i, name := range names {
		if strings.Contains(file, "-"+name+"-") && (kind < 0 || len(name) > len(names[kind])) {
			kind = i // the longest: "full-plan" rather than "plan"
		}
	}
	l := slices.Index([]string{"en", "cy", "cy+en"}, lang)
	return kind < 0 || l < 0 || (kind+l)%3 == 0
}

// listing names the files under dir with their sizes and times.
func listing(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil {
			b.WriteString(p + " " + info.ModTime().String() + "\n")
		}
		return err
	})
	return b.String()
}

// TestServeShowsTheFolder: the list gives each case's next date due and
// its findings by severity, the filter keeps what is due this week, a
// case shows its findings with the line each points at, and its documents
// are served in each language, HTML to read and PDF to download.
func TestServeShowsTheFolder(t *testing.T) {
	t.Parallel()
	get := deskOf(t, "../../samples")
	_, _, index := get("/")
	for _, want := range []string{`<a href="/case/wales-welsh.yaml">`, "CTM-CP-2026-0388", `<a href="/case/with-problems:bad-values.yaml">`, "<td class=\"error\">14</td>", "blank-agenda-cy-en.pdf"} {
		if !strings.Contains(index, want) {
			t.Errorf("the list has no %q", want)
		}
	}
	_, _, week := get("/?due=week")
	if !strings.Contains(week, `<a href="/case/wales-welsh.yaml">`) || strings.Contains(week, `<a href="/case/west-midlands.yaml">`) {
		t.Errorf("due this week (%s): wales-welsh (2 December) is, west-midlands (22 December) is not:\n%s", samples.Date, week)
	}
	_, _, bad := get("/case/with-problems:bad-values.yaml")
	if !strings.Contains(bad, "<pre>    born: 14/06/2017  # want: load.wrong-type</pre>") {
		t.Errorf("no finding with its line:\n%s", bad)
	}
	code, h, pdf := get("/case/wales-welsh.yaml/doc/cy+en/CTM-CP-2026-0388-plan-cy-en.pdf")
	if code != 200 || !strings.HasPrefix(pdf, "%PDF") || !strings.HasPrefix(h.Get("Content-Disposition"), "attachment") {
		t.Errorf("PDF: %d %v %.20q", code, h, pdf)
	}
	_, _, page := get("/case/wales-welsh.yaml/doc/cy/CTM-CP-2026-0388-plan-cy.html")
	if !strings.Contains(page, `<html lang="cy" dir="ltr">`) {
		t.Errorf("the plan in Welsh: %.300s", page)
	}
	_, _, po := get("/case/wales-welsh.yaml/po/cy")
	if !strings.Contains(po, "msgid") {
		t.Errorf("PO: %.300s", po)
	}
}

// TestServeImportsAPOFile: the case's PO file, downloaded from its page,
// changed by a translator and sent back by the page's form, changes the
// case file as translate import does, and the page says what it did.
func TestServeImportsAPOFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src, _ := os.ReadFile("../../samples/wales-welsh.yaml")
	path := filepath.Join(dir, "wales-welsh.yaml")
	if err := os.WriteFile(path, src, 0o600); err != nil {
		t.Fatal(err)
	}
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, kinds: templates.Kinds}
	fs := e.flags(serveCommand)
	cf := addCheckFlags(fs)
	asOf, _ := time.Parse(time.DateOnly, samples.Date)
	h := desk.Handler(newDeskSource(e, dir, cf, asOf), dir, samples.Date, "t", "127.0.0.1:9")
	send := func(method, target, ctype string, body io.Reader) (int, string) {
		r := httptest.NewRequest(method, "http://127.0.0.1:9"+target, body)
		r.Header.Set("Cookie", "coregroup-token=t")
		r.Header.Set("Origin", "http://127.0.0.1:9")
		if ctype != "" {
			r.Header.Set("Content-Type", ctype)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w.Code, w.Body.String()
	}
	code, po := send("GET", "/case/wales-welsh.yaml/po/cy", "", nil)
	if code != 200 || !strings.Contains(po, "mynd at Nain achos") {
		t.Fatalf("PO: %d %.200s", code, po)
	}
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	part, _ := mw.CreateFormFile("po", "wales-welsh.cy.po")
	part.Write([]byte(strings.Replace(po, "mynd at Nain achos", "mynd at Nain oherwydd", 1)))
	mw.Close()
	code, page := send("POST", "/case/wales-welsh.yaml/po/cy", mw.FormDataContentType(), &body)
	if code != 200 || !strings.Contains(page, "The translations are in the case file.") || !strings.Contains(page, "1 text") {
		t.Errorf("import: %d\n%s", code, page)
	}
	if after, _ := os.ReadFile(path); !strings.Contains(string(after), "mynd at Nain oherwydd") {
		t.Error("the case file was not changed")
	}
}
