//go:build !linux

package batch

// LimitMemory does nothing outside Linux: only GOMEMLIMIT (a soft limit)
// and the time budget bound a child there.
func LimitMemory() error { return nil }
