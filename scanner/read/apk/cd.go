package apk

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"path"
)

// cdInfo is what the central directory says, read with archive/zip only to
// diagnose what apkparser tolerates silently (it keeps the first of two
// entries with one name; Android 10+ refuses such an APK).
type cdInfo struct {
	ok       bool
	names    map[string]int
	methods  map[string]uint16
	declared map[string]uint64
	comp     map[string]uint64
	// files holds the first central-directory record per name, the one
	// apkparser reads too; readRecord (inflate.go) uses its offsets.
	files map[string]*zip.File
	// records are the same records read raw, in directory order; nil when
	// they could not be paired with archive/zip's.
	records []record
}

func readCentralDirectory(r io.ReaderAt, size int64) (cd cdInfo) {
	defer func() {
		if recover() != nil {
			cd = cdInfo{}
		}
	}()
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return cdInfo{}
	}
	cd = cdInfo{ok: true, names: map[string]int{}, methods: map[string]uint16{}, declared: map[string]uint64{}, comp: map[string]uint64{}, files: map[string]*zip.File{}}
	cd.records = readRecords(r, size)
	if len(cd.records) != len(zr.File) {
		cd.records = nil
	}
	for i, f := range zr.File {
		if cd.records != nil && cd.records[i].name != f.Name {
			cd.records = nil
		}
		n := path.Clean(f.Name)
		cd.names[n]++
		if cd.names[n] == 1 {
			cd.methods[n] = f.Method
			cd.declared[n] = f.UncompressedSize64
			cd.comp[n] = f.CompressedSize64
			cd.files[n] = f
		}
	}
	return cd
}

// checkCentralDirectory reports duplicate names, unusual compression methods
// and sizes that DEFLATE cannot produce.
func (a *Archive) checkCentralDirectory(cd cdInfo) {
	// archive/zip read the central directory, so apkparser did too and reads
	// every entry through ReadAt: entries may be read concurrently.
	a.concurrent = cd.ok
	if cd.ok {
		for _, e := range a.Entries {
			e.zf = cd.files[e.Name]
		}
	}
	if !cd.ok {
		// apkparser recovers entries by scanning local headers without
		// saying so; a truncated or damaged archive must not look whole.
		a.Warnings = append(a.Warnings, &Warning{Path: trimBang(a.Prefix), Incomplete: true,
			Msg: "no readable central directory (truncated or damaged zip): entries were recovered by scanning local file headers and may be incomplete"})
		return
	}
	for _, e := range a.Entries {
		if n := cd.names[e.Name]; n > 1 {
			a.warn(e.Path, fmt.Sprintf("%d entries share this name; the first is read (Android 10+ refuses such an APK, older versions differ by loader)", n))
		}
		if m, ok := cd.methods[e.Name]; ok && m != zip.Store && m != zip.Deflate {
			a.warn(e.Path, fmt.Sprintf("compression method %d is read as stored, as Android's asset manager does", m))
		}
		if c, ok := cd.comp[e.Name]; ok && c > 0 && cd.methods[e.Name] == zip.Deflate && cd.declared[e.Name]/c > maxDeflateRatio {
			a.warn(e.Path, fmt.Sprintf("declared size %d is %d times the compressed size %d: a zip bomb or a lying header", cd.declared[e.Name], cd.declared[e.Name]/c, c))
		}
	}
	a.records = cd.records
	a.markAliases(cd.records)
}

// sniffPrefix reports data before the first local file header, such as a dex
// file prepended to the zip (the Janus vulnerability, CVE-2017-13156).
func (a *Archive) sniffPrefix(r io.ReaderAt) {
	head := make([]byte, 8)
	n, _ := r.ReadAt(head, 0)
	head = head[:n]
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x05\x06")):
		return
	case bytes.HasPrefix(head, []byte("dex\n")):
		a.warn("", "a dex file is prepended to the zip (Janus, CVE-2017-13156): Android < 8 may run it instead of the app's code")
	default:
		a.warn("", "data is prepended before the first zip entry")
	}
}
