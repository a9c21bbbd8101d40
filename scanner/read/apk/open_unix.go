//go:build unix

package apk

import (
	"os"
	"syscall"
)

// openNonBlocking opens name read-only with O_NONBLOCK: opening a named
// pipe with no writer then returns at once instead of waiting for one.
// Reads from a regular file ignore the flag.
func openNonBlocking(name string) (*os.File, error) {
	return os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
