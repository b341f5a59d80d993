package casefile

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParse loads the largest sample.
func BenchmarkParse(b *testing.B) {
	paths, _ := filepath.Glob("../samples/*.yaml")
	var src []byte
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil && len(data) > len(src) {
			src = data
		}
	}
	if src == nil {
		b.Fatal("no samples")
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, probs := Parse("sample.yaml", src); probs.Err() != nil {
			b.Fatal(probs.Err())
		}
	}
}
