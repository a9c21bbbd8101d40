package axml

import (
	"encoding/binary"
	"strings"
	"unicode/utf16"
)

// ResStringPool_header (frameworks/base/libs/androidfw/include/androidfw/ResourceTypes.h).
const (
	resStringPoolType       = 0x0001
	resStringPoolHeaderSize = 28
	stringPoolUTF8Flag      = 1 << 8
)

// stringPool is the decoded content of one ResStringPool chunk.
type stringPool struct {
	strings []string
	bad     int // entries whose offset or length did not fit; decoded as ""
}

// parseStringPool decodes the ResStringPool chunk that starts at chunk[0].
// base is the chunk's offset in the whole file, used only for error
// messages. budget is decremented by every decoded byte; when it runs out
// the strings decoded so far are returned with an ErrBudget error.
//
// Nothing is trusted: the declared chunk size is clipped to the bytes we
// have, stringCount is checked against the offsets array that must fit in
// the chunk, every string's offset and length prefix is checked against the
// string data area, and no slice is preallocated from a declared count.
func parseStringPool(chunk []byte, base int64, budget *int64) (*stringPool, error) {
	const sec = "string pool"
	if len(chunk) < resStringPoolHeaderSize {
		return nil, formatErr(sec, -1, base, ErrTruncated, "header needs %d bytes, have %d", resStringPoolHeaderSize, len(chunk))
	}
	le := binary.LittleEndian
	typ, hdrSize, size := le.Uint16(chunk), uint64(le.Uint16(chunk[2:])), uint64(le.Uint32(chunk[4:]))
	if typ != resStringPoolType {
		return nil, formatErr(sec, -1, base, ErrMalformed, "chunk type 0x%04x, want 0x0001", typ)
	}
	if hdrSize < resStringPoolHeaderSize || size < hdrSize {
		return nil, formatErr(sec, -1, base, ErrMalformed, "header size %d, chunk size %d", hdrSize, size)
	}
	if size > uint64(len(chunk)) {
		return nil, formatErr(sec, -1, base, ErrTruncated, "chunk size %d past end of data (%d bytes)", size, len(chunk))
	}
	chunk = chunk[:size]
	count := uint64(le.Uint32(chunk[8:]))
	flags := le.Uint32(chunk[16:])
	stringsStart := uint64(le.Uint32(chunk[20:]))
	stylesStart := uint64(le.Uint32(chunk[24:]))
	if count == 0 {
		return &stringPool{}, nil
	}
	if hdrSize+4*count > size {
		return nil, formatErr(sec, -1, base+int64(hdrSize), ErrTruncated, "%d string offsets do not fit in chunk of %d bytes", count, size)
	}
	if stringsStart < hdrSize+4*count || stringsStart >= size {
		return nil, formatErr(sec, -1, base, ErrMalformed, "strings start 0x%x outside chunk (size 0x%x)", stringsStart, size)
	}
	end := size
	if stylesStart > stringsStart && stylesStart < size {
		end = stylesStart // styles follow the strings; a string must not run into them
	}
	data := chunk[stringsStart:end]
	utf8 := flags&stringPoolUTF8Flag != 0

	// count is now bounded by the chunk size (4 bytes each), so this
	// preallocation is bounded by the input, not by a declared number.
	pool := &stringPool{strings: make([]string, 0, count)}
	for i := uint64(0); i < count; i++ {
		off := uint64(le.Uint32(chunk[hdrSize+4*i:]))
		var s string
		var ok bool
		if utf8 {
			s, ok = decodeUTF8At(data, off)
		} else {
			s, ok = decodeUTF16At(data, off)
		}
		if !ok {
			pool.bad++ // Android fails only the lookup of this one string
		}
		*budget -= int64(len(s))
		if *budget < 0 {
			return pool, formatErr(sec, int(i), base+int64(stringsStart+off), ErrBudget, "string bytes exceed budget after %d strings", i)
		}
		pool.strings = append(pool.strings, s)
	}
	return pool, nil
}

// decodeUTF8At reads a UTF-8 pool entry: utf16 length (1-2 bytes), utf8
// length (1-2 bytes), bytes. Android (ResStringPool::string8At) uses the
// UTF-8 length and ignores the UTF-16 one.
func decodeUTF8At(data []byte, off uint64) (string, bool) {
	p := off
	if _, ok := len8(data, &p); !ok {
		return "", false
	}
	n, ok := len8(data, &p)
	if !ok || p+n > uint64(len(data)) {
		return "", false
	}
	return strings.ToValidUTF8(string(data[p:p+n]), "\uFFFD"), true
}

// len8 reads a 1- or 2-byte length with the high bit as continuation flag.
func len8(data []byte, p *uint64) (uint64, bool) {
	if *p >= uint64(len(data)) {
		return 0, false
	}
	n := uint64(data[*p])
	*p++
	if n&0x80 != 0 {
		if *p >= uint64(len(data)) {
			return 0, false
		}
		n = (n&0x7f)<<8 | uint64(data[*p])
		*p++
	}
	return n, true
}

// decodeUTF16At reads a UTF-16 pool entry: length in code units (1-2
// uint16 with the high bit as continuation flag), then the code units.
func decodeUTF16At(data []byte, off uint64) (string, bool) {
	le := binary.LittleEndian
	p := off
	if p+2 > uint64(len(data)) {
		return "", false
	}
	n := uint64(le.Uint16(data[p:]))
	p += 2
	if n&0x8000 != 0 {
		if p+2 > uint64(len(data)) {
			return "", false
		}
		n = (n&0x7fff)<<16 | uint64(le.Uint16(data[p:]))
		p += 2
	}
	if p+2*n > uint64(len(data)) {
		return "", false
	}
	units := make([]uint16, n) // n*2 bytes were just checked to exist
	for i := range units {
		units[i] = le.Uint16(data[p+2*uint64(i):])
	}
	return string(utf16.Decode(units)), true
}
