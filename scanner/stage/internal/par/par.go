// Package par runs a piece of one scan on another goroutine without losing
// the scan's panic boundary: a panic there is re-raised in the goroutine
// that waits for it, where callers such as the batch runner recover it.
package par

import (
	"fmt"
	"sync/atomic"
)

// Go runs f on a new goroutine and returns a function that waits for it.
// If f panicked, wait panics in its caller's goroutine with the same value
// (wrapped with the stack-less note that it came from a helper goroutine).
func Go(f func()) (wait func()) {
	done := make(chan any, 1)
	go func() {
		defer func() { done <- recover() }()
		f()
	}()
	return func() {
		if p := <-done; p != nil {
			panic(fmt.Sprintf("%v (in a helper goroutine)", p))
		}
	}
}

// Start is Go when parallel is true; otherwise it runs f at once, in the
// caller's goroutine, and returns a wait that does nothing. A scan limited
// to one worker (--jobs 1) runs its overlapping stages one after another.
func Start(parallel bool, f func()) (wait func()) {
	if parallel {
		return Go(f)
	}
	f()
	return func() {}
}

// Each calls fn(i) for every i in [0, n) on up to jobs goroutines and
// waits for them; with jobs ≤ 1 it runs them in order in the caller's
// goroutine. A panic in fn is re-raised in the caller, as Go does.
func Each(n, jobs int, fn func(i int)) {
	if jobs <= 1 || n <= 1 {
		for i := range n {
			fn(i)
		}
		return
	}
	var next atomic.Int64
	waits := make([]func(), 0, min(jobs, n))
	for range min(jobs, n) {
		waits = append(waits, Go(func() {
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				fn(i)
			}
		}))
	}
	for _, wait := range waits {
		wait()
	}
}
