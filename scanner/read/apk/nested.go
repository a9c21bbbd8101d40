package apk

import (
	"bytes"
	"fmt"
)

// OpenNested opens a container stored as an entry of a (an APK inside an
// APK, a jar holding classes.dex). It holds the inflated bytes in memory,
// bounded by the entry budget, and shares a's total budget.
func (a *Archive) OpenNested(e *Entry) (*Archive, error) {
	if a.Depth+1 > a.budgets.MaxDepth {
		return nil, &Error{Path: e.Path, Op: "open nested", Err: fmt.Errorf("%w: depth %d > %d (MaxDepth)", ErrDepth, a.Depth+1, a.budgets.MaxDepth)}
	}
	a.spent.mu.Lock()
	if a.spent.nested >= a.budgets.MaxNested {
		a.spent.mu.Unlock()
		return nil, &Error{Path: e.Path, Op: "open nested", Err: fmt.Errorf("%w: more than %d nested containers (MaxNested)", ErrBudget, a.budgets.MaxNested)}
	}
	a.spent.nested++
	a.spent.mu.Unlock()
	data, err := a.Read(e)
	if err != nil {
		return nil, err
	}
	return newArchive(bytes.NewReader(data), int64(len(data)), e.Path+"!", a.Depth+1, a.budgets, a.spent)
}

// IsZip reports whether data starts like a zip archive (a local file header
// or an empty archive's end record).
func IsZip(data []byte) bool {
	return bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06"))
}
