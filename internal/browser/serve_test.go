//go:build browser

package browser

import (
	"bufio"
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"coregroup/samples"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// screenshots, when set, writes pictures of the main pages into docs/.
var screenshots = flag.Bool("screenshots", false, "write screenshots of the main pages to docs/screenshots")

// serve builds coregroup and runs coregroup serve over the samples,
// returning the address it prints, token and all.
func serve(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "coregroup")
	if out, err := exec.Command("go", "build", "-o", bin, "../../cmd/coregroup").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "serve", "--as-of", samples.Date, "../../samples")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	lines := bufio.NewScanner(out)
	url := regexp.MustCompile(`http://127\.0\.0\.1:\d+/\?token=[0-9a-f]{32}`)
	for lines.Scan() {
		if u := url.FindString(lines.Text()); u != "" {
			return u
		}
	}
	t.Fatal("coregroup serve printed no address")
	return ""
}

// TestServeAsAPersonUsesIt opens the address serve prints, follows the
// links a person would (a case, the documents in Welsh and English),
// downloads a PDF, prints a blank form to PDF, and runs axe-core over
// every page on the way.
func TestServeAsAPersonUsesIt(t *testing.T) {
	start := serve(t)
	base := start[:strings.Index(start, "/?token")]
	ctx, src := chromium(t), axeSource(t)
	downloads := t.TempDir()
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	var title string
	if err := chromedp.Run(ctx,
		browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllow).WithDownloadPath(downloads),
		chromedp.Navigate(start),
		chromedp.Title(&title),
	); err != nil {
		t.Fatal(err)
	}
	if title != "Case files · coregroup" {
		t.Fatalf("the first page is %q", title)
	}
	shoot(t, ctx, "serve-cases.png")
	var loc string
	if err := chromedp.Run(ctx,
		chromedp.Click(`a[href="/case/wales-welsh.yaml"]`, chromedp.NodeVisible),
		chromedp.WaitVisible(`nav.langs`),
		chromedp.Click(`nav.langs a[href="/case/wales-welsh.yaml?lang=cy%2ben"]`, chromedp.NodeVisible),
		chromedp.WaitVisible(`a[href$="-0388-plan-cy-en.pdf"]`),
		chromedp.Location(&loc),
	); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(strings.ToLower(loc), "/case/wales-welsh.yaml?lang=cy%2ben") {
		t.Errorf("after choosing cy+en the page is %s", loc)
	}
	shoot(t, ctx, "serve-case.png")
	if err := chromedp.Run(ctx, chromedp.Click(`a[href$="-0388-plan-cy-en.pdf"]`, chromedp.NodeVisible)); err != nil {
		t.Fatal(err)
	}
	pdf := filepath.Join(downloads, "CTM-CP-2026-0388-plan-cy-en.pdf")
	for i := 0; i < 100; i++ {
		if b, err := os.ReadFile(pdf); err == nil && strings.HasPrefix(string(b), "%PDF") && strings.Contains(string(b), "%%EOF") {
			break
		}
		if i == 99 {
			entries, _ := os.ReadDir(downloads)
			t.Fatalf("no PDF downloaded: %v", entries)
		}
		time.Sleep(100 * time.Millisecond)
	}
	var printed []byte
	if err := chromedp.Run(ctx,
		chromedp.Navigate(base+"/blank/cy+en/blank-agenda-cy-en.html"),
		chromedp.ActionFunc(func(ctx context.Context) error {
			var err error
			printed, _, err = page.PrintToPDF().WithPreferCSSPageSize(true).Do(ctx)
			return err
		}),
	); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(printed), "%PDF") || len(printed) < 5000 {
		t.Errorf("printing the blank agenda gave %d bytes", len(printed))
	}
	// axe-core over every page of serve.
	for _, p := range []string{"/", "/?due=week", "/case/wales-welsh.yaml", "/case/wales-welsh.yaml?lang=cy%2Ben",
		"/case/with-problems:bad-values.yaml", "/case/england-signs-of-safety.yaml",
		"/case/wales-welsh.yaml/review/cy", "/case/wales-welsh.yaml/doc/cy/CTM-CP-2026-0388-plan-cy.html"} {
		report(t, p, axe(t, ctx, src, base+p))
	}
	if err := chromedp.Run(ctx, chromedp.Navigate(base+"/case/wales-welsh.yaml/doc/cy+en/CTM-CP-2026-0388-plan-cy-en.html")); err != nil {
		t.Fatal(err)
	}
	shoot(t, ctx, "html-plan-cy-en.png")
}

// shoot writes a screenshot of the page to docs/screenshots when
// -screenshots is given.
func shoot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	if !*screenshots {
		return
	}
	var png []byte
	if err := chromedp.Run(ctx, chromedp.EmulateViewport(1100, 800), chromedp.CaptureScreenshot(&png)); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll("../../docs/screenshots", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("../../docs/screenshots", name), png, 0o644); err != nil {
		t.Fatal(err)
	}
}
