package hostile

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
)

// Entry is one zip entry as it will be written: a local file header, its
// data, and a central-directory record. The local and central fields are
// kept apart so that a case can make them disagree.
type Entry struct {
	Name string // central-directory name
	// LocalName is the local header's name ("" means Name).
	LocalName string

	Method      uint16 // central-directory compression method
	LocalMethod uint16 // local-header compression method
	Flags       uint16 // central-directory general purpose bits
	LocalFlags  uint16 // local-header general purpose bits

	CRC32                 uint32
	CompressedSize        uint32 // central directory
	UncompressedSize      uint32 // central directory
	LocalCompressedSize   uint32
	LocalUncompressedSize uint32
	LocalCRC32            uint32

	Extra      []byte // central-directory extra field
	LocalExtra []byte // local-header extra field

	// Data is the entry's bytes as stored in the archive (compressed when
	// the method is DEFLATE).
	Data []byte
	// Offset is where ReadArchive found the data (records that share a
	// local header share it); Bytes lays entries out anew.
	Offset int64
}

// Alias is a central-directory record that points at the local header of
// another entry: several names for one stored body.
type Alias struct {
	Name string
	Of   int // index in Archive.Entries
}

// Archive is a zip to write, entry by entry, with full control of both
// headers.
type Archive struct {
	Entries []*Entry
	Aliases []Alias
}

// ReadArchive copies every entry of a zip without inflating it, headers
// made consistent (as archive/zip reads them).
func ReadArchive(data []byte) (*Archive, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("hostile: base app: %w", err)
	}
	a := &Archive{}
	for _, f := range zr.File {
		r, err := f.OpenRaw()
		if err != nil {
			return nil, fmt.Errorf("hostile: %s: %w", f.Name, err)
		}
		raw, err := io.ReadAll(r)
		if err != nil {
			return nil, fmt.Errorf("hostile: %s: %w", f.Name, err)
		}
		off, _ := f.DataOffset()
		e := &Entry{Name: f.Name, Method: f.Method, CRC32: f.CRC32,
			CompressedSize: uint32(f.CompressedSize64), UncompressedSize: uint32(f.UncompressedSize64), Data: raw, Offset: off}
		e.sync()
		a.Entries = append(a.Entries, e)
	}
	return a, nil
}

// sync makes the local header say what the central directory says.
func (e *Entry) sync() {
	e.LocalMethod, e.LocalFlags = e.Method, e.Flags
	e.LocalCompressedSize, e.LocalUncompressedSize, e.LocalCRC32 = e.CompressedSize, e.UncompressedSize, e.CRC32
}

// NewEntry returns an entry holding content, DEFLATE-compressed when
// deflate is set, with consistent headers.
func NewEntry(name string, content []byte, deflate bool) *Entry {
	e := &Entry{Name: name}
	e.SetContent(content, deflate)
	return e
}

// SetContent replaces the entry's content and makes both headers agree.
func (e *Entry) SetContent(content []byte, deflate bool) {
	e.Method, e.Data = zip.Store, content
	if deflate {
		e.Method, e.Data = zip.Deflate, Deflate(content)
	}
	e.CRC32 = crc32.ChecksumIEEE(content)
	e.CompressedSize, e.UncompressedSize = uint32(len(e.Data)), uint32(len(content))
	e.sync()
}

// Deflate compresses b as a raw DEFLATE stream.
func Deflate(b []byte) []byte {
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestCompression) // level is valid
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// DeflateZeros compresses n zero bytes without holding them, for entries
// that inflate to gigabytes. It returns the stream and the CRC-32.
func DeflateZeros(n int64) ([]byte, uint32) {
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestCompression)
	zeros := make([]byte, 1<<20)
	crc := uint32(0)
	for left := n; left > 0; {
		k := min(left, int64(len(zeros)))
		w.Write(zeros[:k])
		crc = crc32.Update(crc, crc32.IEEETable, zeros[:k])
		left -= k
	}
	w.Close()
	return buf.Bytes(), crc
}

// Find returns the entry with the central-directory name, or nil.
func (a *Archive) Find(name string) *Entry {
	for _, e := range a.Entries {
		if e.Name == name {
			return e
		}
	}
	return nil
}

// Bytes lays the archive out: local headers and data in entry order, then
// the central directory (entries, then aliases) and its end record.
func (a *Archive) Bytes() []byte {
	var out bytes.Buffer
	le := binary.LittleEndian
	offsets := make([]uint32, len(a.Entries))
	for i, e := range a.Entries {
		offsets[i] = uint32(out.Len())
		name := e.LocalName
		if name == "" {
			name = e.Name
		}
		h := make([]byte, 30)
		le.PutUint32(h, 0x04034b50)
		le.PutUint16(h[4:], 20)
		le.PutUint16(h[6:], e.LocalFlags)
		le.PutUint16(h[8:], e.LocalMethod)
		le.PutUint32(h[14:], e.LocalCRC32)
		le.PutUint32(h[18:], e.LocalCompressedSize)
		le.PutUint32(h[22:], e.LocalUncompressedSize)
		le.PutUint16(h[26:], uint16(len(name)))
		le.PutUint16(h[28:], uint16(len(e.LocalExtra)))
		out.Write(h)
		out.WriteString(name)
		out.Write(e.LocalExtra)
		out.Write(e.Data)
	}
	cdStart := out.Len()
	records := 0
	write := func(e *Entry, name string, off uint32) {
		h := make([]byte, 46)
		le.PutUint32(h, 0x02014b50)
		le.PutUint16(h[4:], 20)
		le.PutUint16(h[6:], 20)
		le.PutUint16(h[8:], e.Flags)
		le.PutUint16(h[10:], e.Method)
		le.PutUint32(h[16:], e.CRC32)
		le.PutUint32(h[20:], e.CompressedSize)
		le.PutUint32(h[24:], e.UncompressedSize)
		le.PutUint16(h[28:], uint16(len(name)))
		le.PutUint16(h[30:], uint16(len(e.Extra)))
		le.PutUint32(h[42:], off)
		out.Write(h)
		out.WriteString(name)
		out.Write(e.Extra)
		records++
	}
	for i, e := range a.Entries {
		write(e, e.Name, offsets[i])
	}
	for _, al := range a.Aliases {
		write(a.Entries[al.Of], al.Name, offsets[al.Of])
	}
	cdSize := out.Len() - cdStart
	end := make([]byte, 22)
	le.PutUint32(end, 0x06054b50)
	le.PutUint16(end[8:], uint16(records))
	le.PutUint16(end[10:], uint16(records))
	le.PutUint32(end[12:], uint32(cdSize))
	le.PutUint32(end[16:], uint32(cdStart))
	out.Write(end)
	return out.Bytes()
}
