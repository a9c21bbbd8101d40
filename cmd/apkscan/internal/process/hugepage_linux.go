//go:build linux

package process

import (
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"unsafe"
)

// is64bit: pointers are 64 bits wide (see Wanted).
const is64bit = ^uintptr(0)>>63 == 1

// thpDir holds the kernel's transparent huge page settings.
var thpDir = "/sys/kernel/mm/transparent_hugepage"

// pmdSize is the size the kernel backs an advised anonymous range with:
// hpage_pmd_size, or 2 MiB (amd64, and arm64 with 4 KiB base pages) when
// that cannot be read. It is 32 MiB or 512 MiB on arm64 kernels with
// 16 or 64 KiB pages, where the ranges asked for may hold none.
func pmdSize() uintptr {
	b, err := os.ReadFile(thpDir + "/hpage_pmd_size")
	if n, perr := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64); err == nil && perr == nil && n > 0 && n&(n-1) == 0 {
		return uintptr(n)
	}
	return 2 << 20
}

// Wanted reports whether advising would change anything: only in the
// kernel's "madvise" mode (with "always" all anonymous memory is already
// eligible, with "never" none is), and not when the user turned huge pages
// off for the Go heap with the runtime's own GODEBUG=disablethp=1, nor in
// a -race build, nor on 32-bit systems, where hundreds of MiB of address
// space asked for at once may not be there (and an allocation that fails
// is fatal), nor once the runtime was seen not to reuse an advised range.
func Wanted() bool {
	if !is64bit || raceEnabled || premiseBroken || godebug("disablethp") == "1" {
		return false
	}
	b, err := os.ReadFile(thpDir + "/enabled")
	return err == nil && strings.Contains(string(b), "[madvise]")
}

// godebug is key's value in GODEBUG, the last one when repeated.
func godebug(key string) string {
	v := ""
	for _, kv := range strings.Split(os.Getenv("GODEBUG"), ",") {
		if k, val, ok := strings.Cut(strings.TrimSpace(kv), "="); ok && k == key {
			v = val
		}
	}
	return v
}

// advise maps n bytes of fresh heap, advises the huge pages they reach
// into and frees them again; it reports the advised bytes. The heap is
// mapped in pieces of pieceSize, each advised from the huge page it starts
// in to the one it ends in, left out: contiguous pieces make one range. The
// huge page a piece starts in is advised whole: the heap below the piece
// in it is mapped too (the runtime maps an arena upward from its start),
// and leaving it out would leave the first addresses handed out with
// 4 KiB pages. The one the last piece ends in is left out, as what follows
// may not be mapped yet.
func advise(n int64) int64 {
	huge := pmdSize()
	if n < 2*int64(huge) || !mappable(n) {
		return 0
	}
	// No collection while mapping, so that no piece lands in garbage it
	// frees meanwhile (it would be zeroed).
	gc := debug.SetGCPercent(-1)
	pieces := make([][]byte, n/pieceSize)
	for i := range pieces {
		pieces[i] = make([]byte, pieceSize)
	}
	debug.SetGCPercent(gc)
	var ranges [][2]uintptr // advised, ascending where the pieces are
	var done int64
	for _, b := range pieces {
		p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
		lo, hi := p&^(huge-1), (p+pieceSize)&^(huge-1)
		if hi == lo || madvise(lo, hi, syscall.MADV_HUGEPAGE) != 0 {
			continue
		}
		done += int64(hi - lo)
		if k := len(ranges) - 1; k >= 0 && ranges[k][1] == lo {
			ranges[k][1] = hi
		} else {
			ranges = append(ranges, [2]uintptr{lo, hi})
		}
	}
	runtime.KeepAlive(pieces)
	clear(pieces)
	// Free the range now. Mapping it may have started a collection that
	// saw it live, so without another one the heap would grow elsewhere
	// until the next cycle.
	runtime.GC()
	if len(ranges) == 0 {
		return 0
	}
	lo, hi := ranges[0][0], ranges[0][1]
	for _, r := range ranges {
		lo, hi = min(lo, r[0]), max(hi, r[1])
	}
	if !reused(lo, hi) {
		// The premise is gone (a Go release that unmaps freed heap, or
		// hands out addresses another way): take the advice back, so the
		// process is as it would be without this code, and stop asking.
		for _, r := range ranges {
			madvise(r[0], r[1], syscall.MADV_NOHUGEPAGE)
		}
		premiseBroken = true
		return 0
	}
	return done
}

// pieceSize is the size of the pieces advise maps its range in. The
// runtime zeroes a fresh allocation whole when its first page was in use
// before (a goroutine's grown stack, freed at the top of the heap when it
// exits): one allocation of the whole range, starting there, made 256 MiB
// resident in 1.3 s of page faults. In pieces, at most the first is.
const pieceSize = 2 << 20

// madvise advises [lo, hi); it returns the error number, 0 when none.
func madvise(lo, hi uintptr, advice int) syscall.Errno {
	_, _, errno := syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, uintptr(advice))
	return errno
}

// premiseBroken is set once advise finds the runtime not reusing the range.
var premiseBroken bool

// reused reports whether the runtime puts new allocations in [lo, hi), as
// the approach needs: it allocates small objects, as a scan does, and
// wants at least half of 256 in the range, counted from the first that
// lands there. Free pages below the range, left by earlier garbage, are
// handed out first; up to 4 MiB of probes fill those holes (measured:
// 93-100% of a scan's objects land in the range; a runtime that stopped
// reusing it would put next to none there). A variable, so that a test can
// see what advise does when it is false.
var reused = func(lo, hi uintptr) bool {
	const probes, judged = 1024, 256
	keep := make([][]byte, probes)
	first, in := -1, 0
	for i := range keep {
		keep[i] = make([]byte, 4096)
		p := uintptr(unsafe.Pointer(unsafe.SliceData(keep[i])))
		inside := p >= lo && p < hi
		if inside && first < 0 {
			first = i // the holes below the range are filled
		}
		if first < 0 {
			continue
		}
		if inside {
			in++
		}
		if i-first+1 == judged {
			break
		}
	}
	runtime.KeepAlive(keep)
	return in >= judged/2
}

// mappable reports whether mapping n bytes ahead of need is safe here: an
// allocation the kernel refuses is fatal to a Go program, not an error.
// It refuses under strict overcommit (vm.overcommit_memory=2, where every
// writable mapping is charged at once) and when n is over a quarter of a
// data or address-space limit (RLIMIT_DATA, RLIMIT_AS).
func mappable(n int64) bool {
	overcommit, _ := os.ReadFile(overcommitFile)
	var data, as syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_DATA, &data) != nil || syscall.Getrlimit(syscall.RLIMIT_AS, &as) != nil {
		return false
	}
	return fits(n, strings.TrimSpace(string(overcommit)), data.Cur, as.Cur)
}

// overcommitFile is the kernel's overcommit policy.
var overcommitFile = "/proc/sys/vm/overcommit_memory"

// fits is mappable's decision over the values it reads.
func fits(n int64, overcommit string, limits ...uint64) bool {
	if overcommit == "2" {
		return false
	}
	for _, l := range limits {
		if l != rlimInfinity && uint64(n) > l/4 {
			return false
		}
	}
	return true
}

// rlimInfinity is RLIM_INFINITY as Getrlimit reports it on Linux.
const rlimInfinity = ^uint64(0)
