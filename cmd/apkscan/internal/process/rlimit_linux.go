//go:build linux

package process

import (
	"fmt"
	"syscall"
)

// limitData sets RLIMIT_DATA to n bytes. Not RLIMIT_AS: the Go runtime
// reserves about 1.5 GiB of address space before doing any work (measured
// on Go 1.26, amd64: a 1.5 GB RLIMIT_AS fails at start-up), so an
// address-space limit cannot express a per-app budget. RLIMIT_DATA (Linux
// 4.7 and later) counts private writable mappings, which is where the heap
// lives, and not those reservations. Past it, allocation fails and the
// runtime exits with "fatal error: out of memory", which the batch parent
// turns into one record.
func limitData(n int64) error {
	lim := syscall.Rlimit{Cur: uint64(n), Max: uint64(n)}
	if err := syscall.Setrlimit(syscall.RLIMIT_DATA, &lim); err != nil {
		return fmt.Errorf("setrlimit RLIMIT_DATA %d: %w", n, err)
	}
	return nil
}
