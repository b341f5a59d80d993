package render

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"
)

// preflightJars is the class path of Apache PDFBox's PDF/A preflight as
// Debian installs it (libpdfbox2-java, libactivation-java,
// libjaxb-api-java).
var preflightJars = []string{"preflight", "pdfbox2", "fontbox2", "xmpbox", "commons-logging", "javax.activation", "jaxb-api"}

// preflight runs PDFBox's PDF/A-1b validator on a PDF and fails the test
// unless it finds the file valid.
func preflight(t *testing.T, path string) {
	t.Helper()
	var cp []string
	for _, j := range preflightJars {
		cp = append(cp, "/usr/share/java/"+j+".jar")
	}
	out := tool(t, "java", "-cp", strings.Join(cp, ":"), "org.apache.pdfbox.preflight.Validator_A1b", path)
	if !strings.Contains(out, "is a valid PDF/A-1b file") {
		t.Errorf("PDFBox preflight:\n%s", out)
	}
}

// bilingual is a Welsh document whose second page is English.
const bilingual = "# Cynllun\n\nDyma'r cynllun.\n\n```pagebreak\nlang: en\n```\n\n# Plan\n\nThis is the plan.\n"

// TestArchivalPDF: a document, bilingual and with the draft watermark,
// passes PDFBox's PDF/A-1b preflight, and says what PDF/A asks in its
// XMP metadata.
func TestArchivalPDF(t *testing.T) {
	m := testMeta()
	m.Lang, m.Title, m.Creator = "cy", "Cynllun / Plan", "coregroup v1.2.3"
	m.Draft = "DRAFT"
	m.Created = time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	pdf := mustPDF(t, bilingual+"\n"+readTestdata(t, "plan.md"), m)
	preflight(t, save(t, pdf))
	for _, want := range []string{
		"<pdfaid:part>1</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
		`<rdf:li xml:lang="x-default">Cynllun / Plan</rdf:li>`, "<dc:language><rdf:Bag><rdf:li>cy</rdf:li>",
		"<xmp:CreatorTool>coregroup v1.2.3</xmp:CreatorTool>", "<xmp:CreateDate>2026-03-02T00:00:00Z</xmp:CreateDate>",
		"/OutputIntents [", "/S /GTS_PDFA1", "/CreationDate (D:20260302000000Z)",
	} {
		if !bytes.Contains(pdf, []byte(want)) {
			t.Errorf("the PDF lacks %s", want)
		}
	}
	for _, transparent := range []string{"/SMask", "/Transparency", "/CA ", "/ca "} {
		if bytes.Contains(pdf, []byte(transparent)) {
			t.Errorf("the PDF has %s: nothing in it may be transparent", transparent)
		}
	}
	if out := tool(t, "qpdf", "--check", save(t, pdf)); !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check:\n%s", out)
	}
}

var trailerID = regexp.MustCompile(`/ID \[<([0-9a-f]{32})> <([0-9a-f]{32})>\]`)

// TestDocumentID: the trailer /ID is derived from the content: the same
// document has the same one, a document that differs in one letter
// another.
func TestDocumentID(t *testing.T) {
	id := func(md string) string {
		got := trailerID.FindSubmatch(mustPDF(t, md, testMeta()))
		if got == nil || string(got[1]) != string(got[2]) {
			t.Fatalf("no /ID [<hex> <hex>] in the trailer")
		}
		return string(got[1])
	}
	a, b := id("# Plan\n\nOne.\n"), id("# Plan\n\nOne.\n")
	if a != b {
		t.Errorf("the same document has /IDs %s and %s", a, b)
	}
	if c := id("# Plan\n\nOnce.\n"); c == a {
		t.Errorf("two documents have the same /ID %s", a)
	}
}

// TestLanguageOfEachPart: the catalog says cy; the English page's
// content is a span marked /Lang (en), the Welsh page's is not.
func TestLanguageOfEachPart(t *testing.T) {
	m := testMeta()
	m.Lang = "cy"
	path := save(t, mustPDF(t, bilingual, m))
	qdf := tool(t, "qpdf", "--qdf", "--object-streams=disable", path, "-")
	if !strings.Contains(qdf, "/Lang (cy)") {
		t.Error("the catalog does not say /Lang (cy)")
	}
	_, page2, ok := strings.Cut(qdf, "%% Contents for page 2")
	if !ok {
		t.Fatal("no page 2")
	}
	page1 := qdf[strings.Index(qdf, "%% Contents for page 1"):strings.Index(qdf, "%% Contents for page 2")]
	span := "/Span <</Lang (en)>> BDC"
	if strings.Contains(page1, span) {
		t.Error("the Welsh page is marked English")
	}
	if strings.Count(page2, span) != 1 || !strings.Contains(page2, "EMC") {
		t.Errorf("the English page is not one span marked /Lang (en)")
	}
	if got := pageText(t, path, 2); !strings.Contains(got, "This is the plan.") {
		t.Errorf("page 2 reads %q", got)
	}
	if _, err := PDF([]byte("x\n\n```pagebreak\nlang: en-\n```\n"), m); err == nil || !strings.Contains(err.Error(), "not a language tag") {
		t.Errorf("a bad tag gave %v", err)
	}
}
