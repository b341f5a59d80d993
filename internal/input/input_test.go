package input

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
)

func TestReadFileReadsRegularFilesUpToTheLimit(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "case.yaml")
	if err := os.WriteFile(path, []byte("version: 1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.yaml")
	if err := os.Symlink(path, link); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{path, link} {
		got, err := ReadFile(p, 11)
		if err != nil || string(got) != "version: 1\n" {
			t.Errorf("ReadFile(%s) = %q, %v", p, got, err)
		}
	}
	_, err := ReadFile(path, 10)
	var tl *TooLargeError
	if !errors.As(err, &tl) || !strings.Contains(err.Error(), "larger than 10 bytes") {
		t.Errorf("over the limit: got %v", err)
	}
}

func TestReadFileRefusesWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	_, err := ReadFile(dir, 100)
	var nr *NotRegularError
	if !errors.As(err, &nr) || !strings.Contains(err.Error(), "a folder, not a file") {
		t.Errorf("folder: got %v", err)
	}
	if err := CheckRegular(dir); !errors.As(err, &nr) {
		t.Errorf("CheckRegular(folder) = %v", err)
	}
	if _, err := ReadFile(filepath.Join(dir, "missing"), 100); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing: got %v", err)
	}
}

func TestSize(t *testing.T) {
	for n, want := range map[int64]string{4 << 20: "4 MiB", 64 << 10: "64 KiB", 100: "100 bytes", 1500: "1500 bytes"} {
		if got := Size(n); got != want {
			t.Errorf("Size(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestReadAll: the whole of the reader, whatever size was expected: the
// same, less (a file that shrank) or more (one that grew), in one read or
// byte by byte; and a read error as it is.
func TestReadAll(t *testing.T) {
	const text = "version: 1\nreference: FICT-1\n"
	for _, size := range []int64{0, 5, int64(len(text)), 100} {
		for name, r := range map[string]io.Reader{
			"whole":        strings.NewReader(text),
			"byte by byte": iotest.OneByteReader(strings.NewReader(text)),
		} {
			got, err := readAll(r, size)
			if err != nil || string(got) != text {
				t.Errorf("size %d, %s: readAll = %q, %v", size, name, got, err)
			}
		}
	}
	boom := errors.New("boom")
	if _, err := readAll(iotest.ErrReader(boom), 10); !errors.Is(err, boom) {
		t.Errorf("readAll of a failing reader: %v", err)
	}
}
