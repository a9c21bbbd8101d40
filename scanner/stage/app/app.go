// Package app loads an Android app for analysis: it opens the container,
// parses the manifest and resources, and opens every dex file, collecting a
// diagnostic for each part that is odd or unreadable instead of stopping.
// A broken classes3.dex must not hide what classes.dex holds.
package app

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/read/apk"
	"github.com/apkscan/apkscan/scanner/read/axml"
	"github.com/apkscan/apkscan/scanner/read/dex"
	"github.com/apkscan/apkscan/scanner/stage/internal/par"
)

// Options bound and shape loading.
type Options struct {
	Budgets apk.Budgets
	// Dex bounds the work each dex file may cost (see dex.Budgets).
	Dex dex.Budgets
	// Jobs is how many dex files are parsed at once; 0 means GOMAXPROCS.
	Jobs int
	// Stats walks every instruction of every dex at load to count them and
	// report broken code (apkscan info). Scans leave that walk to the
	// indexer, which decodes every instruction anyway and reports the same
	// problems, so code is walked once.
	Stats bool
}

// App is one loaded app. Fields are filled as far as the input allowed.
type App struct {
	Path   string
	SHA256 string
	Size   int64
	// Kind is what the input turned out to be, judged by content: KindAPK,
	// a split set (KindAPKS, KindXAPK, KindAPKM) or an App Bundle (KindAAB).
	Kind string

	// Archive is the zip at Path: the APK, a split set's outer zip, or the
	// App Bundle (whose module entries are renamed as in the APK they
	// become, see loadAAB; Entry.Path keeps "base/lib/x86/libx.so").
	Archive *apk.Archive
	// Nested lists containers found inside the app (APKs, jars), depth-first.
	// For a split set it starts with the base APK and every split, so that
	// everything reading Archive + Nested sees all of the app.
	Nested []*apk.Archive

	Manifest    *axml.Manifest // nil when absent or unreadable
	Resources   *axml.Resources
	Dex         []*DexFile
	Diagnostics []finding.Diagnostic
	// Tampering lists the anti-analysis tricks seen in the app's zip
	// structure (every container's, in order) and manifests. Everything
	// was read the way Android reads it; rules turn these into findings.
	Tampering []Tampering

	codeDex  int    // dex files the app itself loads (root classesN.dex of every part)
	tampered func() // waits for the container's tampering checks
	// prefetched holds root dex files being read ahead (see prefetchDex).
	prefetched map[*apk.Entry]*dexResult
}

// DexFile is one opened dex file: a root classesN.dex, or a dex found in an
// asset or nested container (Entry then names it fully, `a.apk!classes.dex`).
type DexFile struct {
	Entry string
	Size  int64
	File  *dex.File
	Stats dex.Stats
}

// Tampering is one anti-analysis trick (apk.Trick, axml.Trick) seen on
// one entry.
type Tampering struct {
	Entry  string
	Trick  string
	Detail string
}

// ErrNotAPK reports an input that is a zip but no Android app (no manifest).
var ErrNotAPK = errors.New("not an Android app: no AndroidManifest.xml")

// InputError is returned when the input cannot be read as an app. The App
// returned alongside it holds whatever could be read.
type InputError struct {
	Path string
	Err  error
}

// Error names the path once: an operating-system error about the same
// path ("open x.apk: no such file or directory") is said without it.
func (e *InputError) Error() string {
	var pe *fs.PathError
	if errors.As(e.Err, &pe) && pe.Path == e.Path {
		return fmt.Sprintf("%s: %v", e.Path, pe.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}
func (e *InputError) Unwrap() error { return e.Err }

// Load reads the app at path. It returns a non-nil *App whenever the file
// could be opened at all; the error is an *InputError when the input is not
// a readable Android app (the App then holds partial results).
//
// A panic while reading (a bug in a reader, met on some input) is not
// let through: it becomes this file's InputError, so it costs one app of
// a batch and gives a single scan an error, not a crash.
func Load(path string, opts Options) (res *App, err error) {
	a := &App{Path: path}
	defer func() {
		if p := recover(); p != nil {
			a.Close()
			res, err = nil, &InputError{Path: path, Err: fmt.Errorf("internal error while reading (a bug in apkscan; please report it with this file): %v", p)}
		}
	}()
	if testHookLoad != nil {
		testHookLoad(path)
	}
	// The digest is only reported: hash the file while it is being read.
	var herr error
	hashed := par.Start(jobs(opts) > 1, func() { herr = a.hash() })
	err = a.load(opts)
	if hashed(); herr != nil {
		a.Close()
		return nil, &InputError{Path: path, Err: herr}
	}
	return a, err
}

// testHookLoad, when set by a test, runs at the start of every Load.
var testHookLoad func(path string)

func (a *App) load(opts Options) error {
	ar, err := apk.Open(a.Path, opts.Budgets)
	if err != nil {
		return &InputError{Path: a.Path, Err: err}
	}
	a.Kind = detectKind(ar, a.Path)
	var loadErr error
	switch a.Kind {
	case KindAAB:
		a.setArchive(ar, opts)
		loadErr = a.loadAAB(opts)
	case KindAPKS, KindXAPK, KindAPKM:
		if ar, err = reopenForSplits(ar, a.Path, opts.Budgets); err != nil {
			return &InputError{Path: a.Path, Err: err}
		}
		a.setArchive(ar, opts)
		loadErr = a.loadSplitSet(opts)
	default:
		a.setArchive(ar, opts)
		if jobs(opts) > 1 {
			a.prefetchDex(ar, opts)
		}
		a.loadResources(ar)
		loadErr = a.loadManifest(ar)
		a.loadDex(opts)
	}
	a.collectTampering()
	if loadErr != nil {
		return &InputError{Path: a.Path, Err: loadErr}
	}
	return nil
}

// setArchive makes ar the app's container and starts comparing its local
// headers with its central directory (apk.Archive.Tampering), a small
// read per entry, beside the rest of loading.
func (a *App) setArchive(ar *apk.Archive, opts Options) {
	a.Archive = ar
	a.warnings("", ar.Warnings)
	a.tampered = par.Start(jobs(opts) > 1, func() { ar.Tampering() })
}

// collectTampering gathers every container's tricks, then the manifests'.
func (a *App) collectTampering() {
	if a.tampered != nil {
		a.tampered()
	}
	var out []Tampering
	for _, ar := range a.containers() {
		for _, t := range ar.Tampering() {
			out = append(out, Tampering{Entry: t.Path, Trick: string(t.Trick), Detail: t.Detail})
		}
	}
	a.Tampering = append(out, a.Tampering...)
}

// manifestTampering records the tricks of a manifest read from entry.
func (a *App) manifestTampering(entry string, m *axml.Manifest) {
	for _, t := range m.Tampering {
		a.Tampering = append(a.Tampering, Tampering{Entry: entry, Trick: string(t.Trick), Detail: t.Detail})
	}
}

// Close releases the file behind the app.
func (a *App) Close() error {
	if a.Archive == nil {
		return nil
	}
	return a.Archive.Close()
}

func (a *App) hash() error {
	f, _, err := apk.OpenRegular(a.Path) // never blocks on a named pipe
	if err != nil {
		return err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return err
	}
	a.Size = n
	a.SHA256 = hex.EncodeToString(h.Sum(nil))
	return nil
}

// warnings records what a reader tolerated as warning diagnostics on
// entry; a container's warnings name their own entry. A container that
// may not have been read whole is an error diagnostic: the scan is partial.
func (a *App) warnings(entry string, ws []error) {
	for _, w := range ws {
		var aw *apk.Warning
		if errors.As(w, &aw) {
			level := finding.DiagWarning
			if aw.Incomplete {
				level = finding.DiagError // part of the app may be missing
			}
			a.Diagnostics = append(a.Diagnostics, finding.Diagnostic{Entry: aw.Path, Severity: level, Message: aw.Msg})
			continue
		}
		a.diag(finding.DiagWarning, entry, w)
	}
}

// diag records a diagnostic for one entry.
func (a *App) diag(level finding.DiagLevel, entry string, err error) {
	a.Diagnostics = append(a.Diagnostics, finding.Diagnostic{Entry: entry, Severity: level, Message: err.Error()})
}

// readEntry reads e of ar, recording a read error as a diagnostic at
// level. The bytes read before an error are kept: callers parse what there
// is, and give up only when nothing was read.
func (a *App) readEntry(ar *apk.Archive, e *apk.Entry, level finding.DiagLevel) ([]byte, error) {
	data, err := ar.Read(e)
	if err != nil {
		a.diag(level, e.Path, err)
	}
	return data, err
}

// loadResources reads resources.arsc of ar (the APK, or a split set's base).
func (a *App) loadResources(ar *apk.Archive) {
	e := ar.Lookup("resources.arsc")
	if e == nil {
		return
	}
	data, err := a.readEntry(ar, e, finding.DiagError)
	if err != nil && len(data) == 0 {
		return
	}
	res, err := axml.ParseResources(data)
	if err != nil {
		a.diag(finding.DiagError, e.Path, err)
	}
	if res != nil {
		a.warnings(e.Path, res.Warnings)
	}
	a.Resources = res
}

// loadManifest reads the binary AndroidManifest.xml of ar.
func (a *App) loadManifest(ar *apk.Archive) error {
	return a.readManifest(ar, ar.Lookup("AndroidManifest.xml"), axml.ParseManifest)
}

// readManifest reads entry e of ar with parse (binary XML, or aapt2's
// protobuf in a bundle), keeping a partial manifest with its error.
func (a *App) readManifest(ar *apk.Archive, e *apk.Entry, parse func([]byte, *axml.Resources) (*axml.Manifest, error)) error {
	if e == nil {
		return ErrNotAPK
	}
	data, err := a.readEntry(ar, e, finding.DiagError)
	if err != nil && len(data) == 0 {
		return err
	}
	m, err := parse(data, a.Resources)
	if err != nil {
		a.diag(finding.DiagError, e.Path, err)
		if m == nil {
			return fmt.Errorf("%s: %w", e.Path, err)
		}
	}
	a.Manifest = m
	a.warnings(e.Path, m.Warnings)
	a.manifestTampering(e.Path, m)
	return nil
}
