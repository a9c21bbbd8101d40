//go:build !unix

package apk

import (
	"fmt"
	"os"
)

// openNonBlocking opens name read-only after checking it is a regular file
// (systems without O_NONBLOCK have no named pipes that block an open).
func openNonBlocking(name string) (*os.File, error) {
	st, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%w (%s)", ErrNotRegular, kindOfFile(st.Mode()))
	}
	return os.Open(name)
}
