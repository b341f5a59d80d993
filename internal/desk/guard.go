// Package desk is coregroup serve: the office's page of a folder of case
// files, served from the binary to a browser on the same machine. It is
// the one package of coregroup that uses the network, and only the
// loopback interface: Listen refuses any other address, and every request
// must carry the run's token, name the address served in its Host
// header, and come from no other origin (guard). Its pages are
// html/template, embedded, with no script; what it shows it is given by
// a Source, which the command line makes.
package desk

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"strings"
)

// cookieName is the cookie that carries the token after the first visit.
const cookieName = "coregroup-token"

// NewToken returns a random token of 128 bits, in hex, for one run.
func NewToken() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b) // crypto/rand.Read never fails
	return hex.EncodeToString(b)
}

// Listen listens on addr, which must be a loopback address (127.0.0.0/8
// or ::1, or "localhost"); port 0 picks a free one.
func Listen(addr string) (net.Listener, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("--addr %q: want host:port, such as 127.0.0.1:8080", addr)
	}
	if host != "localhost" {
		ip := net.ParseIP(host)
		if ip == nil || !ip.IsLoopback() {
			return nil, fmt.Errorf("--addr %q: serve listens on this machine only (127.0.0.1 or ::1), so that no case leaves it", addr)
		}
	}
	return net.Listen("tcp", addr)
}

// guard lets through only the requests of the person who started the
// run, from a page it served:
//   - the Host header must name the address served (no DNS rebinding);
//   - the token must be in the URL (?token=, which sets the cookie and
//     redirects to the URL without it) or in the cookie;
//   - an Origin header, if any, must be this server's own;
//   - a POST must say it comes from this server (Origin, or
//     Sec-Fetch-Site: same-origin); any other method than GET, HEAD and
//     POST is refused.
type guard struct {
	token string
	hosts map[string]bool // the Host headers that name this server
	next  http.Handler
}

// hostsOf returns the Host headers that name a server listening at addr
// (such as 127.0.0.1:43121): the address, and localhost with its port.
func hostsOf(addr string) map[string]bool {
	_, port, _ := net.SplitHostPort(addr)
	return map[string]bool{addr: true, "localhost:" + port: true, "127.0.0.1:" + port: true, "[::1]:" + port: true}
}

func (g *guard) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Frame-Options", "DENY")
	if !g.hosts[r.Host] {
		http.Error(w, "coregroup serve answers only to the address it printed", http.StatusMisdirectedRequest)
		return
	}
	if o := r.Header.Get("Origin"); o != "" && o != "http://"+r.Host {
		http.Error(w, "refused: a request from another site", http.StatusForbidden)
		return
	}
	switch r.Method {
	case http.MethodGet, http.MethodHead:
	case http.MethodPost:
		site := r.Header.Get("Sec-Fetch-Site")
		if r.Header.Get("Origin") == "" && site != "same-origin" {
			http.Error(w, "refused: a form sent from another site", http.StatusForbidden)
			return
		}
		if site != "" && site != "same-origin" {
			http.Error(w, "refused: a form sent from another site", http.StatusForbidden)
			return
		}
	default:
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if t := r.URL.Query().Get("token"); t != "" {
		if !g.valid(t) {
			http.Error(w, "refused: not this run's token; use the address coregroup serve printed", http.StatusForbidden)
			return
		}
		http.SetCookie(w, &http.Cookie{Name: cookieName, Value: g.token, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
		q := r.URL.Query()
		q.Del("token")
		u := *r.URL
		u.RawQuery = q.Encode()
		http.Redirect(w, r, u.RequestURI(), http.StatusSeeOther)
		return
	}
	c, err := r.Cookie(cookieName)
	if err != nil || !g.valid(c.Value) {
		http.Error(w, "refused: open the address coregroup serve printed, with its token", http.StatusForbidden)
		return
	}
	g.next.ServeHTTP(w, r)
}

// valid reports whether t is the run's token, in constant time.
func (g *guard) valid(t string) bool {
	return subtle.ConstantTimeCompare([]byte(strings.TrimSpace(t)), []byte(g.token)) == 1
}
