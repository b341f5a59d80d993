// Package atomicfile writes files whole or not at all, readable by their
// owner only: the documents coregroup renders, the PO files it exports and
// the case files a translators' import changes are child protection
// records.
package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
)

// WriteFile writes data to path whole or not at all: it writes a temporary
// file beside path, syncs it and renames it into place, so a reader never
// sees half a file and a failure leaves no file behind. The file is
// readable by its owner only (0600), whatever its mode was before.
func WriteFile(path string, data []byte) (err error) {
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
	if err := tmp.Chmod(0o600); err != nil {
		return err
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
	return nil
}

// MakeDir creates an output directory readable by its owner only, when it
// does not exist yet.
func MakeDir(dir string) error {
	return os.MkdirAll(dir, 0o700)
}
