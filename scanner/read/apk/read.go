package apk

import (
	"errors"
	"fmt"
	"io"
)

// Read inflates the whole entry within the entry and total budgets (the
// manifest and resources.arsc within their own, smaller ones). On a budget
// overrun it returns the bytes read so far (truncated at the budget)
// together with an error wrapping ErrBudget, so callers can use partial data.
func (a *Archive) Read(e *Entry) ([]byte, error) {
	return a.ReadLimit(e, a.budgets.limit(e.Kind))
}

// Progress is told of an entry's inflated bytes while Read is still
// producing them: filled is the prefix of the result that is final, longer
// at each call. It is called only on the one-shot path (see readRecord),
// from the reading goroutine; that path may still reject the result (a
// wrong CRC-32), so a caller must check that the data Read returns is the
// buffer it was shown (same first byte, same length) before using what it
// computed from it. It lets a caller hash a large entry while it inflates.
type Progress func(filled []byte)

// ReadOptions are how ReadWith reads an entry.
type ReadOptions struct {
	// Progress, if set, is told of the bytes as they are inflated.
	Progress Progress
	// Split lets one large entry be inflated on two goroutines, the end
	// of its DEFLATE stream beside the start (pure-Go build; see
	// scanner/internal/pinflate). For a caller with a core to spare.
	Split bool
	// Limit, if positive, reads at most that many bytes (never more than
	// the entry's budget), as ReadLimit does.
	Limit int64
}

// ReadWith is Read with options.
func (a *Archive) ReadWith(e *Entry, o ReadOptions) ([]byte, error) {
	limit := a.budgets.limit(e.Kind)
	if o.Limit > 0 {
		limit = min(o.Limit, limit)
	}
	return a.readLimit(e, limit, o)
}

// ReadLimit is Read with a tighter per-entry limit (for text assets and
// native libraries, where the first bytes are enough).
func (a *Archive) ReadLimit(e *Entry, limit int64) ([]byte, error) {
	return a.readLimit(e, limit, ReadOptions{})
}

func (a *Archive) readLimit(e *Entry, limit int64, o ReadOptions) (data []byte, err error) {
	if limit <= 0 || limit > a.budgets.MaxEntrySize {
		limit = a.budgets.MaxEntrySize
	}
	if a.concurrent {
		e.mu.Lock()
		defer e.mu.Unlock()
	} else {
		a.mu.Lock()
		defer a.mu.Unlock()
	}
	defer func() {
		if p := recover(); p != nil {
			data, err = nil, &Error{Path: e.Path, Op: "inflate", Err: fmt.Errorf("zip reader panic: %v", p)}
		}
	}()
	if e.alias != nil {
		return nil, &Error{Path: e.Path, Op: "read", Err: fmt.Errorf("%w: its central-directory record shares the local header of %s and is read once, there (Android refuses a record whose local header names another entry)", ErrOverlap, e.alias.Path)}
	}
	remaining := a.reserveTotal(limit)
	if remaining <= 0 {
		return nil, &Error{Path: e.Path, Op: "inflate", Err: fmt.Errorf("%w: total inflated bytes over %d (MaxTotalSize)", ErrBudget, a.budgets.MaxTotalSize)}
	}
	var truncated bool
	if e.zf != nil && a.concurrent {
		data, truncated, err = a.readRecord(e, remaining, o)
	} else {
		data, truncated, err = a.inflate(e, remaining)
	}
	a.refundTotal(remaining - int64(len(data)))
	if err != nil {
		return data, &Error{Path: e.Path, Op: "inflate", Err: err}
	}
	if truncated {
		which := fmt.Sprintf("entry limit %d", limit)
		if remaining < limit {
			which = fmt.Sprintf("total inflated bytes over %d (MaxTotalSize)", a.budgets.MaxTotalSize)
		}
		return data, &Error{Path: e.Path, Op: "inflate", Err: fmt.Errorf("%w: %s; read the first %d bytes", ErrBudget, which, len(data))}
	}
	return data, nil
}

// inflate reads at most limit bytes of e. It tries every local entry filed
// under the name (apkparser's recovery mode can find several) until one
// inflates without error, as Android's loader would use the first good one.
func (a *Archive) inflate(e *Entry, limit int64) ([]byte, bool, error) {
	f := e.file
	if err := f.Open(); err != nil {
		return nil, false, err
	}
	defer f.Close()
	var lastErr error = io.ErrUnexpectedEOF
	var best []byte
	for f.Next() {
		data, truncated, err := readCapped(f, limit, initialCap(e, limit))
		if truncated {
			return data, true, nil
		}
		if err == nil || (errors.Is(err, io.ErrUnexpectedEOF) && e.Size < 0 && len(data) > 0) {
			// Without a trusted size (recovered entries, stored data) the
			// stream simply ends where the file does.
			return data, false, nil
		}
		lastErr = err
		if len(data) > len(best) {
			best = data
		}
	}
	return best, false, lastErr
}

// initialCap guesses a buffer size without trusting the header: the declared
// size is used only when DEFLATE could really produce it from the
// compressed bytes, and never beyond the limit.
func initialCap(e *Entry, limit int64) int64 {
	const small = 64 << 10
	if e.Size <= 0 || e.CompressedSize < 0 {
		return small
	}
	c := e.Size
	if e.CompressedSize > 0 && c/e.CompressedSize > maxDeflateRatio {
		return small
	}
	return min(c, limit)
}

// Inflated returns the bytes read so far from this archive and every
// container nested in it (what MaxTotalSize bounds).
func (a *Archive) Inflated() int64 {
	a.spent.mu.Lock()
	defer a.spent.mu.Unlock()
	return a.spent.total
}

func (a *Archive) reserveTotal(want int64) int64 {
	a.spent.mu.Lock()
	defer a.spent.mu.Unlock()
	left := a.budgets.MaxTotalSize - a.spent.total
	if left < want {
		want = left
	}
	if want > 0 {
		a.spent.total += want
	}
	return want
}

func (a *Archive) refundTotal(n int64) {
	if n <= 0 {
		return
	}
	a.spent.mu.Lock()
	a.spent.total -= n
	a.spent.mu.Unlock()
}
