package render

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// Every PDF coregroup writes is PDF/A-1b (ISO 19005-1, level B): a
// record kept for decades must still display as it did, with nothing to
// fetch. fpdf embeds the fonts; newDoc adds what else PDF/A asks for
// (archive), and finish mends what fpdf writes against it (pdfa):
//
//   - XMP metadata that says PDF/A-1b and agrees with the Info dictionary:
//     title, subject, language, creator tool with its version, dates;
//   - an sRGB output intent, the ICC profile srgb.icc (from Debian's
//     icc-profiles-free; its licence is srgb.icc.LICENSE), which gives the
//     device colours a meaning;
//   - a trailer /ID, derived from the content, so the same document has
//     the same ID and another document another;
//   - an outline root with its /Count, and no empty /EmbeddedFiles name
//     tree, which PDF/A-1 forbids.
//
// Nothing is transparent: the draft watermark is light grey, opaque,
// under the text.

//go:embed srgb.icc
var srgbProfile []byte

// defaultCreator is the Creator of a PDF whose Meta.Creator is "".
const defaultCreator = "coregroup"

// archive adds the output intent and the XMP metadata to a new document.
func archive(pdf *fpdf.Fpdf, m Meta, created time.Time) {
	pdf.AddOutputIntent(fpdf.OutputIntentType{
		SubtypeIdent:              fpdf.OutputIntent_GTS_PDFA1,
		OutputConditionIdentifier: "sRGB IEC61966-2.1",
		Info:                      "sRGB IEC61966-2.1",
		ICCProfile:                srgbProfile,
	})
	pdf.SetXmpMetadata(xmp(m, created))
}

// pdfDate is a date as the Info dictionary writes it, and xmpDate as XMP
// does; both are UTC.
func pdfDate(t time.Time) string { return "D:" + t.UTC().Format("20060102150405") + "Z" }
func xmpDate(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }

// xmp is the document's XMP metadata packet.
func xmp(m Meta, created time.Time) []byte {
	esc := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			switch r {
			case '&':
				b.WriteString("&amp;")
			case '<':
				b.WriteString("&lt;")
			case '>':
				b.WriteString("&gt;")
			case '"':
				b.WriteString("&quot;")
			default:
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	var b strings.Builder
	b.WriteString("<?xpacket begin=\"\ufeff\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
	b.WriteString("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
	b.WriteString("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<dc:format>application/pdf</dc:format>\n")
	if m.Title != "" {
		fmt.Fprintf(&b, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></dc:title>\n", esc(m.Title))
	}
	if m.Subject != "" {
		fmt.Fprintf(&b, "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></dc:description>\n", esc(m.Subject))
	}
	if m.Lang != "" {
		fmt.Fprintf(&b, "<dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>\n", esc(m.Lang))
	}
	b.WriteString("</rdf:Description>\n")
	fmt.Fprintf(&b, "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n<xmp:CreatorTool>%s</xmp:CreatorTool>\n<xmp:CreateDate>%s</xmp:CreateDate>\n<xmp:ModifyDate>%s</xmp:ModifyDate>\n</rdf:Description>\n",
		esc(m.Creator), xmpDate(created), xmpDate(created))
	fmt.Fprintf(&b, "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n<pdf:Producer>%s</pdf:Producer>\n</rdf:Description>\n", esc(m.Creator))
	b.WriteString("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n</rdf:Description>\n")
	b.WriteString("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>")
	return []byte(b.String())
}

var (
	startXref   = regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n?$`)
	xrefHead    = regexp.MustCompile(`^xref\n0 (\d+)\n`)
	outlineRoot = regexp.MustCompile(`<</Type /Outlines /First`)
	emptyNames  = regexp.MustCompile(`/Names <<\n/EmbeddedFiles << /Names \[\s*\] >>\n>>\n`)
	infoDate    = regexp.MustCompile(`/(CreationDate|ModDate) \(D:(\d{14})\)`)
	pageGroup   = regexp.MustCompile(`\n/Group <</Type /Group /S /Transparency /CS /DeviceRGB>>\n/Contents`)
)

// pdfa mends fpdf's output for PDF/A: the outline root's /Count, no empty
// embedded files tree, no transparency group on the pages (fpdf gives
// every page of a PDF 1.4 one, though nothing is transparent), dates in
// UTC, and a trailer with an /ID and the right /Info. The objects are
// edited in place and the cross-reference table rewritten for the bytes
// they moved. top is the number of top-level outline entries.
func pdfa(out []byte, top int) ([]byte, error) {
	sx := startXref.FindSubmatchIndex(out)
	if sx == nil {
		return nil, fmt.Errorf("pdf: no startxref at the end")
	}
	xrefAt, _ := strconv.Atoi(string(out[sx[2]:sx[3]]))
	head := xrefHead.FindSubmatch(out[xrefAt:])
	if head == nil {
		return nil, fmt.Errorf("pdf: no cross-reference table at %d", xrefAt)
	}
	n, _ := strconv.Atoi(string(head[1]))
	entries := xrefAt + len(head[0])
	offsets := make([]int, n)
	for i := 1; i < n; i++ {
		e := out[entries+20*i : entries+20*i+10]
		offsets[i], _ = strconv.Atoi(string(e))
	}

	body := out[:xrefAt]
	type edit struct {
		at, end int
		with    string
	}
	var edits []edit
	if loc := outlineRoot.FindIndex(body); loc != nil {
		edits = append(edits, edit{loc[0], loc[1], fmt.Sprintf("<</Type /Outlines /Count %d /First", top)})
	}
	if loc := emptyNames.FindIndex(body); loc != nil {
		edits = append(edits, edit{loc[0], loc[1], ""})
	}
	for _, loc := range pageGroup.FindAllIndex(body, -1) {
		edits = append(edits, edit{loc[0], loc[1], "\n/Contents"})
	}
	info := 0
	for _, loc := range infoDate.FindAllSubmatchIndex(body, -1) {
		for i := 1; i < n; i++ {
			if offsets[i] < loc[0] && offsets[i] > offsets[info] {
				info = i
			}
		}
		edits = append(edits, edit{loc[0], loc[1], fmt.Sprintf("/%s (D:%sZ)", body[loc[2]:loc[3]], body[loc[4]:loc[5]])})
	}

	sort.Slice(edits, func(i, j int) bool { return edits[i].at < edits[j].at })
	var b bytes.Buffer
	last := 0
	moved := make([]int, n)
	copy(moved, offsets)
	for _, e := range edits {
		b.Write(body[last:e.at])
		b.WriteString(e.with)
		last = e.end
		delta := len(e.with) - (e.end - e.at)
		for i := 1; i < n; i++ {
			if offsets[i] > e.at {
				moved[i] += delta
			}
		}
	}
	b.Write(body[last:])
	sum := sha256.Sum256(b.Bytes())
	id := hex.EncodeToString(sum[:16])

	newXref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", n)
	for i := 1; i < n; i++ {
		fmt.Fprintf(&b, "%010d 00000 n \n", moved[i])
	}
	// fpdf names object n-2 as the Info dictionary, which the output
	// intent's profile has pushed to n-3: the trailer is written anew.
	fmt.Fprintf(&b, "trailer\n<<\n/Size %d\n/Root %d 0 R\n/Info %d 0 R\n/ID [<%s> <%s>]\n>>\n", n, n-1, info, id, id)
	fmt.Fprintf(&b, "startxref\n%d\n%%%%EOF\n", newXref)
	return b.Bytes(), nil
}
