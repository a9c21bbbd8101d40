package process

// Huge pages for the heap. Linux backs the Go heap with transparent huge
// pages only where asked, and the runtime no longer asks (Go 1.21.1). A
// scan's heap is written once, fresh: a cold scan faults in thousands of
// 4 KiB pages, ~10 µs each on the virtual machines measured, more when two
// scans fault side by side. Where the kernel's mode is "madvise" (the
// usual default), a heap range advised MADV_HUGEPAGE is faulted 2 MiB at a
// time instead (DESIGN.md, "Process settings").

import "sync"

var (
	mu      sync.Mutex
	asked   int64 // the most any call asked for
	advised int64
)

// Ensure has about n bytes of the process's heap advised for huge pages
// (whole huge pages, so up to one fewer) and reports how many are. Once a
// call has asked for n or more it does nothing, so commands and tests may
// call it freely; nor does it where huge pages would change nothing (see
// Wanted). A call for more than the earlier ones advises a new range of
// the whole size: the earlier ranges may be in use by then, and a smaller
// request would land in them.
//
// The range is fresh heap that is mapped, advised and freed at once: the
// Go runtime never unmaps heap memory and hands out the lowest free
// addresses first, and returning pages to the kernel keeps the advice, so
// the allocations that reuse it fault in huge pages for the rest of the
// process. Its pages are never written here: until reused they cost
// address space, not memory. Call it before the work that allocates, and
// after any long-lived allocation that should not sit in the range.
func Ensure(n int64) int64 {
	mu.Lock()
	defer mu.Unlock()
	if n > asked && Wanted() {
		asked = n
		advised += advise(n)
	}
	return advised
}

// Advised is how many bytes Ensure has advised so far.
func Advised() int64 {
	mu.Lock()
	defer mu.Unlock()
	return advised
}
