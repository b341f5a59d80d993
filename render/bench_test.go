package render

import "testing"

// BenchmarkPDF renders the family's plan (testdata/plan.md, a realistic
// plan of about three pages in ordinary type) with the page furniture.
func BenchmarkPDF(b *testing.B) {
	src := []byte(readTestdata(b, "plan.md"))
	m := testMeta()
	m.Banner = "FICTITIOUS EXAMPLE - NOT A REAL CASE"
	out, err := PDF(src, m)
	if err != nil {
		b.Fatal(err)
	}
	pages := pageCount(b, save(b, out))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := PDF(src, m); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(pages), "pages")
}
