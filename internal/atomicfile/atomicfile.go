// Package atomicfile writes files whole or not at all, readable by their
// owner only: the documents coregroup renders, the PO files it exports and
// the case files a translators' import changes are child protection
// records.
package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

// WriteFile writes data to path whole or not at all: it writes a temporary
// file beside path, syncs it, renames it into place and syncs the folder,
// so a reader never sees half a file, a failure leaves no file behind and
// a crash just after does not lose the rename. The file is readable by its
// owner only (0600), whatever its mode was before. A symbolic link at
// path is replaced, not written through, so nothing is written outside
// the folder of path.
//
// A run killed between writing and renaming leaves its temporary file (a
// hidden ".NAME.digits.tmp", which holds the whole document); the next
// write of the same path removes it.
func WriteFile(path string, data []byte) error {
	var w Writer
	return w.WriteFile(path, data)
}

// A Writer writes many files as WriteFile does, reading each folder for
// what interrupted writes left there once, not once for every file: a run
// that writes a caseload's thousands of documents to one folder would read
// the growing folder again for each, in time that grows with the square of
// the files. The zero Writer is ready to use; it is safe for concurrent
// use. Leftovers of a file are removed when the Writer first writes it.
type Writer struct {
	mu sync.Mutex
	// left holds, for each folder read, the leftover temporary files
	// by the name of the file they were for.
	left map[string]map[string][]string
}

// WriteFile writes data to path as the package's WriteFile does.
func (w *Writer) WriteFile(path string, data []byte) error {
	w.removeLeftovers(filepath.Dir(path), filepath.Base(path))
	return write(path, data, 0o600, nil, true)
}

// A File is a path and the bytes to write there.
type File struct {
	Path string
	Data []byte
}

// WriteFiles writes each file as WriteFile does, in order, but syncs each
// folder once, after the last of its files is renamed into it, rather
// than after each. The files written whole and durably are
// files[:written]: all of them, or, when one cannot be written, those
// before it (their folders are synced all the same), or those before the
// first file of a folder that cannot be synced.
func (w *Writer) WriteFiles(files []File) (written int, err error) {
	var dirs []string
	n := 0
	for _, f := range files {
		dir := filepath.Dir(f.Path)
		w.removeLeftovers(dir, filepath.Base(f.Path))
		if err = write(f.Path, f.Data, 0o600, nil, false); err != nil {
			break
		}
		n++
		if !slices.Contains(dirs, dir) {
			dirs = append(dirs, dir)
		}
	}
	written = n
	for _, dir := range dirs {
		serr := syncDir(dir)
		if serr == nil {
			continue
		}
		err = errors.Join(err, fmt.Errorf("write %s: the folder could not be synced: %w", dir, serr))
		for i, f := range files[:n] {
			if filepath.Dir(f.Path) == dir {
				written = min(written, i)
				break
			}
		}
	}
	return written, err
}

// Replace writes data over the existing file at path as WriteFile does,
// but keeps the file as it was in every other way: through a symbolic
// link it writes the file the link points to and leaves the link; the
// file keeps its permissions and, where the system has them, its owner
// and group. When the owner cannot be kept (only root may give a file to
// someone else) nothing is written. A hard link to the file keeps the old
// contents, as with any editor that saves by renaming.
func Replace(path string, data []byte) error {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	info, err := os.Stat(real)
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() {
		return fmt.Errorf("%s: not a regular file", path)
	}
	var w Writer
	w.removeLeftovers(filepath.Dir(real), filepath.Base(real))
	return write(real, data, info.Mode().Perm(), info, true)
}

// write writes data to path through a temporary file with mode perm, with
// the owner of like when it is not nil, and syncs the folder after the
// rename when syncFolder is set (WriteFiles syncs it once for several).
func write(path string, data []byte, perm fs.FileMode, like fs.FileInfo, syncFolder bool) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := tmp.Chmod(perm); err != nil {
		return err
	}
	if like != nil {
		if err := keepOwner(tmp, like); err != nil {
			return fmt.Errorf("%s: cannot keep its owner, so it is left as it is: %w", path, err)
		}
	}
	if _, err := tmp.Write(data); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if !syncFolder {
		return nil
	}
	if err := syncDir(dir); err != nil {
		return fmt.Errorf("write %s: the folder could not be synced: %w", path, err)
	}
	return nil
}

// removeLeftovers removes the temporary files an earlier, interrupted
// write of base in dir left behind: ".base.DIGITS.tmp", the names
// os.CreateTemp gives them. Nothing else is touched. The folder is read
// the first time the Writer writes to it.
func (w *Writer) removeLeftovers(dir, base string) {
	key, err := filepath.Abs(dir)
	if err != nil {
		key = dir
	}
	w.mu.Lock()
	byBase, read := w.left[key]
	if !read {
		var err error
		if byBase, err = leftovers(dir); err == nil { // else read it again next time
			if w.left == nil {
				w.left = make(map[string]map[string][]string)
			}
			w.left[key] = byBase
		}
	}
	names := byBase[base]
	delete(byBase, base)
	w.mu.Unlock()
	for _, name := range names {
		os.Remove(filepath.Join(dir, name))
	}
}

// leftovers returns the temporary files in dir that interrupted writes
// left, ".BASE.DIGITS.tmp", by BASE.
func leftovers(dir string) (map[string][]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	byBase := map[string][]string{}
	for _, e := range entries {
		name := e.Name()
		middle, ok := strings.CutSuffix(name, ".tmp")
		if !ok || !strings.HasPrefix(middle, ".") || !e.Type().IsRegular() {
			continue
		}
		dot := strings.LastIndexByte(middle, '.')
		base, digits := middle[1:max(dot, 1)], middle[dot+1:]
		if dot > 1 && digits != "" && strings.Trim(digits, "0123456789") == "" {
			byBase[base] = append(byBase[base], name)
		}
	}
	return byBase, nil
}

// MakeDir creates an output directory readable by its owner only, when it
// does not exist yet.
func MakeDir(dir string) error {
	return os.MkdirAll(dir, 0o700)
}
