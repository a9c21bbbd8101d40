package apk

import (
	"errors"
	"fmt"
	"os"
)

// ErrNotRegular means the path names a directory, a named pipe, a device
// or a socket: only regular files are read, so that a pipe with no writer
// cannot block a scan (or a batch) before any time budget applies.
var ErrNotRegular = errors.New("not a regular file")

// OpenRegular opens name for reading only if it is a regular file
// (following symbolic links, as open(2) does); otherwise the error wraps
// ErrNotRegular. The file is opened without blocking and checked through
// its descriptor, so a path swapped for a pipe between a check and the
// open cannot block either.
func OpenRegular(name string) (*os.File, os.FileInfo, error) {
	f, err := openNonBlocking(name)
	if err != nil {
		return nil, nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if !st.Mode().IsRegular() {
		f.Close()
		return nil, nil, fmt.Errorf("%w (%s)", ErrNotRegular, kindOfFile(st.Mode()))
	}
	return f, st, nil
}

func kindOfFile(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&os.ModeNamedPipe != 0:
		return "a named pipe"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeDevice != 0:
		return "a device"
	}
	return "mode " + m.String()
}
