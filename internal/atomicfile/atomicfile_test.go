package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFileIsOwnerOnlyAndWhole(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	if err := MakeDir(dir); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(dir); info.Mode().Perm() != 0o700 {
		t.Errorf("directory mode %v, want 0700", info.Mode().Perm())
	}
	path := filepath.Join(dir, "case-plan-en.md")
	if err := WriteFile(path, []byte("first")); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("second")); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	info, _ := os.Stat(path)
	if string(got) != "second" || info.Mode().Perm() != 0o600 {
		t.Errorf("got %q mode %v", got, info.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestWriteFileFailsWithoutLeavingAFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing-dir", "x.pdf")
	if err := WriteFile(path, []byte("x")); err == nil {
		t.Error("writing into a missing directory succeeded")
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("a file was left")
	}
}

// TestWriteFileRemovesWhatAKilledRunLeft: a run killed between writing and
// renaming leaves a hidden temporary file with the whole document; the
// next write of the same file removes it, and nothing else.
func TestWriteFileRemovesWhatAKilledRunLeft(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "case-plan-en.pdf")
	left := []string{".case-plan-en.pdf.2817263.tmp", ".case-plan-en.pdf.9.tmp"}
	kept := []string{".case-plan-en.pdf.notdigits.tmp", ".other-plan-en.pdf.123.tmp", "notes.txt", ".case-plan-en.pdf..tmp"}
	for _, name := range append(append([]string{}, left...), kept...) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("the whole document"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := WriteFile(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	for _, name := range left {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("%s left behind", name)
		}
	}
	for _, name := range kept {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s removed: %v", name, err)
		}
	}
}

// TestWriteFileSyncsTheFolder: the rename is only durable once the folder
// is synced.
func TestWriteFileSyncsTheFolder(t *testing.T) {
	was := syncDir
	defer func() { syncDir = was }()
	var synced []string
	syncDir = func(dir string) error {
		synced = append(synced, dir)
		return was(dir)
	}
	dir := t.TempDir()
	if err := WriteFile(filepath.Join(dir, "a.md"), []byte("x")); err != nil {
		t.Fatal(err)
	}
	if len(synced) != 1 || synced[0] != dir {
		t.Errorf("synced %v, want [%s]", synced, dir)
	}
}

// TestWriteFileReplacesASymlinkRatherThanWritingThroughIt: nothing is
// written outside the output folder.
func TestWriteFileReplacesASymlinkRatherThanWritingThroughIt(t *testing.T) {
	dir, elsewhere := t.TempDir(), t.TempDir()
	target := filepath.Join(elsewhere, "precious")
	os.WriteFile(target, []byte("keep"), 0o600)
	link := filepath.Join(dir, "a.md")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(link, []byte("doc")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(target); string(got) != "keep" {
		t.Errorf("wrote through the link: %q", got)
	}
	if info, _ := os.Lstat(link); info.Mode()&os.ModeSymlink != 0 {
		t.Error("the link is still there")
	}
}

// TestWriterRemovesWhatKilledRunsLeftOfEachFile: a Writer, which reads a
// folder once for the run, removes the leftovers of each file it writes
// there, the second and later files as well as the first, and no others.
func TestWriterRemovesWhatKilledRunsLeftOfEachFile(t *testing.T) {
	dir := t.TempDir()
	left := map[string][]string{
		"a-plan-en.pdf": {".a-plan-en.pdf.11.tmp", ".a-plan-en.pdf.12.tmp"},
		"a-plan-en.md":  {".a-plan-en.md.13.tmp"},
		"b.v2.pdf":      {".b.v2.pdf.14.tmp"},
	}
	kept := []string{".c-plan-en.pdf.15.tmp", ".a-plan-en.pdf.x1.tmp", ".a-plan-en.pdf..tmp", "..tmp", ".tmp", "notes.txt"}
	for _, names := range left {
		for _, name := range names {
			if err := os.WriteFile(filepath.Join(dir, name), []byte("whole"), 0o600); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, name := range kept {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("kept"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	var w Writer
	for _, base := range []string{"a-plan-en.pdf", "a-plan-en.md", "b.v2.pdf"} {
		if err := w.WriteFile(filepath.Join(dir, base), []byte("new")); err != nil {
			t.Fatal(err)
		}
		for _, name := range left[base] {
			if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
				t.Errorf("%s left behind after writing %s", name, base)
			}
		}
	}
	for _, name := range kept {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s removed: %v", name, err)
		}
	}
}

// TestWriteFilesSyncsEachFolderOnce: a case's files are each renamed into
// place and their folder synced once, after the last; a file that cannot
// be written stops the rest, and those before it are written and synced.
func TestWriteFilesSyncsEachFolderOnce(t *testing.T) {
	was := syncDir
	defer func() { syncDir = was }()
	var synced []string
	syncDir = func(dir string) error {
		synced = append(synced, dir)
		return nil
	}
	dir, other := t.TempDir(), t.TempDir()
	files := []File{
		{filepath.Join(dir, "a.pdf"), []byte("a")},
		{filepath.Join(dir, "a.md"), []byte("b")},
		{filepath.Join(other, "c.pdf"), []byte("c")},
		{filepath.Join(dir, "d.pdf"), []byte("d")},
	}
	var w Writer
	n, err := w.WriteFiles(files)
	if err != nil || n != len(files) {
		t.Fatalf("wrote %d, %v", n, err)
	}
	if len(synced) != 2 || synced[0] != dir || synced[1] != other {
		t.Errorf("folders synced %q, want each once, after its files", synced)
	}
	for _, f := range files {
		if got, err := os.ReadFile(f.Path); err != nil || string(got) != string(f.Data) {
			t.Errorf("%s: %q, %v", f.Path, got, err)
		}
	}

	synced = nil
	blocked := []File{
		{filepath.Join(dir, "e.pdf"), []byte("e")},
		{filepath.Join(dir, "no-such-folder", "f.pdf"), []byte("f")},
		{filepath.Join(dir, "g.pdf"), []byte("g")},
	}
	n, err = w.WriteFiles(blocked)
	if err == nil || n != 1 {
		t.Fatalf("wrote %d, %v; want 1 and an error", n, err)
	}
	if len(synced) != 1 || synced[0] != dir {
		t.Errorf("folders synced %q, want the first file's", synced)
	}
	if _, err := os.Stat(filepath.Join(dir, "g.pdf")); err == nil {
		t.Error("a file after the one that failed was written")
	}

	syncDir = func(string) error { return errors.New("no sync here") }
	if n, err := w.WriteFiles(files[:2]); err == nil || n != 0 {
		t.Errorf("with the folder not synced: wrote %d, %v; want 0 and an error", n, err)
	}
}
