package locales

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing/fstest"

	"golang.org/x/text/language"
)

// A language is added without rebuilding by a message file (<tag>.yaml, in
// the format of the embedded ones) in a folder given to AddDir (render
// --locales DIR). Such a file is unchecked until a translator who can
// vouch for it records so in it, as the message meta.checked-by (their
// name and the day): a document made with an unchecked file says so on
// every page (Unchecked).

// maxMessageFile bounds a message file read from a folder.
const maxMessageFile = 4 << 20

// added records the message files read from folders, by file name: their
// paths, and whether each is unchecked.
var added = struct {
	sync.Mutex
	paths     map[string]string
	unchecked map[string]bool
}{paths: map[string]string{}, unchecked: map[string]bool{}}

// checkedBy is the message id by which a translator vouches for a file.
const checkedBy = "meta.checked-by"

// AddDir adds the message files of dir (*.yaml) to the built-in ones. A
// file may add a language, never replace a built-in one's file.
func AddDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("--locales: %w", err)
	}
	added.Lock()
	defer added.Unlock()
	next := fstest.MapFS{}
	names, err := fs.ReadDir(files, ".")
	if err != nil {
		return err
	}
	for _, n := range names {
		b, err := fs.ReadFile(files, n.Name())
		if err != nil {
			return err
		}
		next[n.Name()] = &fstest.MapFile{Data: b}
	}
	count := 0
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".yaml") || name == termbaseFile {
			continue
		}
		path := filepath.Join(dir, name)
		if _, builtIn := next[name]; builtIn && added.paths[name] == "" {
			return fmt.Errorf("--locales: %s: %s is built in; a folder of message files adds languages, such as pl.yaml", path, name)
		}
		if _, err := language.Parse(langOf(name)); err != nil {
			return fmt.Errorf("--locales: %s: the file's name is not a language tag such as pl.yaml", path)
		}
		info, err := e.Info()
		if err != nil || !info.Mode().IsRegular() || info.Size() > maxMessageFile {
			return fmt.Errorf("--locales: %s: not a message file (a regular file of at most %d MiB)", path, maxMessageFile>>20)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("--locales: %w", err)
		}
		next[name] = &fstest.MapFile{Data: b}
		added.paths[name] = path
		added.unchecked[langOf(name)] = !strings.Contains(string(b), "\n"+checkedBy+":") && !strings.HasPrefix(string(b), checkedBy+":")
		count++
	}
	if count == 0 {
		return fmt.Errorf("--locales: %s: no message files (*.yaml, such as pl.yaml)", dir)
	}
	files = next
	forgetBundles()
	return nil
}

// Unchecked reports whether a language's messages come from a file added
// by AddDir that no translator has vouched for (meta.checked-by).
func Unchecked(lang string) bool {
	added.Lock()
	defer added.Unlock()
	return added.unchecked[Base(lang)]
}

// filePath is where a message file of Files was read from: locales/NAME
// for a built-in one.
func filePath(name string) string {
	added.Lock()
	defer added.Unlock()
	if p, ok := added.paths[name]; ok {
		return p
	}
	return "locales/" + name
}

// isMeta reports whether a message id says something about its file,
// not a message to translate.
func isMeta(id string) bool { return slices.Contains([]string{checkedBy}, id) }

// CatalogueEntry is one message in English and in a language.
type CatalogueEntry struct {
	ID, English, Translation string
	Plural                   bool // the English has plural forms; "other" is given
}

// Catalogue returns every English message with its translation into
// lang ("" where there is none), sorted by id: what a translator starting
// or checking a language works from.
func Catalogue(lang string) ([]CatalogueEntry, error) {
	src, err := messages(Source.String())
	if err != nil {
		return nil, err
	}
	tr, err := messages(Base(lang))
	if err != nil {
		return nil, err
	}
	var out []CatalogueEntry
	for id, m := range src {
		out = append(out, CatalogueEntry{ID: id, English: m.forms["other"], Translation: tr[id].forms["other"], Plural: len(m.forms) > 1})
	}
	slices.SortFunc(out, func(a, b CatalogueEntry) int { return strings.Compare(a.ID, b.ID) })
	return out, nil
}

// Lang returns the Localizer's language tag, such as "cy".
func (l *Localizer) Lang() string { return l.lang.String() }

// ResetAdded forgets the files AddDir added, for tests.
func ResetAdded() {
	added.Lock()
	defer added.Unlock()
	files, added.paths, added.unchecked = embedded, map[string]string{}, map[string]bool{}
	forgetBundles()
}

// forgetBundles drops the bundles made so far, to be made again from the
// files as they are now.
func forgetBundles() {
	bundles.Range(func(k, _ any) bool {
		bundles.Delete(k)
		return true
	})
}
