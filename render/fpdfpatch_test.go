package render

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
)

// TestFPDFPatchIsOfTheRequiredVersion: go.mod requires the fpdf version
// the patched copy in third_party was made from (PATCH.md). A require that
// moves without the patch would build the old copy under the new name.
func TestFPDFPatchIsOfTheRequiredVersion(t *testing.T) {
	mod, err := os.ReadFile("../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	req := regexp.MustCompile(`(?m)^\s*codeberg\.org/go-pdf/fpdf (v\S+)`).FindSubmatch(mod)
	rep := regexp.MustCompile(`(?m)^replace codeberg\.org/go-pdf/fpdf => (\S+)`).FindSubmatch(mod)
	if req == nil || rep == nil {
		t.Fatalf("go.mod lacks fpdf's require or replace:\n%s", mod)
	}
	if want := "./third_party/fpdf-" + string(req[1]); string(rep[1]) != want {
		t.Errorf("fpdf %s is replaced by %s, want %s: patch the new version (third_party/fpdf-*/PATCH.md)", req[1], rep[1], want)
	}
	if _, err := os.Stat(filepath.Join("..", string(rep[1]), "PATCH.md")); err != nil {
		t.Error(err)
	}
}

// TestFreshProcessWritesWhatAWarmOneDoes: a document made in a new
// process, where fpdf works out each font's id, is byte for byte the one
// made in a process that has made documents before, where the patched
// fpdf remembers the ids.
func TestFreshProcessWritesWhatAWarmOneDoes(t *testing.T) {
	md := readTestdata(t, "plan.md")
	if out := os.Getenv("COREGROUP_FRESH_PDF"); out != "" {
		pdf, err := PDF([]byte(md), testMeta())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(out, pdf, 0o600); err != nil {
			t.Fatal(err)
		}
		return
	}
	mustPDF(t, md, testMeta())
	warm := mustPDF(t, md, testMeta())
	out := filepath.Join(t.TempDir(), "fresh.pdf")
	cmd := exec.Command(os.Args[0], "-test.run=^TestFreshProcessWritesWhatAWarmOneDoes$")
	cmd.Env = append(os.Environ(), "COREGROUP_FRESH_PDF="+out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, msg)
	}
	fresh, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fresh, warm) {
		t.Error("a fresh process writes other bytes than a warm one")
	}
}
