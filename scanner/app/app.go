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
	"os"

	"github.com/apkscan/apkscan/scanner/apk"
	"github.com/apkscan/apkscan/scanner/axml"
	"github.com/apkscan/apkscan/scanner/dex"
	"github.com/apkscan/apkscan/scanner/finding"
)

// Options bound and shape loading.
type Options struct {
	Budgets apk.Budgets
	// Jobs is how many dex files are parsed at once; 0 means GOMAXPROCS.
	Jobs int
}

// App is one loaded app. Fields are filled as far as the input allowed.
type App struct {
	Path   string
	SHA256 string
	Size   int64

	Archive *apk.Archive
	// Nested lists containers found inside the app (APKs, jars), depth-first.
	Nested []*apk.Archive

	Manifest    *axml.Manifest // nil when absent or unreadable
	Resources   *axml.Resources
	Dex         []*DexFile
	Diagnostics []finding.Diagnostic
}

// DexFile is one opened dex file: a root classesN.dex, or a dex found in an
// asset or nested container (Entry then names it fully, `a.apk!classes.dex`).
type DexFile struct {
	Entry string
	Size  int64
	File  *dex.File
	Stats dex.Stats
}

// ErrNotAPK reports an input that is a zip but no Android app (no manifest).
var ErrNotAPK = errors.New("not an Android app: no AndroidManifest.xml")

// InputError is returned when the input cannot be read as an app. The App
// returned alongside it holds whatever could be read.
type InputError struct {
	Path string
	Err  error
}

func (e *InputError) Error() string { return fmt.Sprintf("%s: %v", e.Path, e.Err) }
func (e *InputError) Unwrap() error { return e.Err }

// Load reads the app at path. It returns a non-nil *App whenever the file
// could be opened at all; the error is an *InputError when the input is not
// a readable Android app (the App then holds partial results).
func Load(path string, opts Options) (*App, error) {
	a := &App{Path: path}
	if err := a.hash(); err != nil {
		return nil, &InputError{Path: path, Err: err}
	}
	ar, err := apk.Open(path, opts.Budgets)
	if err != nil {
		return a, &InputError{Path: path, Err: err}
	}
	a.Archive = ar
	a.Diagnostics = append(a.Diagnostics, ar.Diagnostics...)
	a.loadResources()
	manifestErr := a.loadManifest()
	a.loadDex(opts)
	if manifestErr != nil {
		return a, &InputError{Path: path, Err: manifestErr}
	}
	return a, nil
}

// Close releases the file behind the app.
func (a *App) Close() error {
	if a.Archive == nil {
		return nil
	}
	return a.Archive.Close()
}

func (a *App) hash() error {
	f, err := os.Open(a.Path)
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

// diag records a diagnostic for one entry.
func (a *App) diag(level finding.DiagLevel, entry string, err error) {
	a.Diagnostics = append(a.Diagnostics, finding.Diagnostic{Entry: entry, Severity: level, Message: err.Error()})
}

func (a *App) loadResources() {
	e := a.Archive.Lookup("resources.arsc")
	if e == nil {
		return
	}
	data, err := a.Archive.Read(e)
	if err != nil {
		a.diag(finding.DiagError, e.Path, err)
		if len(data) == 0 {
			return
		}
	}
	res, err := axml.ParseResources(data)
	if err != nil {
		a.diag(finding.DiagError, e.Path, err)
	}
	a.Resources = res
}

func (a *App) loadManifest() error {
	e := a.Archive.Lookup("AndroidManifest.xml")
	if e == nil {
		return ErrNotAPK
	}
	data, err := a.Archive.Read(e)
	if err != nil {
		a.diag(finding.DiagError, e.Path, err)
		if len(data) == 0 {
			return err
		}
	}
	m, err := axml.ParseManifest(data, a.Resources)
	if err != nil {
		a.diag(finding.DiagError, e.Path, err)
		if m == nil {
			return fmt.Errorf("AndroidManifest.xml: %w", err)
		}
	}
	a.Manifest = m
	for _, w := range m.Warnings {
		a.Diagnostics = append(a.Diagnostics, finding.Diagnostic{Entry: e.Path, Severity: finding.DiagWarning, Message: w})
	}
	return nil
}
