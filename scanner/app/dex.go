package app

import (
	"fmt"
	"runtime"
	"strings"
	"sync"

	"github.com/apkscan/apkscan/scanner/apk"
	"github.com/apkscan/apkscan/scanner/dex"
	"github.com/apkscan/apkscan/scanner/finding"
)

// dexSource is a dex file's bytes, read serially from the (non-concurrent)
// zip reader before the parallel parse.
type dexSource struct {
	entry string
	data  []byte
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

// dexReader returns a function that reads one dex entry into *srcs,
// recording a diagnostic when it cannot be read in full.
func (a *App) dexReader(srcs *[]dexSource) func(*apk.Archive, *apk.Entry) {
	return func(ar *apk.Archive, e *apk.Entry) {
		data, err := ar.Read(e)
		if err != nil {
			a.diag(finding.DiagError, e.Path, err)
			if len(data) == 0 {
				return
			}
		}
		*srcs = append(*srcs, dexSource{entry: e.Path, data: data})
	}
}

// parseDex parses the read dex files in parallel into a.Dex, keeping their order.
func (a *App) parseDex(srcs []dexSource, opts Options) {
	jobs := opts.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	a.Dex = make([]*DexFile, len(srcs))
	diags := make([][]finding.Diagnostic, len(srcs))
	sem := make(chan struct{}, jobs)
	var wg sync.WaitGroup
	for i, s := range srcs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			a.Dex[i], diags[i] = openDex(s, opts.Stats)
		}()
	}
	wg.Wait()
	for _, d := range diags {
		a.Diagnostics = append(a.Diagnostics, d...)
	}
}

// openDex opens one dex file and verifies its header, checksum and
// signature; with stats it also walks every code item and instruction.
func openDex(s dexSource, stats bool) (df *DexFile, diags []finding.Diagnostic) {
	df = &DexFile{Entry: s.entry, Size: int64(len(s.data))}
	add := func(level finding.DiagLevel, err error) {
		diags = append(diags, finding.Diagnostic{Entry: s.entry, Severity: level, Message: err.Error()})
	}
	defer func() {
		// The dex reader is ours and fuzzed, but a bug there must cost one
		// dex file, not the scan.
		if p := recover(); p != nil {
			add(finding.DiagError, fmt.Errorf("internal error reading dex: %v", p))
		}
	}()
	f, err := dex.OpenBytes(s.data)
	if err != nil {
		add(finding.DiagError, err)
		return df, diags
	}
	df.File = f
	for _, err := range f.Verify() {
		add(finding.DiagWarning, err)
	}
	var errs []error
	if stats {
		df.Stats, errs = f.Stats()
	}
	diags = append(diags, DexDiagnostics(s.entry, append(f.Diagnostics(), errs...))...)
	return df, diags
}

// MaxDexErrors caps per-dex diagnostics: a hostile file can break every method.
const MaxDexErrors = 20

// DexDiagnostics turns a dex file's errors into at most MaxDexErrors
// diagnostics, the last one saying how many more there were.
func DexDiagnostics(entry string, errs []error) []finding.Diagnostic {
	var out []finding.Diagnostic
	for i, err := range errs {
		if i == MaxDexErrors {
			out = append(out, finding.Diagnostic{Entry: entry, Severity: finding.DiagError,
				Message: fmt.Sprintf("%d more errors in this dex file not shown", len(errs)-i)})
			break
		}
		out = append(out, finding.Diagnostic{Entry: entry, Severity: finding.DiagError, Message: err.Error()})
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
		a.Diagnostics = append(a.Diagnostics, n.Diagnostics...)
		for _, ne := range n.Entries {
			if ne.Kind == apk.KindDex {
				read(n, ne)
			}
		}
		a.walkNested(n, read)
	}
}
