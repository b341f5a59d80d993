package casefile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestReadPicture(t *testing.T) {
	dir := t.TempDir()
	caseDir := filepath.Join(dir, "case")
	write := func(name string, data []byte) {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	png := []byte("\x89PNG\r\n\x1a\nrest")
	write("case/case.yaml", []byte("version: 1\n"))
	write("case/pics/walk.png", png)
	write("case/photo.jpg", []byte{0xff, 0xd8, 0xff, 0xe0})
	write("case/notes.txt", []byte("hello"))
	write("case/huge.png", append(png, make([]byte, MaxPictureSize)...))
	write("other/secret.png", png)
	if err := os.Symlink(filepath.Join(dir, "other", "secret.png"), filepath.Join(caseDir, "link.png")); err != nil {
		t.Fatal(err)
	}
	casePath := filepath.Join(caseDir, "case.yaml")
	tests := []struct {
		file string
		want error
	}{
		{"pics/walk.png", nil},
		{"photo.jpg", nil},
		{"./pics/walk.png", nil},
		{"../other/secret.png", ErrPictureOutside},
		{filepath.Join(dir, "other", "secret.png"), ErrPictureOutside},
		{"link.png", ErrPictureOutside},
		{"nowhere.png", ErrPictureMissing},
		{"pics", ErrPictureMissing},
		{"notes.txt", ErrPictureFormat},
		{"huge.png", ErrPictureTooBig},
	}
	for _, tc := range tests {
		data, err := ReadPicture(casePath, tc.file)
		if !errors.Is(err, tc.want) || (err == nil) != (tc.want == nil) {
			t.Errorf("ReadPicture(%q) = %v, want %v", tc.file, err, tc.want)
		}
		if err == nil && len(data) == 0 {
			t.Errorf("ReadPicture(%q) read nothing", tc.file)
		}
	}
}
