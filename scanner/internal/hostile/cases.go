// Package hostile builds hostile variants of a real app, one per class of
// input that once cost a scan seconds and gigabytes or that malware uses
// against analysers: strings sharing one endless run, central-directory
// records sharing a local header, class data in garbage, oversized
// entries, and the zip and manifest tampering tricks Android tolerates.
// Tests use it to assert bounds on allocation and decoded items; the gen
// command writes the cases to disk for whole-process measurements.
package hostile

import (
	"archive/zip"
	"fmt"
	"strconv"
)

// Case is one class of hostile input, built from a base app.
type Case struct {
	Name string
	// Doc says what the case is, as in the report of its measurement.
	Doc   string
	Build func(base []byte, s Scale) ([]byte, error)
}

// Scale sizes the cases: the table's figures at Full, smaller ones in
// tests so that they run in milliseconds.
type Scale struct {
	StringRun   int   // bytes of the endless string
	Aliases     int   // central-directory records sharing one local header
	FlipBytes   int   // bytes of class_defs flipped
	RepeatedDex int   // size the class_defs copies grow a dex to
	BigManifest int64 // inflated size of the manifest
	ZeroEntry   int64 // inflated size of the zero-filled entry
	PoolStrings int   // strings no code uses, added to the dex
}

// Full is the table of issue 20.
var Full = Scale{StringRun: 60 << 10, Aliases: 200, FlipBytes: 4 << 10, RepeatedDex: 64 << 20,
	BigManifest: 800 << 20, ZeroEntry: 1 << 30, PoolStrings: 10_000_000}

// Small keeps every shape at a size a unit test can afford.
var Small = Scale{StringRun: 4 << 10, Aliases: 50, FlipBytes: 4 << 10, RepeatedDex: 4 << 20,
	BigManifest: 64 << 20, ZeroEntry: 64 << 20, PoolStrings: 600_000}

// Tiny makes seeds for fuzzing: every shape, each a few kilobytes to inflate
// or decode, so that the fuzzer mutates them quickly.
var Tiny = Scale{StringRun: 512, Aliases: 8, FlipBytes: 512, RepeatedDex: 64 << 10,
	BigManifest: 1 << 20, ZeroEntry: 1 << 20, PoolStrings: 1000}

// Cases lists every class, resource cases first, then tampering.
func Cases() []Case {
	return []Case{
		{"dex-string-run", "every string_id points into one unterminated, invalid MUTF-8 run with a 2^30 length",
			dexCase(func(d []byte, s Scale) ([]byte, error) { return StringRun(d, s.StringRun) })},
		{"dex-string-flood", "millions of string_ids no code uses, each a distinct five-letter string",
			dexCase(func(d []byte, s Scale) ([]byte, error) { return StringFlood(d, s.PoolStrings) })},
		{"zip-shared-local-header", "central-directory records named classes2..N.dex that all point at classes.dex's local header", sharedLocalHeader},
		{"dex-flip-every-7th", "every 7th byte of class_defs flipped over 4 KiB (class_data offsets into garbage)",
			dexCase(func(d []byte, s Scale) ([]byte, error) { return FlipEvery7th(d, s.FlipBytes) })},
		{"dex-class-data-scattered", "every class_data_off moved to a distinct offset in unrelated data",
			dexCase(func(d []byte, _ Scale) ([]byte, error) { return ScatterClassData(d) })},
		{"dex-class-defs-at-zero", "class_defs_off = 0", dexCase(func(d []byte, _ Scale) ([]byte, error) { return ClassDefsAtZero(d) })},
		{"dex-class-defs-repeated", "the class_defs table repeated to a 64 MiB dex",
			dexCase(func(d []byte, s Scale) ([]byte, error) { return RepeatClassDefs(d, s.RepeatedDex) })},
		{"manifest-huge", "a manifest that inflates to 800 MB (the real one, then zeros)", bigManifest},
		{"resources-zeros", "1 GiB of zeros as resources.arsc", zeroEntry("resources.arsc")},
		{"dex-zeros", "1 GiB of zeros as classes.dex", zeroEntry("classes.dex")},
		{"tamper-method-central", "the manifest's central-directory compression method is bogus (stored data)", bogusMethod(true)},
		{"tamper-method-local", "the manifest's local-header compression method is bogus", bogusMethod(false)},
		{"tamper-encrypted", "the encryption flag set on plain entries", encryptedFlag},
		{"tamper-size-mismatch", "local header sizes disagree with the central directory", sizeMismatch},
		{"tamper-extra-field", "a 64 KiB extra field on the manifest's local header", bigExtra},
		{"tamper-manifest-magic", "the binary manifest's first byte altered", manifestMagic},
		{"tamper-duplicate-name", "two entries named classes.dex", duplicateName},
	}
}

// dexCase applies a dex mutation to the base app's classes.dex.
func dexCase(mut func([]byte, Scale) ([]byte, error)) func([]byte, Scale) ([]byte, error) {
	return func(base []byte, s Scale) ([]byte, error) {
		a, err := ReadArchive(base)
		if err != nil {
			return nil, err
		}
		e := a.Find("classes.dex")
		if e == nil {
			return nil, fmt.Errorf("hostile: base app has no classes.dex")
		}
		d, err := Inflate(e)
		if err != nil {
			return nil, err
		}
		if d, err = mut(d, s); err != nil {
			return nil, err
		}
		e.SetContent(d, true)
		return a.Bytes(), nil
	}
}

func sharedLocalHeader(base []byte, s Scale) ([]byte, error) {
	a, err := ReadArchive(base)
	if err != nil {
		return nil, err
	}
	dex := -1
	for i, e := range a.Entries {
		if e.Name == "classes.dex" {
			dex = i
		}
	}
	if dex < 0 {
		return nil, fmt.Errorf("hostile: base app has no classes.dex")
	}
	// Drop the app's own classesN.dex so that the aliases are the numbers.
	var kept []*Entry
	for i, e := range a.Entries {
		if i != dex && isDexName(e.Name) {
			continue
		}
		if i == dex {
			dex = len(kept)
		}
		kept = append(kept, e)
	}
	a.Entries = kept
	for n := 2; n < 2+s.Aliases; n++ {
		a.Aliases = append(a.Aliases, Alias{Name: "classes" + strconv.Itoa(n) + ".dex", Of: dex})
	}
	return a.Bytes(), nil
}

func isDexName(n string) bool {
	return len(n) > len("classes.dex") && n[:7] == "classes" && n[len(n)-4:] == ".dex"
}

func bigManifest(base []byte, s Scale) ([]byte, error) {
	a, err := ReadArchive(base)
	if err != nil {
		return nil, err
	}
	e := a.Find("AndroidManifest.xml")
	if e == nil {
		return nil, fmt.Errorf("hostile: base app has no manifest")
	}
	m, err := Inflate(e)
	if err != nil {
		return nil, err
	}
	pad := s.BigManifest - int64(len(m))
	data, crc := DeflateAfter(m, pad)
	e.Method, e.Data, e.CRC32 = zip.Deflate, data, crc
	e.CompressedSize, e.UncompressedSize = uint32(len(data)), uint32(s.BigManifest)
	e.sync()
	return a.Bytes(), nil
}

func zeroEntry(name string) func([]byte, Scale) ([]byte, error) {
	return func(base []byte, s Scale) ([]byte, error) {
		a, err := ReadArchive(base)
		if err != nil {
			return nil, err
		}
		e := a.Find(name)
		if e == nil {
			e = &Entry{Name: name}
			a.Entries = append(a.Entries, e)
		}
		data, crc := DeflateZeros(s.ZeroEntry)
		e.Method, e.Data, e.CRC32 = zip.Deflate, data, crc
		e.CompressedSize, e.UncompressedSize = uint32(len(data)), uint32(s.ZeroEntry)
		e.sync()
		return a.Bytes(), nil
	}
}
