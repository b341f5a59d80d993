//go:build browser

package browser

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"coregroup/internal/cli"
	"coregroup/samples"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// wcagTags are the axe-core rules a page must pass: WCAG 2.0, 2.1 and 2.2
// at levels A and AA.
var wcagTags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"}

// violation is what axe-core reports of a rule a page breaks.
type violation struct {
	ID    string `json:"id"`
	Help  string `json:"help"`
	Nodes []struct {
		Target  []any  `json:"target"`
		Summary string `json:"failureSummary"`
	} `json:"nodes"`
}

// chromium starts Debian's chromium with no network but the pages it is given.
func chromium(t *testing.T) context.Context {
	t.Helper()
	exe := os.Getenv("CHROMIUM")
	if exe == "" {
		exe = "/usr/bin/chromium"
	}
	if _, err := os.Stat(exe); err != nil {
		t.Fatalf("no chromium at %s (apt-get install chromium, or set CHROMIUM): %v", exe, err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox,
		chromedp.Flag("allow-file-access-from-files", true))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	// The chromedp protocol types lag chromium's: an event it cannot read
	// is none of the test's business.
	ctx, cancel2 := chromedp.NewContext(actx, chromedp.WithErrorf(func(string, ...any) {}))
	t.Cleanup(cancel2)
	if err := chromedp.Run(ctx); err != nil {
		t.Fatal(err)
	}
	return ctx
}

// axeSource is axe-core's script, installed by npm ci.
func axeSource(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("node_modules/axe-core/axe.min.js")
	if err != nil {
		t.Fatalf("no axe-core (run npm ci in internal/browser): %v", err)
	}
	return string(b)
}

// axe opens url and returns what axe-core finds against WCAG A and AA.
func axe(t *testing.T, ctx context.Context, src, url string) []violation {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	tags, _ := json.Marshal(wcagTags)
	var raw string
	err := chromedp.Run(ctx,
		chromedp.Navigate(url),
		chromedp.Evaluate(src, nil),
		chromedp.Evaluate(`axe.run(document, {runOnly: {type: "tag", values: `+string(tags)+`}, resultTypes: ["violations"]}).then(r => JSON.stringify(r.violations))`, &raw,
			func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }),
	)
	if err != nil {
		t.Fatalf("%s: %v", url, err)
	}
	var vs []violation
	if err := json.Unmarshal([]byte(raw), &vs); err != nil {
		t.Fatalf("%s: %v", url, err)
	}
	return vs
}

// report fails the test for each violation, with where it is.
func report(t *testing.T, name string, vs []violation) {
	t.Helper()
	for _, v := range vs {
		var where []string
		for _, n := range v.Nodes {
			b, _ := json.Marshal(n.Target)
			where = append(where, string(b)+": "+strings.ReplaceAll(n.Summary, "\n", " "))
		}
		t.Errorf("%s: %s (%s): %s", name, v.ID, v.Help, strings.Join(where, "; "))
	}
}

// TestEveryHTMLDocumentPassesAxe renders every sample's documents and the
// blank forms as HTML in English, Welsh and both, large print included
// (the plans), and runs axe-core over each in chromium.
func TestEveryHTMLDocumentPassesAxe(t *testing.T) {
	dir := t.TempDir()
	cases, _ := filepath.Glob("../../samples/*.yaml")
	for _, lang := range []string{"en", "cy", "cy+en"} {
		out := filepath.Join(dir, strings.ReplaceAll(lang, "+", "-"))
		for _, args := range [][]string{
			append([]string{"render", "--as-of", samples.Date, "--lang", lang, "--format", "html", "-o", out}, cases...),
			{"render", "--blank", "--lang", lang, "--format", "html", "-o", out},
			{"render", "--draft", "--as-of", samples.Date, "--lang", lang, "--format", "html", "-o", out, "../../samples/with-problems"},
		} {
			if code := cli.Main(args, strings.NewReader(""), io.Discard, io.Discard); code > cli.ExitFindings {
				t.Fatalf("%v: exit %d", args, code)
			}
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.html"))
	if len(files) < 30 {
		t.Fatalf("only %d HTML files", len(files))
	}
	ctx, src := chromium(t), axeSource(t)
	for _, f := range files {
		report(t, strings.TrimPrefix(f, dir), axe(t, ctx, src, "file://"+f))
	}
	t.Logf("axe-core found nothing against WCAG A and AA in %d documents", len(files))
}

// TestAxeSeesViolations: the check can fail. A page with no language,
// no title and a picture with no text gives those violations.
func TestAxeSeesViolations(t *testing.T) {
	f := filepath.Join(t.TempDir(), "bad.html")
	if err := os.WriteFile(f, []byte("<!DOCTYPE html><html><body><img src=\"data:,\"><p style=\"color:#bbb\">grey</p></body></html>"), 0o600); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, v := range axe(t, chromium(t), axeSource(t), "file://"+f) {
		got[v.ID] = true
	}
	for _, id := range []string{"html-has-lang", "document-title", "image-alt", "color-contrast"} {
		if !got[id] {
			t.Errorf("axe-core did not report %s (got %v)", id, got)
		}
	}
}
