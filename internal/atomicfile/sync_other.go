//go:build !unix

package atomicfile

import (
	"io/fs"
	"os"
)

// syncDir does nothing where folders cannot be opened to be synced.
var syncDir = func(string) error { return nil }

// keepOwner does nothing where files have no owner to keep.
func keepOwner(*os.File, fs.FileInfo) error { return nil }
