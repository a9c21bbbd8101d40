package process

import "os"

// heapFloor is untouched, pointer-free memory kept live for the rest of a
// process that scans many apps, so that the Go collector paces against at
// least this much heap. Between apps the live heap is only the compiled
// rules (~4 MB), and at the default GOGC=100 the collector would run after
// every few MB of allocation, marking the rules each time. The floor's
// pages are never written, so it costs address space, not resident
// memory. Raising GOGC instead does not do the same: over the corpus batch
// (7 interleaved runs against the floor) GOGC=200 took 1.01 times as long
// with --jobs 1 and 1.06 with --jobs 2, at 20–26% more peak RSS, because
// it also lets the heap of a large app grow; GOGC=100 without a floor took
// 1.04 times as long.
var heapFloor []byte

// HeapFloorSize is the floor for a process that scans apps at a time
// under limit (its memory limit, or an isolated child's data limit): 32
// MiB per app, at most a sixteenth of the limit, and none under a limit
// below 512 MiB, where allocating it before the rules compile left their
// garbage piling up against the limit (128 MiB over the corpus: 24–27 of
// 29 apps out of memory instead of 17–20). None when GOGC is set in the
// environment: the user paces the collector. Per app, because each scan's
// garbage counts against the one heap: with one floor for two workers,
// --jobs 2 collected twice as often per app as --jobs 1.
func HeapFloorSize(limit int64, apps int) int64 {
	if os.Getenv("GOGC") != "" || apps <= 0 || (limit > 0 && limit < 512<<20) {
		return 0
	}
	n := int64(32<<20) * int64(apps)
	if limit > 0 {
		n = min(n, limit/16)
	}
	return n
}

// keepHeapFloor keeps n bytes live for the rest of the process (once).
func keepHeapFloor(n int64) {
	if n > 0 && heapFloor == nil {
		heapFloor = make([]byte, n)
	}
}

// HugeRegionSize is how much heap to advise for huge pages: 256 MiB for
// each app the process scans at once (the largest corpus bundles peak at
// 100-180 MB), at most a quarter of limit, and none under a limit below
// 512 MiB. The range is mapped at once, and --isolate children count
// mapped data against their limit (RLIMIT_DATA): the heap reuses the
// range, so a large app has as much room as without it, but the runtime
// alone maps ~120 MB, and with a quarter of a 128 MiB limit mapped up
// front every child failed at start-up.
func HugeRegionSize(limit int64, apps int) int64 {
	n := int64(256<<20) * int64(max(1, apps))
	if limit > 0 {
		if limit < 512<<20 {
			return 0
		}
		n = min(n, limit/4)
	}
	return n
}
