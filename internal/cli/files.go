package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"coregroup/internal/input"
)

// caseFiles expands the arguments into case file paths: a file is itself,
// a directory is every *.yaml and *.yml file below it, in path order. A
// file named twice (by itself and in its folder) is given once. "-" is
// standard input, read as one case file. Anything else that is not a
// regular file, such as a named pipe that would block the run, is an
// error, whether named or found in a folder.
func caseFiles(args []string) ([]string, error) {
	if len(args) == 0 {
		return nil, fmt.Errorf("no case file given: name a file or a directory")
	}
	var out []string
	for _, a := range args {
		if a == "-" {
			out = append(out, a)
			continue
		}
		info, err := os.Stat(a)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such file or directory: check the path", a)
		} else if err != nil {
			return nil, fmt.Errorf("%s: cannot be read: %v", a, errors.Unwrap(err))
		}
		if !info.IsDir() {
			if !info.Mode().IsRegular() {
				return nil, &input.NotRegularError{Path: a, Mode: info.Mode()}
			}
			out = append(out, a)
			continue
		}
		var found []string
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || !(strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".yml")) {
				return nil
			}
			if err := input.CheckRegular(p); err != nil {
				return err
			}
			found = append(found, p)
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("%s: no .yaml case files in this directory", a)
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return uniquePaths(out), nil
}

// uniquePaths drops the second and later mentions of a path.
func uniquePaths(paths []string) []string {
	seen := map[string]bool{}
	out := paths[:0]
	for _, p := range paths {
		if c := filepath.Clean(p); !seen[c] {
			seen[c] = true
			out = append(out, p)
		}
	}
	return out
}
