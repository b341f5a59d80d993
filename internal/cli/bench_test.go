package cli

import (
	"io"
	"runtime"
	"testing"

	"coregroup/internal/caseload"
	"coregroup/samples"
)

// writeCaseload writes n generated cases into a temporary folder.
func writeCaseload(tb testing.TB, n int) string {
	tb.Helper()
	dir := tb.TempDir()
	if err := caseload.Write(dir, n, 1); err != nil {
		tb.Fatal(err)
	}
	return dir
}

// BenchmarkValidateCaseload checks 12 generated cases (two of each
// sample) in one run of validate; the allocations are per run.
func BenchmarkValidateCaseload(b *testing.B) {
	dir := writeCaseload(b, 12)
	b.ReportAllocs()
	for b.Loop() {
		if code := Main([]string{"validate", "--as-of", samples.Date, dir}, nil, io.Discard, io.Discard); code != ExitOK {
			b.Fatalf("validate: exit %d", code)
		}
	}
}

// BenchmarkValidateCase checks the same 12 generated cases on one worker,
// so that its time is the CPU one case costs; it reports the time and the
// allocations per case (ns/case, allocs/case, B/case) besides those of
// the whole run.
func BenchmarkValidateCase(b *testing.B) {
	const n = 12
	dir := writeCaseload(b, n)
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for b.Loop() {
		if code := Main([]string{"validate", "--jobs", "1", "--as-of", samples.Date, dir}, nil, io.Discard, io.Discard); code != ExitOK {
			b.Fatalf("validate: exit %d", code)
		}
	}
	runtime.ReadMemStats(&after)
	cases := float64(b.N * n)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/cases, "ns/case")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/cases, "allocs/case")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/cases, "B/case")
}

// BenchmarkRenderCaseload writes every document, PDF and Markdown, of 12
// generated cases in one run of render.
func BenchmarkRenderCaseload(b *testing.B) {
	dir := writeCaseload(b, 12)
	out := b.TempDir()
	b.ReportAllocs()
	for b.Loop() {
		if code := Main([]string{"render", "--as-of", samples.Date, "-o", out, dir}, nil, io.Discard, io.Discard); code != ExitOK {
			b.Fatalf("render: exit %d", code)
		}
	}
}
