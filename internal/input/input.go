// Package input reads the files coregroup is given: case files, PO files,
// bank holidays, policy profiles and templates. It reads regular files
// only, so a named pipe, a device or a socket given by mistake (or on
// purpose) is refused at once instead of blocking the run forever, and it
// never reads more than a stated number of bytes, so a wrong file cannot
// exhaust memory.
package input

import (
	"fmt"
	"io"
	"io/fs"
	"os"
)

// NotRegularError is returned for a path that is not a regular file.
type NotRegularError struct {
	Path string
	Mode fs.FileMode
}

func (e *NotRegularError) Error() string {
	return fmt.Sprintf("%s: %s, not a file: coregroup reads ordinary files only", e.Path, Kind(e.Mode))
}

// TooLargeError is returned for a file larger than the limit it is read
// with.
type TooLargeError struct {
	Path  string
	Limit int64
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%s: larger than %s: check it is the file you mean", e.Path, Size(e.Limit))
}

// Kind names the type of file a mode describes, for messages: "a folder",
// "a named pipe (FIFO)", "a device", "a socket", "a regular file".
func Kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&(fs.ModeDevice|fs.ModeCharDevice) != 0:
		return "a device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m.IsRegular():
		return "a regular file"
	}
	return "not a regular file"
}

// Size writes a number of bytes for people: "4 MiB", "64 KiB", "100 bytes".
func Size(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// ReadFile reads the regular file at path, following symbolic links. It
// returns a *NotRegularError, without blocking, for a folder, a named
// pipe, a device or a socket, and a *TooLargeError for a file of more
// than limit bytes. Other errors are the *fs.PathError of the open or the
// read.
func ReadFile(path string, limit int64) ([]byte, error) {
	// Opening a named pipe blocks until a writer comes, so open without
	// waiting (see open_unix.go) and look at what was opened first.
	f, err := os.OpenFile(path, os.O_RDONLY|openFlags, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, &NotRegularError{Path: path, Mode: info.Mode()}
	}
	if info.Size() > limit {
		return nil, &TooLargeError{Path: path, Limit: limit}
	}
	data, err := readAll(io.LimitReader(f, limit+1), info.Size())
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, &TooLargeError{Path: path, Limit: limit} // it grew while read
	}
	return data, nil
}

// readAll reads r to its end into a buffer made for size bytes, the size
// the file had when opened, as os.ReadFile does: io.ReadAll would start
// small and copy the data each time it doubles its buffer.
func readAll(r io.Reader, size int64) ([]byte, error) {
	data := make([]byte, 0, size+1) // the extra byte reads the end
	for {
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
		if len(data) == cap(data) { // the file grew while read
			data = append(data, 0)[:len(data)]
		}
	}
}

// CheckRegular returns a *NotRegularError when path, after following
// symbolic links, is not a regular file, and the error of the stat when
// it cannot be looked at. It is for listing files before reading them;
// ReadFile checks again.
func CheckRegular(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() {
		return &NotRegularError{Path: path, Mode: info.Mode()}
	}
	return nil
}
