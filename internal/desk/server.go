package desk

import (
	"bytes"
	"embed"
	"html/template"
	"io"
	"log"
	"mime"
	"net"
	"net/http"
	"path"
	"slices"
	"strings"
)

//go:embed pages/*.html
var pageFiles embed.FS

var pages = template.Must(template.ParseFS(pageFiles, "pages/*.html"))

// Server is the desk's pages over a Source, behind the guard.
type Server struct {
	src          Source
	folder, asOf string
}

// Handler returns the desk's handler for a server listening at addr
// (host:port), which lets through only requests with token.
func Handler(src Source, folder, asOf, token, addr string) http.Handler {
	s := &Server{src: src, folder: folder, asOf: asOf}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.index)
	mux.HandleFunc("GET /case/{file}", s.caseFile)
	mux.HandleFunc("GET /case/{file}/doc/{lang}/{name}", s.document)
	mux.HandleFunc("GET /case/{file}/review/{lang}", s.review)
	mux.HandleFunc("GET /case/{file}/po/{lang}", s.po)
	mux.HandleFunc("POST /case/{file}/po/{lang}", s.importPO)
	mux.HandleFunc("GET /blank/{lang}/{name}", s.blank)
	return &guard{token: token, hosts: hostsOf(addr), next: mux}
}

// Serve answers on ln until it is closed.
func Serve(ln net.Listener, h http.Handler) error {
	srv := &http.Server{Handler: h, ErrorLog: log.New(discard{}, "", 0)}
	return srv.Serve(ln)
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// page is what every page template is given.
type page struct {
	Title, Folder, AsOf string
	Week                bool
	Cases               []Case
	Blank               []blankForms
	Case                CaseDetail
	Lang, Problem       string
	Langs               []string
	Docs                []docPair
	Report              string // what an import said
	Imported            bool
}

type blankForms struct {
	Lang  string
	Files []File
}

// docPair is a document's HTML and PDF files.
type docPair struct{ Base, HTML, PDF string }

// Bilingual reports whether a language is two (cy+en).
func (page) Bilingual(lang string) bool { return strings.Contains(lang, "+") }

func (s *Server) render(w http.ResponseWriter, name string, p page) {
	p.Folder, p.AsOf = s.folder, s.asOf
	var b bytes.Buffer
	if err := pages.ExecuteTemplate(&b, name, p); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write(b.Bytes())
}

func (s *Server) index(w http.ResponseWriter, r *http.Request) {
	cases, err := s.src.Cases()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	p := page{Title: "Case files", Week: r.URL.Query().Get("due") == "week"}
	for _, c := range cases {
		if !p.Week || c.DueThisWeek {
			p.Cases = append(p.Cases, c)
		}
	}
	if p.Week {
		p.Title = "Due this week"
	}
	for _, lang := range s.src.Languages() {
		files, err := s.src.Blank(lang)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		p.Blank = append(p.Blank, blankForms{lang, files})
	}
	s.render(w, "index.html", p)
}

func (s *Server) caseFile(w http.ResponseWriter, r *http.Request) {
	c, ok := s.lookup(w, r)
	if !ok {
		return
	}
	lang := r.URL.Query().Get("lang")
	if lang == "" {
		lang = c.Lang
	}
	p := page{Title: c.File, Case: c, Langs: s.src.Languages(), Lang: lang}
	if !slices.Contains(p.Langs, lang) {
		lang, p.Lang = "en", "en"
	}
	files, err := s.src.Documents(c.File, lang)
	if err != nil {
		p.Problem = err.Error()
	}
	p.Docs = pairs(files)
	s.render(w, "case.html", p)
}

// pairs groups a language's files by document.
func pairs(files []File) []docPair {
	var out []docPair
	at := map[string]int{}
	for _, f := range files {
		ext := path.Ext(f.Name)
		base := strings.TrimSuffix(f.Name, ext)
		i, ok := at[base]
		if !ok {
			i = len(out)
			at[base] = i
			out = append(out, docPair{Base: base})
		}
		switch ext {
		case ".html":
			out[i].HTML = f.Name
		case ".pdf":
			out[i].PDF = f.Name
		}
	}
	return out
}

// lookup finds the case file a request names, or answers 404.
func (s *Server) lookup(w http.ResponseWriter, r *http.Request) (CaseDetail, bool) {
	c, ok, err := s.src.Case(r.PathValue("file"))
	switch {
	case err != nil:
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return c, false
	case !ok:
		http.NotFound(w, r)
		return c, false
	}
	return c, true
}

func (s *Server) document(w http.ResponseWriter, r *http.Request) {
	c, ok := s.lookup(w, r)
	if !ok {
		return
	}
	files, err := s.src.Documents(c.File, r.PathValue("lang"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	serveFile(w, r, files, r.PathValue("name"))
}

func (s *Server) blank(w http.ResponseWriter, r *http.Request) {
	files, err := s.src.Blank(r.PathValue("lang"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	serveFile(w, r, files, r.PathValue("name"))
}

// serveFile answers with the file of a name: HTML to read in the
// browser, a PDF to download.
func serveFile(w http.ResponseWriter, r *http.Request, files []File, name string) {
	i := slices.IndexFunc(files, func(f File) bool { return f.Name == name })
	if i < 0 {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", mime.TypeByExtension(path.Ext(name)))
	if strings.HasSuffix(name, ".pdf") {
		w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	}
	_, _ = w.Write(files[i].Data)
}

func (s *Server) review(w http.ResponseWriter, r *http.Request) {
	c, ok := s.lookup(w, r)
	if !ok {
		return
	}
	b, err := s.src.Review(c.File, r.PathValue("lang"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write(b)
}

func (s *Server) po(w http.ResponseWriter, r *http.Request) {
	c, ok := s.lookup(w, r)
	if !ok {
		return
	}
	lang := r.PathValue("lang")
	b, err := s.src.PO(c.File, lang)
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	name := strings.TrimSuffix(c.File, path.Ext(c.File)) + "." + lang + ".po"
	w.Header().Set("Content-Type", "text/x-gettext-translation; charset=utf-8")
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	_, _ = w.Write(b)
}

// maxUpload is the largest PO file an import takes, as translate import.
const maxUpload = 16 << 20

// importPO takes a PO file sent from a case's page and merges its
// translations into the case file: the one thing serve writes, where
// translate import would.
func (s *Server) importPO(w http.ResponseWriter, r *http.Request) {
	c, ok := s.lookup(w, r)
	if !ok {
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxUpload+1<<20)
	f, _, err := r.FormFile("po")
	if err != nil {
		http.Error(w, "send a PO file: "+err.Error(), http.StatusBadRequest)
		return
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxUpload+1))
	if err != nil || len(data) > maxUpload {
		http.Error(w, "the PO file is too large or could not be read", http.StatusRequestEntityTooLarge)
		return
	}
	lang := r.PathValue("lang")
	rep, done, err := s.src.Import(c.File, lang, data)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	s.render(w, "imported.html", page{Title: "Translations into " + lang + " for " + c.File, Case: c, Lang: lang, Report: rep, Imported: done})
}
