//go:build !linux

package process

// limitData does nothing outside Linux: only the soft memory limit and the
// time budget bound an isolated child there.
func limitData(int64) error { return nil }
