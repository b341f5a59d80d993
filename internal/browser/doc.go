// Package browser holds the tests that open coregroup's HTML in a real
// browser, Debian's chromium driven by chromedp, and run axe-core over
// each page: go test -tags browser ./internal/browser (make test-browser).
// They need chromium (/usr/bin/chromium, or $CHROMIUM) and axe-core,
// installed by npm ci in this directory.
package browser
