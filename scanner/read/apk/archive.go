// Package apk opens an Android app container the way Android does: leniently
// (duplicate names, odd compression methods, data prepended before the zip,
// broken central directories), with budgets on everything that costs memory
// or time, and with a diagnostic for everything odd it tolerates.
//
// When the central directory is whole, entries are read as Android's
// libziparchive and asset manager read them (readRecord), and the zip
// tricks malware plays on analysers are reported as Tampering. Otherwise
// github.com/avast/apkparser's ZipReader recovers the entries by scanning
// local file headers, as Android's older loaders did; that reader is not
// safe for concurrent use, so its reads are serialised by a mutex.
package apk

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"path"
	"sort"
	"sync"

	"github.com/avast/apkparser"
)

// Entry is one file in a container.
type Entry struct {
	// Name is the cleaned path inside its own container.
	Name string
	// Path is the display path from the top-level app: nested containers are
	// joined with "!" (`assets/plugin.apk!classes.dex`).
	Path string
	Kind Kind
	// Method is the compression method the central directory declares
	// (Android inflates method 8 and reads any other as stored).
	Method uint16
	// CompressedSize and Size are the declared sizes, or -1 when the entry was
	// found by scanning local headers and has no trustworthy size.
	CompressedSize int64
	Size           int64

	file    *apkparser.ZipReaderFile
	zf      *zip.File // central-directory record when the directory is whole
	alias   *Entry    // the entry whose local header this one's record shares
	archive *Archive
	mu      sync.Mutex // one reader of this entry at a time
}

// Archive is one opened container: the app itself, or a container nested in it.
type Archive struct {
	// Prefix is "" for the top-level app and "<outer path>!" for a nested one.
	Prefix string
	// Depth is 0 for the top-level app.
	Depth   int
	Size    int64
	Entries []*Entry
	// Warnings lists what was odd about the container itself (each a
	// *Warning): tolerated, as Android tolerates it, and said.
	Warnings []error

	records    []record // raw central directory, until Tampering reads it
	tamperOnce sync.Once
	tampering  []Tampering

	zr *apkparser.ZipReader
	ra io.ReaderAt // the container's bytes, for the fast read path
	// mu serialises reads when the archive was recovered by scanning local
	// headers: apkparser then reads through one shared Seek position. With a
	// central directory every entry is read through io.ReaderAt, so reads of
	// different entries may run at once (concurrent is then true).
	mu         *sync.Mutex
	concurrent bool
	budgets    Budgets
	spent      *spent
	closer     io.Closer
}

// spent tracks budgets shared by a top-level archive and all its nested ones.
type spent struct {
	mu     sync.Mutex
	total  int64
	nested int
}

// Open opens the app at path with the given budgets. Only a regular file
// is opened (see OpenRegular): anything else is an error wrapping
// ErrNotRegular.
func Open(name string, b Budgets) (*Archive, error) {
	f, st, err := OpenRegular(name)
	if err != nil {
		return nil, err
	}
	a, err := newArchive(f, st.Size(), "", 0, b.withDefaults(), &spent{})
	if err != nil {
		f.Close()
		return nil, err
	}
	a.closer = f
	return a, nil
}

// OpenBytes opens a container held in memory (a test fixture, a fuzz input).
func OpenBytes(data []byte, b Budgets) (*Archive, error) {
	return newArchive(bytes.NewReader(data), int64(len(data)), "", 0, b.withDefaults(), &spent{})
}

// Close releases the file behind a top-level archive.
func (a *Archive) Close() error {
	if a.closer == nil {
		return nil
	}
	err := a.closer.Close()
	a.closer = nil
	return err
}

type readSeekerAt interface {
	io.ReadSeeker
	io.ReaderAt
}

func newArchive(r readSeekerAt, size int64, prefix string, depth int, b Budgets, sp *spent) (a *Archive, err error) {
	defer func() {
		// apkparser's reader is the one part we do not control; no input may
		// crash the process, so a panic there becomes an error on this container.
		if p := recover(); p != nil {
			a, err = nil, &Error{Path: trimBang(prefix), Op: "open", Err: fmt.Errorf("zip reader panic: %v", p)}
		}
	}()
	a = &Archive{Prefix: prefix, Depth: depth, Size: size, mu: &sync.Mutex{}, budgets: b, spent: sp}
	zr, err := apkparser.OpenZipReader(r)
	if err != nil && (zr == nil || len(zr.FilesOrdered) == 0) {
		return nil, &Error{Path: trimBang(prefix), Op: "open", Err: err}
	}
	if zr == nil || len(zr.FilesOrdered) == 0 {
		return nil, &Error{Path: trimBang(prefix), Op: "open", Err: ErrNotZip}
	}
	a.zr, a.ra = zr, r
	if err != nil {
		a.warn("", fmt.Sprintf("zip structure damaged, entries recovered by scanning local headers: %v", err))
	}
	a.sniffPrefix(r)
	a.listEntries(r, size)
	return a, nil
}

// listEntries fills Entries in archive order, once per name, applying MaxEntries.
func (a *Archive) listEntries(r io.ReaderAt, size int64) {
	cd := readCentralDirectory(r, size)
	seen := make(map[*apkparser.ZipReaderFile]bool)
	for _, f := range a.zr.FilesOrdered {
		if seen[f] {
			continue
		}
		seen[f] = true
		if len(a.Entries) >= a.budgets.MaxEntries {
			a.warn("", fmt.Sprintf("more than %d entries; the rest are not read (budget MaxEntries)", a.budgets.MaxEntries))
			break
		}
		name := path.Clean(f.Name)
		e := &Entry{Name: name, Path: a.Prefix + name, Kind: classify(name, f.IsDir), CompressedSize: -1, Size: -1, file: f, archive: a}
		if h := f.ZipHeader(); h != nil {
			e.Method = h.Method
			e.CompressedSize = int64(h.CompressedSize64)
			e.Size = int64(h.UncompressedSize64)
		}
		a.Entries = append(a.Entries, e)
	}
	a.checkCentralDirectory(cd)
}

// DexFiles returns the root classes*.dex entries in the order Android's
// class loader reads them (classes.dex, classes2.dex, ...), whatever their
// order in the archive.
func (a *Archive) DexFiles() []*Entry {
	var out []*Entry
	for _, e := range a.Entries {
		if e.Kind == KindDex {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return DexIndex(out[i].Name) < DexIndex(out[j].Name) })
	return out
}

// Lookup returns the entry with the given cleaned name, or nil.
func (a *Archive) Lookup(name string) *Entry {
	for _, e := range a.Entries {
		if e.Name == name {
			return e
		}
	}
	return nil
}

func (a *Archive) warn(entry, msg string) {
	if entry == "" {
		entry = trimBang(a.Prefix)
	}
	a.Warnings = append(a.Warnings, &Warning{Path: entry, Msg: msg})
}

func trimBang(prefix string) string {
	if len(prefix) > 0 && prefix[len(prefix)-1] == '!' {
		return prefix[:len(prefix)-1]
	}
	return prefix
}
