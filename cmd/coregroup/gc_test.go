package main

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestTuneGCKeepsWhatTheEnvironmentSays: coregroup's pace for the garbage
// collector applies unless GOGC or GOMEMLIMIT is set, when the runtime's
// reading of those stands.
func TestTuneGCKeepsWhatTheEnvironmentSays(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	for _, tc := range []struct {
		gogc, gomemlimit string
		percent          int
		limit            int64
	}{
		{"", "", gcPercent, memoryLimit},
		{"50", "", 100, memoryLimit}, // the runtime read GOGC at start; tuneGC leaves it
		{"", "1GiB", gcPercent, math.MaxInt64},
	} {
		t.Setenv("GOGC", tc.gogc)
		t.Setenv("GOMEMLIMIT", tc.gomemlimit)
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(math.MaxInt64)
		tuneGC()
		if got := debug.SetGCPercent(100); got != tc.percent {
			t.Errorf("GOGC=%q: percent %d, want %d", tc.gogc, got, tc.percent)
		}
		if got := debug.SetMemoryLimit(math.MaxInt64); got != tc.limit {
			t.Errorf("GOMEMLIMIT=%q: limit %d, want %d", tc.gomemlimit, got, tc.limit)
		}
	}
}
