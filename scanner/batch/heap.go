package batch

import (
	"os"

	"github.com/apkscan/apkscan/scanner/hugepage"
)

// heapFloor is untouched, pointer-free memory kept live for the rest of a
// process that scans many apps, so that the Go collector paces against at
// least this much heap. Between apps the live heap is only the compiled
// rules (~4 MB), and the default GOGC=100 then collects after every few MB
// of allocation: about a hundred cycles over the 93-app corpus batch, each
// marking the rules again. The floor's pages are never written, so it
// costs address space, not resident memory; the garbage it lets accumulate
// between cycles costs up to its size in RSS. Measured on the corpus batch
// (3 interleaved runs, best): --jobs 1 4.41 → 4.00 s, --jobs 2 2.58 →
// 2.47 s, peak RSS +10–30 MB. A single scan does not use it: a cold
// process's heap starts empty, and there the extra headroom only meant
// more page faults (appium 0.37 → 0.42 s).
var heapFloor []byte

// HeapFloorSize is the floor PrepareHeap keeps: 32 MiB for each app
// the process scans at once (workers), or a sixteenth of limit (the
// process's memory limit, or the data limit --isolate children run
// under, see LimitMemory) when that is smaller; 0 when GOGC is set in the environment
// (the user paces the collector). Per app, because each scan's garbage
// counts against the one heap: with one floor for two workers, --jobs 2
// collected twice as often per app as --jobs 1 (64 MiB for --jobs 2 over
// the corpus batch, 4 interleaved runs: 2.10–2.23 → 2.02–2.10 s, CPU
// 4.1–4.4 → 4.0–4.1 s, peak RSS unchanged; 128 MiB gained nothing more
// and cost 40 MB).
func HeapFloorSize(limit int64, workers int) int64 {
	if os.Getenv("GOGC") != "" {
		return 0
	}
	n := int64(32<<20) * int64(max(1, workers))
	if limit > 0 {
		n = min(n, limit/16)
	}
	return n
}

// HugeRegionSize is how much heap PrepareHeap advises for huge pages
// (package hugepage): 256 MiB for each app the process scans at once (the
// largest corpus bundles peak at 100-180 MB), at most a quarter of limit,
// and none under a limit below 512 MiB. The range is mapped at once, and
// --isolate children count mapped data against their limit (RLIMIT_DATA,
// see LimitMemory): the heap reuses the range, so a large app has as much
// room as without it, but the runtime alone maps ~120 MB, and with a
// quarter of a 128 MiB limit mapped up front every child failed at
// start-up.
func HugeRegionSize(limit int64, workers int) int64 {
	n := int64(256<<20) * int64(max(1, workers))
	if limit > 0 {
		if limit < 512<<20 {
			return 0
		}
		n = min(n, limit/4)
	}
	return n
}

// PrepareHeap readies the heap of a process that scans many apps, workers
// at a time, under limit (see HeapFloorSize): it keeps the heap floor
// live for the rest of the process, then advises a HugeRegionSize range
// of free heap for huge pages. Call it once, before the first scan.
func PrepareHeap(limit int64, workers int) {
	if n := HeapFloorSize(limit, workers); n > 0 {
		heapFloor = make([]byte, n)
	}
	// After the floor, so that the floor does not take the lowest
	// addresses of the region, which the runtime hands out first.
	hugepage.Ensure(HugeRegionSize(limit, workers))
}

// HeapFloor is how many bytes PrepareHeap keeps, 0 before it ran.
func HeapFloor() int64 { return int64(len(heapFloor)) }
