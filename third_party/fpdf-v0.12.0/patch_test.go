// coregroup patch: see PATCH.md. These tests fail if fpdf behaves in a
// way the patch does not allow for.

package fpdf

import (
	"bytes"
	"compress/zlib"
	"os"
	"testing"
	"time"
)

// TestReusedWriterCompressesAsANewOne: a zlib writer Reset onto a buffer
// writes what a new one would, so reusing them changes no PDF's bytes.
func TestReusedWriterCompressesAsANewOne(t *testing.T) {
	for _, data := range [][]byte{[]byte("BT /F1 12 Tf (Hello) Tj ET"), bytes.Repeat([]byte("0 0 m 10 10 l S\n"), 5000), nil} {
		var want bytes.Buffer
		zw, _ := zlib.NewWriterLevel(&want, zlib.BestSpeed)
		zw.Write(data)
		zw.Close()
		for range 3 { // the first from the pool is new, the next reused
			got := xmem.compress(data)
			if !bytes.Equal(got.bytes(), want.Bytes()) {
				t.Fatalf("compress of %d bytes differs from a new zlib writer's", len(data))
			}
			got.release()
		}
	}
}

// TestFontIDIsGenerateFontIDs: the id worked out without marshalling the
// widths through reflection is generateFontID's, for widths of every
// kind (none, small, the 65,536 of a UTF-8 font) and any other field.
func TestFontIDIsGenerateFontIDs(t *testing.T) {
	big := make([]int, 65536)
	for i := range big {
		big[i] = (i * 7919) % 1500
	}
	big[0], big[65535] = 1234, 65535
	for _, def := range []fontDefType{
		{Tp: "UTF8", Name: "readingB", Cw: big, Up: -100, Ut: 50, Desc: FontDescType{Ascent: 900, Descent: -250, Flags: 32, MissingWidth: 500}},
		{Tp: "UTF8", Name: `odd "name" \ with Cw:null`, Cw: []int{1, -2, 3}, File: "dropped.z"},
		{Tp: "UTF8", Name: "empty", Cw: []int{}},
		{Tp: "UTF8", Name: "none"},
	} {
		want, err := generateFontID(def)
		if err != nil {
			t.Fatal(err)
		}
		if got := utf8FontID(def); got != want {
			t.Errorf("%s: id %s, generateFontID gives %s", def.Name, got, want)
		}
	}
}

// The fonts of the tests: coregroup's own, which this copy of fpdf is
// patched for (the folder lives in coregroup's repository).
var regularTTF, boldTTF = readFont("Regular"), readFont("Bold")

func readFont(style string) []byte {
	b, err := os.ReadFile("../../render/typeface/Reading-" + style + ".ttf")
	if err != nil {
		panic(err)
	}
	return b
}

// utf8Document writes a two-page document in two styles with the text
// given, as coregroup's documents use fpdf: UTF-8 fonts from bytes, pages
// compressed, a fixed creation date.
func utf8Document(t *testing.T, text string) []byte {
	t.Helper()
	b, err := documentOf(text)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// documentOf is utf8Document for any goroutine: it returns the error.
func documentOf(text string) ([]byte, error) {
	pdf := New("P", "mm", "A4", "")
	pdf.SetCreationDate(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	pdf.SetModificationDate(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	pdf.SetCatalogSort(true)
	pdf.AddUTF8FontFromBytes("reading", "", regularTTF)
	pdf.AddUTF8FontFromBytes("reading", "B", boldTTF)
	for _, style := range []string{"", "B"} {
		pdf.AddPage()
		pdf.SetFont("reading", style, 12)
		pdf.MultiCell(0, 6, text, "", "L", false)
	}
	var out bytes.Buffer
	err := pdf.Output(&out)
	return out.Bytes(), err
}

// forgetFonts empties the patch's process-wide font caches, as in a
// process that has written no document yet.
func forgetFonts() {
	parsedFonts.Clear()
}

// TestCachedFontsWriteWhatFreshOnesDo: with the fonts' parse, cut tables
// and widths arrays remembered from earlier documents, a document is byte
// for byte what it is when they are worked out afresh; and documents that
// use other characters (above U+00FF, or fewer) still get their own
// subsets and widths.
func TestCachedFontsWriteWhatFreshOnesDo(t *testing.T) {
	texts := []string{
		"Plain ASCII text, the plan for Sam.",
		"Cynllun Amddiffyn Plant: ŵ ŷ â ê — “quoted” – dash… and ’curly’.",
		"Cyrillic кириллица, ½ ¼ ← → ✓",
		"Cynllun Amddiffyn Plant: ŵ ŷ â ê — “quoted” – dash… and ’curly’.",
	}
	var fresh [][]byte
	for _, text := range texts {
		forgetFonts()
		fresh = append(fresh, utf8Document(t, text))
	}
	forgetFonts()
	for round := range 2 {
		for i, text := range texts {
			if got := utf8Document(t, text); !bytes.Equal(got, fresh[i]) {
				t.Errorf("round %d, text %d: a document with the fonts remembered differs from one made afresh", round, i)
			}
		}
	}
	if bytes.Equal(fresh[0], fresh[1]) || bytes.Equal(fresh[1], fresh[2]) {
		t.Error("documents of different characters are the same bytes")
	}
}

// TestCachedFontsServeManyDocumentsAtOnce writes documents from several
// goroutines at once, starting with no font remembered, as coregroup's
// render does with a worker per core: each is the bytes of one made alone
// (and under the race detector, make test's, no two touch the same memory
// unguarded).
func TestCachedFontsServeManyDocumentsAtOnce(t *testing.T) {
	texts := []string{"Plain ASCII text.", "Cymraeg: ŵ ŷ â ê — “dyfynnu”.", "½ ¼ ← → ✓ кириллица"}
	var alone [][]byte
	for _, text := range texts {
		forgetFonts()
		alone = append(alone, utf8Document(t, text))
	}
	forgetFonts()
	got := make([][]byte, 4*len(texts))
	errs := make(chan error, len(got))
	for i := range got {
		go func() {
			var err error
			got[i], err = documentOf(texts[i%len(texts)])
			errs <- err
		}()
	}
	for range got {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	for i, b := range got {
		if !bytes.Equal(b, alone[i%len(texts)]) {
			t.Errorf("document %d, written beside others, differs from the one written alone", i)
		}
	}
}

// TestCachedFontsSurviveEncryption: a protected document encrypts its
// streams as it writes them; the font streams kept for later documents
// must not be encrypted in place, or the next document would embed them
// scrambled.
func TestCachedFontsSurviveEncryption(t *testing.T) {
	forgetFonts()
	protected := func() []byte {
		pdf := New("P", "mm", "A4", "")
		pdf.SetCreationDate(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
		pdf.SetModificationDate(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
		pdf.SetProtection(CnProtectPrint, "user", "owner")
		pdf.AddUTF8FontFromBytes("reading", "", regularTTF)
		pdf.AddPage()
		pdf.SetFont("reading", "", 12)
		pdf.MultiCell(0, 6, "The same words in every document.", "", "L", false)
		var out bytes.Buffer
		if err := pdf.Output(&out); err != nil {
			t.Fatal(err)
		}
		return out.Bytes()
	}
	first := protected()
	for i := range 2 {
		if !bytes.Equal(protected(), first) {
			t.Fatalf("protected document %d differs from the first", i+2)
		}
	}
}
