package app

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/apkscan/apkscan/scanner/apk"
	"github.com/apkscan/apkscan/scanner/dex"
	"github.com/apkscan/apkscan/scanner/finding"
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
// diagnostic.
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
			data, err := s.ar.Read(s.e)
			if err != nil {
				diags[i] = append(diags[i], finding.Diagnostic{Entry: s.e.Path, Severity: finding.DiagError, Message: err.Error()})
				if len(data) == 0 {
					return
				}
			}
			var more []finding.Diagnostic
			a.Dex[i], more = openDex(s.e.Path, data, opts.Stats)
			diags[i] = append(diags[i], more...)
		}()
	}
	wg.Wait()
	for _, d := range diags {
		a.Diagnostics = append(a.Diagnostics, d...)
	}
	a.Dex = slices.DeleteFunc(a.Dex, func(d *DexFile) bool { return d == nil })
}

// openDex opens one dex file and verifies its header, checksum and
// signature; with stats it also walks every code item and instruction.
func openDex(entry string, data []byte, stats bool) (df *DexFile, diags []finding.Diagnostic) {
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
	f, err := dex.OpenBytes(data)
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
	diags = append(diags, DexDiagnostics(entry, append(f.Diagnostics(), errs...))...)
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
