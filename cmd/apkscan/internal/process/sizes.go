package process

import "os"

// BatchGCPercent is the collector's pace (GOGC) for a process that scans
// many apps. Between apps its live heap is only the compiled rules
// (~4 MB), so at the default GOGC=100 the collector would run after every
// few MB of allocation, marking the rules each time. At 200 a batch runs
// about as fast as it did with a 32 MiB ballast per app scanned at once
// (the corpus batch, --jobs 1, 5 interleaved runs: 1.02 times the
// ballast's time, peak RSS 166 against 152 MB), where GOGC=100 without a
// ballast took 1.04 times as long. A GOGC set in the environment wins.
const BatchGCPercent = 200

// gcPercent is the GC percent for a batch: BatchGCPercent, or 0 (leave it)
// when GOGC is set in the environment (the user paces the collector).
func gcPercent() int {
	if os.Getenv("GOGC") != "" {
		return 0
	}
	return BatchGCPercent
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
