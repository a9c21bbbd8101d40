// Package dex reads Dalvik Executable (.dex) files: the header, the string,
// type, proto, field and method id tables, class definitions, class data,
// code items and encoded values, with names from the AOSP dex format spec.
//
// The reader trusts no count or offset in the file. Open reads the whole dex
// into memory (bounded by MaxSize, read in chunks so a lying size fails
// early) and every later access is a bounds-checked slice of that buffer;
// this keeps full decoding of a multi-megabyte dex well under a second.
// Tables are decoded lazily; decoded strings and resolved references are
// cached. A *File is not safe for concurrent use.
package dex

import (
	"errors"
	"fmt"
	"io"
)

// MaxSize is the largest dex Open accepts. Real dex files are limited by
// the 64K method/field reference limits to a few tens of megabytes.
const MaxSize = 256 << 20

// readChunk is the granularity of the initial read, so a size claimed by
// the caller (e.g. a zip header) that the reader cannot back costs at most
// one chunk of wasted allocation beyond the bytes actually delivered.
const readChunk = 1 << 20

// File is an opened dex file.
type File struct {
	Header Header

	data  []byte  // the whole file (or 041 container)
	sh    *shared // shared with Clones
	diags []error // non-fatal oddities found so far, see Warnings
	// omitted counts the oddities past maxKept; headerDiags is how many of
	// diags come from the header (a Clone starts with those).
	omitted, headerDiags int

	strs  []string // decoded string cache, indexed by string id
	strOK []bool   // strOK[i] reports strs[i] is decoded
	// rankStrs caches strings by the rank of their offset among the
	// distinct ones, when string_ids share or reorder offsets (shared).
	rankStrs []string
	rankOK   []bool
	lists    map[uint32][]string // decoded type_lists by offset
	typeOK   []int8              // typeErr's answers: 1 valid, -1 not, 0 not asked
	nameOK   []int8              // nameErr's answers for member names, by string id
	codeHint int                 // where the last code_item lookup found its offset
	st       *strTable           // sh.strs, once built
	protos   []*Proto            // resolved proto cache
	// protoOK caches protoValid: 1 valid, -1 not, 0 not asked yet.
	protoOK []int8
	mrefs   []string // "Lcls;.name:(args)ret" cache for the Resolver
	frefs   []string // "Lcls;.name:Ltype;" cache for the Resolver
	pstrs   []string // "(args)ret" cache for the Resolver

	mapList    []MapItem
	mapErr     error
	mapRead    bool
	callSites  idSection
	methHandls idSection
}

// Open reads a dex file of the given size from r. The size usually comes
// from a zip entry header, so it is checked against MaxSize and the read is
// done in chunks.
func Open(r io.ReaderAt, size int64) (f *File, err error) {
	defer catch(&err)
	if size < 0 || size > MaxSize {
		return nil, errf(ErrTooLarge, "header", -1, -1, "size %d exceeds the %d-byte limit", size, MaxSize)
	}
	data, err := readAll(r, size)
	if err != nil {
		return nil, err
	}
	return OpenBytes(data)
}

// readAll reads size bytes in readChunk pieces, growing the buffer only as
// data actually arrives.
func readAll(r io.ReaderAt, size int64) ([]byte, error) {
	var data []byte
	for off := int64(0); off < size; {
		n := min(size-off, readChunk)
		data = append(data, make([]byte, n)...)
		got, err := r.ReadAt(data[off:off+n], off)
		off += int64(got)
		if int64(got) < n {
			if err == nil || errors.Is(err, io.EOF) {
				return nil, errf(ErrTruncated, "header", -1, off, "read ended at %d of %d bytes", off, size)
			}
			return nil, fmt.Errorf("dex: read at offset %#x: %w", off, err)
		}
	}
	return data, nil
}

// OpenBytes parses a dex held in memory with the default Budgets. The
// slice is used, not copied, and must not be modified while the File is in
// use.
func OpenBytes(data []byte) (*File, error) { return OpenBytesWith(data, Budgets{}) }

// OpenBytesWith is OpenBytes with budgets.
func OpenBytesWith(data []byte, b Budgets) (f *File, err error) {
	defer catch(&err)
	h, err := parseHeader(data)
	if err != nil {
		return nil, err
	}
	f = &File{Header: h, data: data, sh: &shared{budgets: b.withDefaults()}}
	f.diags = append(f.diags, h.leniencies(len(data))...)
	f.headerDiags = len(f.diags)
	if h.Version < 41 && uint64(h.FileSize) >= uint64(h.HeaderSize) && uint64(h.FileSize) < uint64(len(data)) {
		// Trailing bytes (e.g. a Janus-style dex+zip polyglot) are not part
		// of the dex; Android also reads only file_size bytes.
		f.data = data[:h.FileSize]
	}
	if h.Version >= 41 && h.HeaderOffset != 0 {
		return nil, errf(ErrUnsupported, "header", -1, 0x74, "header_offset %#x: a dex inside a 041 container must be opened at its container start", h.HeaderOffset)
	}
	if err := h.checkSections(f.data); err != nil {
		return nil, err
	}
	return f, nil
}

// Warnings returns the non-fatal problems seen so far: header oddities
// Android tolerates, strings that are not valid MUTF-8, and so on. It grows
// as more of the file is decoded; past maxKept they are only counted, in a
// final *Omitted.
func (f *File) Warnings() []error {
	out := append([]error(nil), f.diags...)
	if f.omitted > 0 {
		out = append(out, &Omitted{N: f.omitted})
	}
	return out
}

// Bytes returns the dex file's bytes (shared, not copied: do not modify).
// OpenBytes on them gives an independent *File; Clone gives one that shares
// what was worked out about the bytes.
func (f *File) Bytes() []byte { return f.data }

// Size is the number of bytes of the dex in memory.
func (f *File) Size() int { return len(f.data) }

// Counts of the header's id tables. Open has checked each table lies inside
// the file, so every index below these counts can be read.

// NumStrings is string_ids_size.
func (f *File) NumStrings() int { return int(f.Header.StringIDsSize) }

// NumTypes is type_ids_size.
func (f *File) NumTypes() int { return int(f.Header.TypeIDsSize) }

// NumProtos is proto_ids_size.
func (f *File) NumProtos() int { return int(f.Header.ProtoIDsSize) }

// NumFields is field_ids_size.
func (f *File) NumFields() int { return int(f.Header.FieldIDsSize) }

// NumMethods is method_ids_size.
func (f *File) NumMethods() int { return int(f.Header.MethodIDsSize) }

// NumClassDefs is class_defs_size.
func (f *File) NumClassDefs() int { return int(f.Header.ClassDefsSize) }
