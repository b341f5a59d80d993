package desk

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// oneCase is a Source of one case file, for the tests of the guard and
// the pages.
type oneCase struct{}

func (oneCase) Cases() ([]Case, error) {
	return []Case{{File: "a.yaml", Ref: "REF-<1>", Lang: "cy", NextDue: "2026-12-02", Next: "Core group", DueThisWeek: true}, {File: "b.yaml", Ref: "REF-2", Lang: "en"}}, nil
}
func (oneCase) Case(f string) (CaseDetail, bool, error) {
	return CaseDetail{Case: Case{File: f, Ref: "REF-1", Lang: "cy"}, Findings: []Finding{{Severity: "error", Where: "line 3, column 5", Line: "  born: <b>", Text: "born must be a date"}}}, f == "a.yaml", nil
}
func (oneCase) Documents(f, lang string) ([]File, error) {
	return []File{{"REF-1-plan-cy.html", []byte("<html>plan</html>")}, {"REF-1-plan-cy.pdf", []byte("%PDF-1.7")}}, nil
}
func (oneCase) Blank(lang string) ([]File, error) {
	return []File{{"blank-agenda-" + lang + ".pdf", []byte("%PDF")}}, nil
}
func (oneCase) Review(f, lang string) ([]byte, error) { return []byte("<html>review</html>"), nil }
func (oneCase) PO(f, lang string) ([]byte, error)     { return []byte("msgid \"\"\n"), nil }
func (oneCase) Import(f, lang string, po []byte) (string, bool, error) {
	return "imported " + f + " " + lang + ": " + string(po), true, nil
}
func (oneCase) Languages() []string { return []string{"en", "cy", "cy+en"} }

const testAddr = "127.0.0.1:40001"

func request(method, target string, headers ...string) *http.Request {
	r := httptest.NewRequest(method, "http://"+testAddr+target, nil)
	for i := 0; i+1 < len(headers); i += 2 {
		if headers[i] == "Host" {
			r.Host = headers[i+1]
			continue
		}
		r.Header.Set(headers[i], headers[i+1])
	}
	return r
}

// TestTheGuardRefusesAllButTheRunsOwnPages: no token, another token,
// another Host (DNS rebinding), another Origin, a form posted from
// another site and other methods are refused; the token in the URL sets
// the cookie and leaves the URL; the cookie lets the pages through.
func TestTheGuardRefusesAllButTheRunsOwnPages(t *testing.T) {
	h := Handler(oneCase{}, "cases", "2026-12-01", "secret", testAddr)
	cookie := "coregroup-token=secret"
	tests := []struct {
		name    string
		r       *http.Request
		status  int
		contain string
	}{
		{"no token", request("GET", "/"), 403, "token"},
		{"another token in the URL", request("GET", "/?token=guess"), 403, "token"},
		{"another token in the cookie", request("GET", "/", "Cookie", "coregroup-token=guess"), 403, "token"},
		{"the token in the URL", request("GET", "/case/a.yaml?token=secret&lang=cy"), 303, ""},
		{"the cookie", request("GET", "/", "Cookie", cookie), 200, "REF-&lt;1&gt;"},
		{"localhost names this server", request("GET", "/", "Cookie", cookie, "Host", "localhost:40001"), 200, "a.yaml"},
		{"another Host", request("GET", "/", "Cookie", cookie, "Host", "attacker.example:40001"), 421, ""},
		{"another port", request("GET", "/", "Cookie", cookie, "Host", "127.0.0.1:40002"), 421, ""},
		{"another Origin", request("GET", "/", "Cookie", cookie, "Origin", "http://attacker.example"), 403, "another site"},
		{"this Origin", request("GET", "/", "Cookie", cookie, "Origin", "http://"+testAddr), 200, ""},
		{"a cross-site POST", request("POST", "/", "Cookie", cookie, "Origin", "http://attacker.example"), 403, ""},
		{"a POST that does not say where from", request("POST", "/", "Cookie", cookie), 403, ""},
		{"a POST from a cross-site fetch", request("POST", "/", "Cookie", cookie, "Origin", "http://"+testAddr, "Sec-Fetch-Site", "cross-site"), 403, ""},
		{"PUT", request("PUT", "/", "Cookie", cookie), 405, ""},
		{"DELETE", request("DELETE", "/", "Cookie", cookie), 405, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := httptest.NewRecorder()
			h.ServeHTTP(w, tt.r)
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", w.Code, tt.status, w.Body)
			}
			if !strings.Contains(w.Body.String(), tt.contain) {
				t.Errorf("no %q in %s", tt.contain, w.Body)
			}
			if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
				t.Errorf("Content-Security-Policy %q", csp)
			}
			if tt.status == 303 {
				c := w.Result().Cookies()
				if len(c) != 1 || c[0].Value != "secret" || !c[0].HttpOnly || c[0].SameSite != http.SameSiteStrictMode {
					t.Errorf("cookie %v", c)
				}
				if loc := w.Header().Get("Location"); loc != "/case/a.yaml?lang=cy" {
					t.Errorf("sent to %q", loc)
				}
			}
		})
	}
}

func TestListenIsOnThisMachineOnly(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:0", ":0", "192.168.1.10:0", "[::]:0", "example.com:0", "nonsense"} {
		if ln, err := Listen(addr); err == nil {
			ln.Close()
			t.Errorf("Listen(%q) listened", addr)
		}
	}
	for _, addr := range []string{"127.0.0.1:0", "localhost:0"} {
		ln, err := Listen(addr)
		if err != nil {
			t.Errorf("Listen(%q): %v", addr, err)
			continue
		}
		ln.Close()
	}
}

// TestPagesWithoutScripts: each page is served, with no script, values
// escaped, the filter of what is due this week, the findings with their
// lines, and PDFs and PO files as downloads.
func TestPagesWithoutScripts(t *testing.T) {
	h := Handler(oneCase{}, "cases", "2026-12-01", "secret", testAddr)
	tests := []struct {
		target, want, not, disposition string
		status                         int
	}{
		{"/", `<a href="/case/b.yaml">`, "", "", 200},
		{"/?due=week", `<a href="/case/a.yaml">`, `<a href="/case/b.yaml">`, "", 200},
		{"/case/a.yaml", "<pre>  born: &lt;b&gt;</pre>", "<b>", "", 200},
		{"/case/a.yaml?lang=cy%2Ben", `href="/case/a.yaml/doc/cy&#43;en/REF-1-plan-cy.pdf"`, "", "", 200},
		{"/case/nope.yaml", "", "", "", 404},
		{"/case/a.yaml/doc/cy/REF-1-plan-cy.pdf", "%PDF", "", "attachment; filename=REF-1-plan-cy.pdf", 200},
		{"/case/a.yaml/doc/cy/REF-1-plan-cy.html", "plan", "", "", 200},
		{"/case/a.yaml/doc/cy/other.pdf", "", "", "", 404},
		{"/case/a.yaml/review/cy", "review", "", "", 200},
		{"/case/a.yaml/po/cy", "msgid", "", "attachment; filename=a.cy.po", 200},
		{"/blank/cy/blank-agenda-cy.pdf", "%PDF", "", "attachment; filename=blank-agenda-cy.pdf", 200},
	}
	for _, tt := range tests {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, request("GET", tt.target, "Cookie", "coregroup-token=secret"))
		body := w.Body.String()
		if w.Code != tt.status {
			t.Errorf("%s: status %d, want %d: %s", tt.target, w.Code, tt.status, body)
			continue
		}
		if !strings.Contains(body, tt.want) || (tt.not != "" && strings.Contains(body, tt.not)) || strings.Contains(body, "<script") {
			t.Errorf("%s: want %q, not %q, in\n%s", tt.target, tt.want, tt.not, body)
		}
		if d := w.Header().Get("Content-Disposition"); d != tt.disposition {
			t.Errorf("%s: Content-Disposition %q, want %q", tt.target, d, tt.disposition)
		}
	}
}

// TestImportFromTheCasePage: a PO file sent by the case page's form, from
// this server, is imported and what import said is shown; the same form
// sent from another site is refused before it is read.
func TestImportFromTheCasePage(t *testing.T) {
	h := Handler(oneCase{}, "cases", "2026-12-01", "secret", testAddr)
	body := "--b\r\nContent-Disposition: form-data; name=\"po\"; filename=\"a.po\"\r\nContent-Type: text/x-gettext-translation\r\n\r\nmsgid <x>\r\n--b--\r\n"
	for _, tt := range []struct {
		origin string
		status int
		want   string
	}{
		{"http://" + testAddr, 200, "imported a.yaml cy: msgid &lt;x&gt;"},
		{"http://attacker.example", 403, "another site"},
	} {
		r := httptest.NewRequest("POST", "http://"+testAddr+"/case/a.yaml/po/cy", strings.NewReader(body))
		r.Header.Set("Content-Type", "multipart/form-data; boundary=b")
		r.Header.Set("Cookie", "coregroup-token=secret")
		r.Header.Set("Origin", tt.origin)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != tt.status || !strings.Contains(w.Body.String(), tt.want) {
			t.Errorf("from %s: %d %s", tt.origin, w.Code, w.Body)
		}
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, request("GET", "/case/a.yaml", "Cookie", "coregroup-token=secret"))
	if !strings.Contains(w.Body.String(), `<form method="post" action="/case/a.yaml/po/cy" enctype="multipart/form-data">`) || !strings.Contains(w.Body.String(), `<label for="po-cy">`) {
		t.Errorf("the case page has no import form:\n%s", w.Body)
	}
}
