// Package batch scans many apps with one compiled rule set: it finds the
// apps under folders and in lists, scans them in parallel with a per-app
// time budget, optionally in child processes with a memory limit, and
// splits the work into shards by content hash so that machines agree on
// who scans what. One broken app costs one record, never the batch.
package batch

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/read/apk"
)

// Scanner scans one app. *scanner.Scanner and *Workers implement it.
type Scanner interface {
	Scan(ctx context.Context, path string) (*finding.Result, error)
}

// Options shape a batch run.
type Options struct {
	// Jobs is how many apps are scanned at once; 0 means runtime.NumCPU().
	Jobs int
	// Timeout is the budget for one app; 0 means none.
	Timeout time.Duration
	// Shard selects the apps this run owns; the zero Shard owns all.
	Shard Shard
	// Done reports apps already recorded (by sha256, or by path for an
	// unreadable file); they are skipped. Nil skips nothing.
	Done *Seen
}

// Record is the outcome for one app. Exactly one of Result (without Err)
// or Err is the verdict; Result may also be set with Err when the scan
// read part of the app before failing.
type Record struct {
	Path   string
	SHA256 string
	Result *finding.Result
	Err    error
	// Skipped is set when the app belongs to another shard or was already
	// recorded; such records carry no result and are not written.
	Skipped bool
	Elapsed time.Duration
}

// Failed reports whether the app could not be read as a whole.
func (r Record) Failed() bool { return !r.Skipped && (r.Err != nil || r.Result == nil) }

// Run scans every item with sc, calling emit once per item, from one
// goroutine (emit needs no locking), in completion order. When ctx is
// cancelled, items not yet started get no record, so a resumed run
// picks them up.
func Run(ctx context.Context, sc Scanner, items []Item, opts Options, emit func(Record)) {
	jobs := opts.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	items = largestFirst(items)
	work := make(chan Item)
	out := make(chan Record)
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range work {
				out <- runOne(ctx, sc, it, opts)
			}
		}()
	}
	go func() {
		defer close(work)
		for _, it := range items {
			select {
			case work <- it:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(out) }()
	for r := range out {
		emit(r)
	}
}

// runOne scans one file within the time budget. Its content hash decides
// the shard and whether a resumed run already has it, so with either the
// file is hashed first; otherwise only an error record needs the hash (a
// result carries the one app.Load computed while reading), and the file is
// not read twice.
func runOne(ctx context.Context, sc Scanner, it Item, opts Options) Record {
	start := time.Now()
	rec := Record{Path: it.Path}
	if it.Err != nil {
		rec.Err = it.Err
		rec.Skipped = !opts.Shard.Owns(pathKey(it.Path)) || opts.Done.Has("", it.Path)
		return rec
	}
	if opts.Shard.Count > 1 || opts.Done.Len() > 0 {
		sum, err := hashFile(it.Path)
		key := sum
		if err != nil {
			// An unreadable file still belongs to exactly one shard: its path decides.
			key = pathKey(it.Path)
		} else {
			rec.SHA256 = hex.EncodeToString(sum[:])
		}
		if !opts.Shard.Owns(key) || opts.Done.Has(rec.SHA256, it.Path) {
			rec.Skipped = true
			return rec
		}
		if err != nil {
			rec.Err = err
			return rec
		}
	}
	rec.Result, rec.Err = scanOne(ctx, sc, it.Path, opts.Timeout)
	if rec.SHA256 == "" {
		if rec.Result != nil && rec.Result.Target.SHA256 != "" {
			rec.SHA256 = rec.Result.Target.SHA256
		} else if sum, err := hashFile(it.Path); err == nil {
			rec.SHA256 = hex.EncodeToString(sum[:])
		}
	}
	rec.Elapsed = time.Since(start)
	return rec
}

// TimeoutError says an app overran its time budget.
type TimeoutError struct {
	Budget time.Duration
}

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("batch: scan exceeded its time budget of %s", e.Budget)
}

// scanOne runs sc.Scan in its own goroutine so that a scan which does not
// notice its deadline still yields a timeout record on time. Such a scan
// keeps running in the background until it returns (Go cannot kill a
// goroutine): --isolate is what bounds a runaway for real.
func scanOne(ctx context.Context, sc Scanner, path string, budget time.Duration) (*finding.Result, error) {
	if budget > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, budget)
		defer cancel()
	}
	type outcome struct {
		res *finding.Result
		err error
	}
	ch := make(chan outcome, 1)
	go func() {
		defer func() {
			// Last resort: a panic in a scan goroutine would end the batch.
			if p := recover(); p != nil {
				ch <- outcome{err: fmt.Errorf("batch: scan panicked: %v", p)}
			}
		}()
		res, err := sc.Scan(ctx, path)
		ch <- outcome{res, err}
	}()
	select {
	case o := <-ch:
		if errors.Is(o.err, context.DeadlineExceeded) && budget > 0 {
			return o.res, fmt.Errorf("%w: %w", &TimeoutError{Budget: budget}, o.err)
		}
		return o.res, o.err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) && budget > 0 {
			return nil, &TimeoutError{Budget: budget}
		}
		return nil, ctx.Err()
	}
}

// hashFile hashes a regular file; a named pipe, device or socket is an
// error at once (opening a pipe with no writer would block the batch
// before any time budget applies).
func hashFile(path string) ([32]byte, error) {
	var sum [32]byte
	f, _, err := apk.OpenRegular(path)
	if errors.Is(err, apk.ErrNotRegular) {
		return sum, fmt.Errorf("%s: %w", path, err)
	}
	if err != nil {
		return sum, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return sum, fmt.Errorf("%s: %w", path, err)
	}
	copy(sum[:], h.Sum(nil))
	return sum, nil
}

func pathKey(path string) [32]byte { return sha256.Sum256([]byte(path)) }

// Shard is the part I of N (0 ≤ I < N) of a corpus, by content: an app
// belongs to shard uint64(sha256[0:8]) mod N, so every machine that sees
// the same bytes agrees, whatever the file is called or where it lies.
type Shard struct {
	Index, Count int
}

// Owns reports whether the app with this sha256 belongs to the shard.
func (s Shard) Owns(sum [32]byte) bool {
	if s.Count <= 1 {
		return true
	}
	return binary.BigEndian.Uint64(sum[:8])%uint64(s.Count) == uint64(s.Index)
}

// ParseShard parses "I/N".
func ParseShard(s string) (Shard, error) {
	var sh Shard
	var rest string
	n, _ := fmt.Sscanf(s, "%d/%d%s", &sh.Index, &sh.Count, &rest)
	if n != 2 || sh.Count < 1 || sh.Index < 0 || sh.Index >= sh.Count {
		return Shard{}, fmt.Errorf("batch: shard %q: want I/N with 0 <= I < N", s)
	}
	return sh, nil
}

// largestFirst orders items by file size, largest first (a stable sort, so
// equal sizes keep their order). Big apps take longest: started last, one
// of them would run alone at the end of the batch while the other workers
// idle; started first, the small ones fill in around it (the
// longest-processing-time-first rule). Records are emitted in completion
// order anyway; --sort restores path order.
func largestFirst(items []Item) []Item {
	size := make(map[string]int64, len(items))
	for _, it := range items {
		if st, err := os.Stat(it.Path); err == nil {
			size[it.Path] = st.Size()
		}
	}
	out := slices.Clone(items)
	slices.SortStableFunc(out, func(a, b Item) int { return cmp.Compare(size[b.Path], size[a.Path]) })
	return out
}
