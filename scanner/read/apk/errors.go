package apk

import (
	"errors"
	"fmt"
)

// Sentinel errors, to test with errors.Is.
var (
	// ErrNotZip means the input holds no zip structure at all.
	ErrNotZip = errors.New("not a zip archive (no central directory and no local file header)")
	// ErrBudget means a read would exceed one of the Budgets.
	ErrBudget = errors.New("budget exceeded")
	// ErrDepth means a nested container is deeper than Budgets.MaxDepth.
	ErrDepth = errors.New("nesting too deep")
	// ErrOverlap means an entry's central-directory record shares the
	// local header of another entry: its data is read once, as the other's.
	ErrOverlap = errors.New("overlapping zip records")
)

// Error is an error about one entry of a container (or the container itself
// when Entry is empty). Path is the full display path of the entry, nested
// containers joined with "!".
type Error struct {
	Path string
	Op   string
	Err  error
}

func (e *Error) Error() string {
	if e.Path == "" {
		return fmt.Sprintf("apk: %s: %v", e.Op, e.Err)
	}
	return fmt.Sprintf("%s: %s: %v", e.Path, e.Op, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Warning is something odd about a container or one of its entries that
// the reader tolerates, as Android does: a duplicate name, an unusual
// compression method, data prepended to the zip. Path is the entry's
// display path, or the container's own when the warning is about it.
type Warning struct {
	Path string
	Msg  string
	// Incomplete says the container may not have been read whole (no
	// central directory: entries recovered from local headers), so a
	// scan of it must not pass as a scan of the whole app.
	Incomplete bool
}

func (w *Warning) Error() string {
	if w.Path == "" {
		return "apk: " + w.Msg
	}
	return w.Path + ": " + w.Msg
}
