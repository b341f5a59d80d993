package main

import (
	"os"
	"runtime/debug"
)

// gcPercent and memoryLimit are how the garbage collector runs in a
// coregroup process, unless GOGC or GOMEMLIMIT say otherwise. A render
// keeps little between documents (a few MiB of fonts and messages) and
// allocates a few MiB for each: collecting when the heap is five times
// what was live, not twice, takes about a fifth of the CPU time of a
// caseload off (docs/performance.md), and peak memory stays flat, under
// 100 MiB. The limit makes the collector work harder before a process
// would pass it.
const (
	gcPercent   = 400
	memoryLimit = 160 << 20
)

// tuneGC sets the collector's pace for a coregroup process.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}
