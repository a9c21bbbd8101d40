package app

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/read/apk"
	"github.com/apkscan/apkscan/scanner/read/dex"
	"github.com/apkscan/apkscan/scanner/stage/internal/par"
)

// dexSource is a dex entry to read and parse. Reading happens in the
// parse workers: the container serialises reads itself when its zip
// reader needs that (an archive recovered without a central directory).
type dexSource struct {
	ar *apk.Archive
	e  *apk.Entry
}

// loadDex opens the root classes*.dex files in loader order, then dex files
// in nested containers and loose *.dex entries, parsing them in parallel.
func (a *App) loadDex(opts Options) {
	var srcs []dexSource
	read := a.dexReader(&srcs)
	root := a.Archive.DexFiles()
	for _, e := range root {
		read(a.Archive, e)
	}
	a.codeDex = len(root)
	a.checkDexSequence(root)
	a.walkNested(a.Archive, read)
	a.parseDex(srcs, opts)
}

// dexReader returns a function that queues one dex entry in *srcs.
func (a *App) dexReader(srcs *[]dexSource) func(*apk.Archive, *apk.Entry) {
	return func(ar *apk.Archive, e *apk.Entry) {
		*srcs = append(*srcs, dexSource{ar: ar, e: e})
	}
}

// parseDex reads and parses the dex files in parallel into a.Dex, keeping
// their order; a dex that cannot be read at all is left out, with its
// diagnostic. Root dex files that prefetchDex started are only waited for.
// With one job, they are read in order on the caller's goroutine. A panic
// in a worker (a bug) is re-raised here, within the scan's recovery.
func (a *App) parseDex(srcs []dexSource, opts Options) {
	a.Dex = make([]*DexFile, len(srcs))
	diags := make([][]finding.Diagnostic, len(srcs))
	par.Each(len(srcs), jobs(opts), func(i int) {
		s := srcs[i]
		if r := a.prefetched[s.e]; r != nil {
			r.wait()
			a.Dex[i], diags[i] = r.df, r.diags
			return
		}
		a.Dex[i], diags[i] = readDex(s.ar, s.e, opts, jobs(opts) > 1)
	})
	a.prefetched = nil
	for _, d := range diags {
		a.Diagnostics = append(a.Diagnostics, d...)
	}
	a.Dex = slices.DeleteFunc(a.Dex, func(d *DexFile) bool { return d == nil })
}

// dexResult is a root dex file read ahead by prefetchDex.
type dexResult struct {
	wait  func() // returns once df and diags are set
	df    *DexFile
	diags []finding.Diagnostic
}

// prefetchDex starts reading and parsing the root classesN.dex files of ar
// at once, so that inflating them (most of an app's bytes) overlaps with
// reading resources and the manifest; parseDex collects the results in
// order, so diagnostics come out as if read in sequence.
func (a *App) prefetchDex(ar *apk.Archive, opts Options) {
	root := ar.DexFiles()
	a.prefetched = make(map[*apk.Entry]*dexResult, len(root))
	sem := make(chan struct{}, jobs(opts))
	for _, e := range root {
		r := &dexResult{}
		a.prefetched[e] = r
		r.wait = sync.OnceFunc(par.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			r.df, r.diags = readDex(ar, e, opts, jobs(opts) > 1)
		}))
	}
}

func jobs(opts Options) int {
	if opts.Jobs > 0 {
		return opts.Jobs
	}
	return runtime.GOMAXPROCS(0)
}

// readDex inflates and opens one dex entry. With parallel, the header's
// checksum and signature are computed on another goroutine while the entry
// inflates (a Summer fed by apk.Progress), so verifying a multi-megabyte
// dex no longer waits for a second pass over its bytes. An entry that may
// be hostile (see sniffDex) is looked at before it is inflated whole.
func readDex(ar *apk.Archive, e *apk.Entry, opts Options, parallel bool) (*DexFile, []finding.Diagnostic) {
	var diags []finding.Diagnostic
	limit, err := sniffDex(ar, e)
	if err != nil {
		return nil, append(diags, finding.Diagnostic{Entry: e.Path, Severity: finding.DiagError, Message: err.Error()})
	}
	var sum *dexSummer
	var progress apk.Progress
	if parallel {
		sum = startDexSummer()
		progress = sum.progress
	}
	data, err := ar.ReadWith(e, apk.ReadOptions{Progress: progress, Split: parallel, Limit: limit})
	var sums *dex.Sums
	if sum != nil {
		sums = sum.sums(data)
	}
	if err != nil {
		diags = append(diags, finding.Diagnostic{Entry: e.Path, Severity: finding.DiagError, Message: err.Error()})
		if len(data) == 0 {
			return nil, diags
		}
	}
	df, more := openDex(e.Path, data, opts, sums)
	return df, append(diags, more...)
}

// sniffThreshold: a dex entry that declares more bytes than this, or
// inflates more than sniffRatio times its compressed size, is looked at
// before it is read whole. Real dex files are a few MiB and compress
// about 3:1; a gigabyte of zeros named classes.dex compresses 1000:1.
const (
	sniffThreshold = 16 << 20
	sniffRatio     = 50
)

// sniffDex reads the header of a large or highly compressed dex entry
// first: an entry that is no dex file costs its first bytes, not its
// budget, and a dex is read only up to its header's file_size (Android
// reads no more). It returns the read limit (0: the entry's budget).
func sniffDex(ar *apk.Archive, e *apk.Entry) (int64, error) {
	if e.Size >= 0 && e.Size <= sniffThreshold && (e.CompressedSize <= 0 || e.Size/e.CompressedSize <= sniffRatio) {
		return 0, nil
	}
	head, err := ar.ReadWith(e, apk.ReadOptions{Limit: dex.MaxHeaderSize})
	if len(head) < dex.HeaderSize {
		if err == nil {
			err = fmt.Errorf("%s: %d bytes, shorter than a dex header", e.Path, len(head))
		}
		return 0, err
	}
	h, err := dex.ParseHeader(head)
	if err != nil {
		return 0, fmt.Errorf("%s: %w; the rest of the entry is not read", e.Path, err)
	}
	if h.Version < 41 && h.FileSize >= dex.HeaderSize {
		return int64(h.FileSize), nil
	}
	return 0, nil
}

// dexSummer feeds a dex.Summer on its own goroutine with the prefixes
// apk.Progress reports.
type dexSummer struct {
	filled chan []byte
	wait   func()
	s      dex.Summer
	last   []byte
}

func startDexSummer() *dexSummer {
	d := &dexSummer{filled: make(chan []byte, 64)}
	d.wait = par.Go(func() {
		for f := range d.filled {
			if len(d.last) > len(f) || len(d.last) > 0 && &d.last[0] != &f[0] {
				d.s, d.last = dex.Summer{}, nil // another buffer: start over
			}
			d.s.Write(f[len(d.last):])
			d.last = f
		}
	})
	return d
}

func (d *dexSummer) progress(filled []byte) { d.filled <- filled }

// sums stops the goroutine and returns the digests when they cover
// exactly data (the read may have fallen back to another buffer).
func (d *dexSummer) sums(data []byte) *dex.Sums {
	close(d.filled)
	d.wait()
	if len(data) == 0 || len(d.last) != len(data) || &d.last[0] != &data[0] {
		return nil
	}
	return d.s.Sum()
}

// openDex opens one dex file and verifies its header, checksum and
// signature (with sums, when given, computed over data already); with
// stats it also walks every code item and instruction.
func openDex(entry string, data []byte, opts Options, sums *dex.Sums) (df *DexFile, diags []finding.Diagnostic) {
	df = &DexFile{Entry: entry, Size: int64(len(data))}
	add := func(level finding.DiagLevel, err error) {
		diags = append(diags, finding.Diagnostic{Entry: entry, Severity: level, Message: err.Error()})
	}
	defer func() {
		// The dex reader is ours and fuzzed, but a bug there must cost one
		// dex file, not the scan.
		if p := recover(); p != nil {
			add(finding.DiagError, fmt.Errorf("internal error reading dex: %v", p))
		}
	}()
	f, err := dex.OpenBytesWith(data, opts.Dex)
	if err != nil {
		add(finding.DiagError, err)
		return df, diags
	}
	df.File = f
	f.Prepare() // here, beside the other parts' loading, not in the index's way
	for _, err := range f.VerifySums(sums) {
		add(finding.DiagWarning, err)
	}
	var errs []error
	if opts.Stats {
		df.Stats, errs = f.Stats()
	}
	diags = append(diags, DexDiagnostics(entry, append(f.Warnings(), errs...))...)
	return df, diags
}

// MaxDexErrors caps per-dex diagnostics: a hostile file can break every method.
const MaxDexErrors = 20

// DexDiagnostics turns a dex file's errors into at most MaxDexErrors
// diagnostics, the last one saying how many more there were (counting
// those the dex reader itself only counted, its *dex.Omitted).
func DexDiagnostics(entry string, errs []error) []finding.Diagnostic {
	var out []finding.Diagnostic
	more := 0
	for _, err := range errs {
		var o *dex.Omitted
		switch {
		case errors.As(err, &o):
			more += o.N
		case len(out) < MaxDexErrors:
			out = append(out, finding.Diagnostic{Entry: entry, Severity: finding.DiagError, Message: err.Error()})
		default:
			more++
		}
	}
	if more > 0 {
		out = append(out, finding.Diagnostic{Entry: entry, Severity: finding.DiagError,
			Message: fmt.Sprintf("%d more errors in this dex file not shown", more)})
	}
	return out
}

// checkDexSequence warns about a gap in classesN.dex numbering of one
// APK's (or bundle module's) dex entries in loader order: Android's loader
// stops at the first missing number, so later files never run.
func (a *App) checkDexSequence(dexes []*apk.Entry) {
	want := 1
	for _, e := range dexes {
		n := apk.DexIndex(e.Name)
		if n != want {
			a.Diagnostics = append(a.Diagnostics, finding.Diagnostic{Entry: e.Path, Severity: finding.DiagWarning,
				Message: fmt.Sprintf("classes%d.dex is missing, so Android does not load this file (it is analysed anyway)", want)})
		}
		want = n + 1
	}
}

// walkNested opens containers stored inside ar (depth-limited by the
// budgets) and hands every dex they hold to read.
func (a *App) walkNested(ar *apk.Archive, read func(*apk.Archive, *apk.Entry)) {
	for _, e := range ar.Entries {
		if e.Kind != apk.KindNested {
			continue
		}
		if strings.HasSuffix(strings.ToLower(e.Name), ".dex") {
			read(ar, e)
			continue
		}
		n, err := ar.OpenNested(e)
		if err != nil {
			a.diag(finding.DiagWarning, e.Path, err)
			continue
		}
		a.Nested = append(a.Nested, n)
		a.warnings("", n.Warnings)
		for _, ne := range n.Entries {
			if ne.Kind == apk.KindDex {
				read(n, ne)
			}
		}
		a.walkNested(n, read)
	}
}
