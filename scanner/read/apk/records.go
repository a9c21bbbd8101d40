package apk

import (
	"encoding/binary"
	"io"
)

// record is one central-directory record as Android's libziparchive reads
// it, with the local file header it points at. archive/zip reads the same
// records but hides the local header's offset and fields, which are what
// the tampering checks compare (see tamper.go).
type record struct {
	name         string
	method       uint16
	flags        uint16
	crc          uint32
	csize, usize uint64
	extraLen     int   // central-directory extra field
	lfhOff       int64 // local header offset, archive base offset included
	shared       bool  // another record points at the same local header
	local        localHeader
}

// localHeader is what a local file header says; ok is false when none
// could be read at the record's offset.
type localHeader struct {
	ok           bool
	name         string
	method       uint16
	flags        uint16
	crc          uint32
	csize, usize uint32
	extra        []byte
}

// Zip signatures and fixed header sizes (APPNOTE.TXT).
const (
	sigLocal      = 0x04034b50
	sigCentral    = 0x02014b50
	sigEnd        = 0x06054b50
	sigEnd64Loc   = 0x07064b50
	sigEnd64      = 0x06064b50
	localLen      = 30
	centralLen    = 46
	endLen        = 22
	zip64ExtraID  = 0x0001
	maxEndComment = 65535
)

// end is the end-of-central-directory record, zip64 values applied.
type end struct {
	records  uint64
	size     uint64
	offset   uint64
	base     int64 // bytes prepended before the zip proper
	location int64
}

// readRecords reads every central-directory record (readLocals adds their
// local headers).
// It finds the directory as archive/zip does (the same end-record search,
// zip64 locator and base offset for prepended data), so that its records
// pair one to one with archive/zip's files; it returns nil when it cannot.
// Every count and offset is checked against size: a record costs at most
// its own bytes.
func readRecords(r io.ReaderAt, size int64) []record {
	e, ok := findEnd(r, size)
	if !ok {
		return nil
	}
	// Like archive/zip, read records from the directory's start until one
	// does not begin with its signature (the stated size is not trusted).
	start := e.base + int64(e.offset)
	if start < 0 || start >= e.location {
		return nil
	}
	cd := make([]byte, e.location-start) // bounded: inside the file
	if _, err := r.ReadAt(cd, start); err != nil {
		return nil
	}
	var out []record
	for p := 0; p+centralLen <= len(cd) && le32(cd[p:]) == sigCentral; {
		rec, n := parseCentral(cd[p:], e.base)
		if n < 0 {
			return nil
		}
		out = append(out, rec)
		p += n
	}
	if uint16(len(out)) != uint16(e.records) { // archive/zip compares 16 bits too
		return nil
	}
	return out
}

// findEnd locates the end record like archive/zip's readDirectoryEnd.
func findEnd(r io.ReaderAt, size int64) (end, bool) {
	for _, n := range []int64{1024, 65 * 1024} {
		n = min(n, size)
		buf := make([]byte, n)
		if _, err := r.ReadAt(buf, size-n); err != nil && err != io.EOF {
			return end{}, false
		}
		for i := len(buf) - endLen; i >= 0; i-- {
			if le32(buf[i:]) != sigEnd {
				continue
			}
			if int(le16(buf[i+20:]))+endLen+i > len(buf) {
				break // truncated comment: archive/zip gives up here too
			}
			return readEnd(r, buf[i:], size-n+int64(i), size)
		}
		if n == size {
			break
		}
	}
	return end{}, false
}

func readEnd(r io.ReaderAt, b []byte, at, size int64) (end, bool) {
	e := end{records: uint64(le16(b[10:])), size: uint64(le32(b[12:])), offset: uint64(le32(b[16:])), location: at}
	if e.records == 0xffff || e.size == 0xffff || e.offset == 0xffffffff {
		loc := make([]byte, 20)
		if at >= 20 {
			if _, err := r.ReadAt(loc, at-20); err == nil && le32(loc) == sigEnd64Loc {
				p := int64(binary.LittleEndian.Uint64(loc[8:]))
				b64 := make([]byte, 56)
				if p < 0 || p > size-56 {
					return end{}, false
				}
				if _, err := r.ReadAt(b64, p); err != nil || le32(b64) != sigEnd64 {
					return end{}, false
				}
				e.records = binary.LittleEndian.Uint64(b64[32:])
				e.size = binary.LittleEndian.Uint64(b64[40:])
				e.offset = binary.LittleEndian.Uint64(b64[48:])
				at = p
			}
		}
	}
	e.location = at
	if e.size > 1<<62 || e.offset > 1<<62 {
		return end{}, false
	}
	e.base = at - int64(e.size) - int64(e.offset)
	if o := e.base + int64(e.offset); o < 0 || o >= size {
		return end{}, false
	}
	if e.base > 0 {
		// archive/zip's rule: a directory that reads at its stated offset
		// means the end record's base offset is wrong, not the data.
		sig := make([]byte, 4)
		if _, err := r.ReadAt(sig, int64(e.offset)); err == nil && le32(sig) == sigCentral {
			e.base = 0
		}
	}
	return e, true
}

// parseCentral decodes the record at the start of b, returning it and its
// length, or n < 0 when it runs past b.
func parseCentral(b []byte, base int64) (record, int) {
	nameLen, extraLen, commentLen := int(le16(b[28:])), int(le16(b[30:])), int(le16(b[32:]))
	n := centralLen + nameLen + extraLen + commentLen
	if n > len(b) {
		return record{}, -1
	}
	rec := record{name: string(b[centralLen : centralLen+nameLen]), flags: le16(b[8:]), method: le16(b[10:]),
		crc: le32(b[16:]), csize: uint64(le32(b[20:])), usize: uint64(le32(b[24:])), extraLen: extraLen}
	off := uint64(le32(b[42:]))
	zip64Sizes(b[centralLen+nameLen:centralLen+nameLen+extraLen], &rec.usize, &rec.csize, &off)
	rec.lfhOff = base + int64(min(off, 1<<62))
	return rec, n
}

// zip64Sizes applies the zip64 extra field to the values that are maxed
// out, in the spec's order.
func zip64Sizes(extra []byte, usize, csize, off *uint64) {
	for len(extra) >= 4 {
		id, n := le16(extra), int(le16(extra[2:]))
		if n > len(extra)-4 {
			return
		}
		field := extra[4 : 4+n]
		extra = extra[4+n:]
		if id != zip64ExtraID {
			continue
		}
		for _, v := range []*uint64{usize, csize, off} {
			if *v == 0xffffffff && len(field) >= 8 {
				*v, field = binary.LittleEndian.Uint64(field), field[8:]
			}
		}
		return
	}
}

// readLocals reads the local header of every record.
func readLocals(r io.ReaderAt, size int64, records []record) {
	for i := range records {
		records[i].local = readLocal(r, size, records[i].lfhOff, len(records[i].name))
	}
}

// readLocal reads the local header at off with its name and extra field,
// in one read when they are no longer than the central directory's name
// and a small extra field (zipalign's padding).
func readLocal(r io.ReaderAt, size, off int64, nameGuess int) localHeader {
	if off < 0 || off > size-localLen {
		return localHeader{}
	}
	b := make([]byte, min(int64(localLen+nameGuess+localExtraGuess), size-off))
	if _, err := r.ReadAt(b, off); err != nil || le32(b) != sigLocal {
		return localHeader{}
	}
	nameLen, extraLen := int64(le16(b[26:])), int64(le16(b[28:]))
	if nameLen+extraLen > size-off-localLen {
		return localHeader{}
	}
	if need := localLen + nameLen + extraLen; need > int64(len(b)) {
		b = make([]byte, need) // at most 128 KiB, inside the file
		if _, err := r.ReadAt(b, off); err != nil {
			return localHeader{}
		}
	}
	return localHeader{ok: true, flags: le16(b[6:]), method: le16(b[8:]), crc: le32(b[14:]),
		csize: le32(b[18:]), usize: le32(b[22:]), name: string(b[localLen : localLen+nameLen]),
		extra: b[localLen+nameLen : localLen+nameLen+extraLen]}
}

// localExtraGuess is how much extra field readLocal reads with the header:
// zipalign pads to 4 bytes, or to 4 KiB for native libraries.
const localExtraGuess = 64

func le16(b []byte) uint16 { return binary.LittleEndian.Uint16(b) }
func le32(b []byte) uint32 { return binary.LittleEndian.Uint32(b) }
