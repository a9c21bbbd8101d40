//go:build !linux

package process

// Wanted is false outside Linux: transparent huge pages are a Linux
// feature, and elsewhere the heap is left to the runtime.
func Wanted() bool { return false }

func advise(int64) int64 { return 0 }
