// Package process holds what apkscan sets for its own process, in one
// place: how many cores it may use (GOMAXPROCS), its memory limits (the Go
// runtime's soft limit for a batch in one process, RLIMIT_DATA for an
// isolated child), the collector's pace in a process that scans many
// apps (a heap floor), and whether its heap is backed by huge pages. The root command applies them once,
// before the command runs; the library sets none of them.
package process

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
)

// Settings are one command's process settings. The zero value changes
// nothing.
type Settings struct {
	// Cores caps GOMAXPROCS (0: leave it). It never raises it: an explicit
	// GOMAXPROCS, or the container CPU limit Go reads, stays in force.
	Cores int
	// SoftMemoryLimit is the Go runtime's memory limit (GOMEMLIMIT) for
	// the whole process (0: none): the collector works harder near it.
	SoftMemoryLimit int64
	// DataLimit is a hard limit on the process's data (RLIMIT_DATA on
	// Linux; 0: none): an isolated child's per-app budget.
	DataLimit int64
	// Apps is how many apps the process scans at once for the rest of its
	// life (a batch, or an isolated child serving one): the collector is
	// paced for it with a heap floor (HeapFloorSize). 0 for a command that
	// reads one or two apps.
	Apps int
	// HugeHeap is the heap to advise for huge pages (0: none).
	HugeHeap int64
}

// Apply applies s and returns a function that restores what can be
// restored (commands run as functions in tests).
func Apply(s Settings) (restore func(), err error) {
	var undo []func()
	restore = func() {
		for i := len(undo) - 1; i >= 0; i-- {
			undo[i]()
		}
	}
	if prev := runtime.GOMAXPROCS(0); s.Cores > 0 && s.Cores < prev {
		runtime.GOMAXPROCS(s.Cores)
		undo = append(undo, func() { runtime.GOMAXPROCS(prev) })
	}
	if s.SoftMemoryLimit > 0 {
		prev := debug.SetMemoryLimit(s.SoftMemoryLimit)
		undo = append(undo, func() { debug.SetMemoryLimit(prev) })
	}
	if s.DataLimit > 0 {
		if err := limitData(s.DataLimit); err != nil {
			return restore, err
		}
	}
	keepHeapFloor(HeapFloorSize(max(s.SoftMemoryLimit, s.DataLimit), s.Apps))
	// After the floor, so that the floor does not take the lowest
	// addresses of the range, which the runtime hands out first.
	Ensure(s.HugeHeap)
	return restore, nil
}

// ParseBytes parses a byte count: a plain number of bytes, or one with an
// IEC (KiB, MiB, GiB, TiB) or SI (kB, MB, GB, TB) unit: "2GiB", "512MB",
// "1500000000", "0".
func ParseBytes(s string) (int64, error) {
	units := []struct {
		suffix string
		mul    int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"TiB", 1 << 40},
		{"kB", 1e3}, {"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"TB", 1e12}, {"B", 1}}
	mul := int64(1)
	num := strings.TrimSpace(s)
	for _, u := range units {
		if strings.HasSuffix(num, u.suffix) {
			num, mul = strings.TrimSpace(strings.TrimSuffix(num, u.suffix)), u.mul
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 0 || n > (1<<62)/mul {
		return 0, fmt.Errorf("%q: want a byte count such as 2GiB, 512MB or 0", s)
	}
	return n * mul, nil
}
