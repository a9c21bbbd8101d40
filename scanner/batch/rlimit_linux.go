//go:build linux

package batch

import (
	"fmt"
	"os"
	"strconv"
	"syscall"
)

// LimitMemory applies the hard limit in MemoryLimitEnv, if set, to this
// process as RLIMIT_DATA. Not RLIMIT_AS: the Go runtime reserves about
// 1.5 GiB of address space before doing any work (measured on Go 1.26,
// amd64: a 1.5 GB RLIMIT_AS fails at start-up), so an address-space limit
// cannot express a per-app budget. RLIMIT_DATA (Linux 4.7 and later)
// counts private writable mappings, which is where the heap lives, and
// not those reservations. Past it, allocation fails and the runtime exits
// with "fatal error: out of memory", which the parent turns into one
// error record.
func LimitMemory() error {
	v := os.Getenv(MemoryLimitEnv)
	if v == "" {
		return nil
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil || n == 0 {
		return fmt.Errorf("batch: %s=%q: want a byte count", MemoryLimitEnv, v)
	}
	lim := syscall.Rlimit{Cur: n, Max: n}
	if err := syscall.Setrlimit(syscall.RLIMIT_DATA, &lim); err != nil {
		return fmt.Errorf("batch: setrlimit RLIMIT_DATA %d: %w", n, err)
	}
	return nil
}
