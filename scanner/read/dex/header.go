package dex

import (
	"bytes"
	"fmt"
)

// Header sizes and constants from the dex format spec.
const (
	headerSize035 = 0x70 // header_item up to version 040
	headerSize041 = 0x78 // 041 adds container_size and header_offset

	endianConstant        = 0x12345678
	reverseEndianConstant = 0x78563412

	// NoIndex is the spec's NO_INDEX, used e.g. for a missing superclass.
	NoIndex = 0xffffffff
)

// Header is the header_item, with field names from the dex format spec.
type Header struct {
	Magic         [8]byte
	Version       int // 35..41, parsed from the magic
	Checksum      uint32
	Signature     [20]byte
	FileSize      uint32
	HeaderSize    uint32
	EndianTag     uint32
	LinkSize      uint32
	LinkOff       uint32
	MapOff        uint32
	StringIDsSize uint32
	StringIDsOff  uint32
	TypeIDsSize   uint32
	TypeIDsOff    uint32
	ProtoIDsSize  uint32
	ProtoIDsOff   uint32
	FieldIDsSize  uint32
	FieldIDsOff   uint32
	MethodIDsSize uint32
	MethodIDsOff  uint32
	ClassDefsSize uint32
	ClassDefsOff  uint32
	DataSize      uint32
	DataOff       uint32
	// Version 041 only: the size of the whole container and this header's
	// offset in it. Zero for older versions.
	ContainerSize uint32
	HeaderOffset  uint32
}

// HeaderSize is the size of a header_item up to version 040, and
// MaxHeaderSize of any version's: ParseHeader needs at least the one and
// at most the other.
const (
	HeaderSize    = headerSize035
	MaxHeaderSize = headerSize041
)

// ParseHeader decodes and sanity-checks the header_item at the start of
// data, which may be only the header (to look at a dex before reading it
// whole); OpenBytes checks the rest.
func ParseHeader(data []byte) (Header, error) { return parseHeader(data) }

// parseHeader decodes and sanity-checks the header_item at the start of data.
func parseHeader(data []byte) (Header, error) {
	var h Header
	if len(data) < headerSize035 {
		return h, errf(ErrTruncated, "header", -1, -1, "file is %d bytes, shorter than the %d-byte header", len(data), headerSize035)
	}
	copy(h.Magic[:], data)
	if !bytes.Equal(h.Magic[:4], []byte("dex\n")) || h.Magic[7] != 0 || !isDigits(h.Magic[4:7]) {
		return h, errf(ErrBadMagic, "header", -1, 0, "bad magic %q", h.Magic[:])
	}
	h.Version = int(h.Magic[4]-'0')*100 + int(h.Magic[5]-'0')*10 + int(h.Magic[6]-'0')
	if h.Version < 35 || h.Version > 41 {
		return h, errf(ErrUnsupported, "header", -1, 4, "unsupported version %03d", h.Version)
	}
	u := func(off uint64) uint32 { v, _ := u32At(data, off); return v }
	h.Checksum = u(8)
	copy(h.Signature[:], data[12:32])
	fields := []*uint32{&h.FileSize, &h.HeaderSize, &h.EndianTag, &h.LinkSize, &h.LinkOff, &h.MapOff,
		&h.StringIDsSize, &h.StringIDsOff, &h.TypeIDsSize, &h.TypeIDsOff, &h.ProtoIDsSize, &h.ProtoIDsOff,
		&h.FieldIDsSize, &h.FieldIDsOff, &h.MethodIDsSize, &h.MethodIDsOff, &h.ClassDefsSize, &h.ClassDefsOff,
		&h.DataSize, &h.DataOff}
	for i, p := range fields {
		*p = u(32 + 4*uint64(i))
	}
	switch h.EndianTag {
	case endianConstant:
	case reverseEndianConstant:
		// Allowed by the spec, but no tool or runtime produces or reads it.
		return h, errf(ErrUnsupported, "header", -1, 0x28, "big-endian dex (endian_tag %#x) not supported", h.EndianTag)
	default:
		return h, errf(ErrMalformed, "header", -1, 0x28, "bad endian_tag %#x", h.EndianTag)
	}
	if h.Version >= 41 && h.HeaderSize >= headerSize041 {
		if len(data) < headerSize041 {
			return h, errf(ErrTruncated, "header", -1, -1, "version 041 header needs %d bytes, file has %d", headerSize041, len(data))
		}
		h.ContainerSize, h.HeaderOffset = u(0x70), u(0x74)
	}
	if h.HeaderSize < headerSize035 || uint64(h.HeaderSize) > uint64(len(data)) {
		return h, errf(ErrMalformed, "header", -1, 0x24, "bad header_size %#x", h.HeaderSize)
	}
	return h, nil
}

func isDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// idSection describes one fixed-size table listed in the header.
type idSection struct {
	name     string
	size     uint32
	off      uint32
	itemSize uint64
}

// sections lists the header's id tables with their item sizes.
func (h *Header) sections() []idSection {
	return []idSection{
		{"string_ids", h.StringIDsSize, h.StringIDsOff, 4},
		{"type_ids", h.TypeIDsSize, h.TypeIDsOff, 4},
		{"proto_ids", h.ProtoIDsSize, h.ProtoIDsOff, 12},
		{"field_ids", h.FieldIDsSize, h.FieldIDsOff, 8},
		{"method_ids", h.MethodIDsSize, h.MethodIDsOff, 8},
		{"class_defs", h.ClassDefsSize, h.ClassDefsOff, 32},
	}
}

// checkSections verifies every id table lies inside data. This is what makes
// the counts trustworthy: after it, size*itemSize bytes really exist, so a
// slice of size entries is bounded by the file's own length.
func (h *Header) checkSections(data []byte) error {
	for _, s := range h.sections() {
		if s.size == 0 {
			continue
		}
		if _, ok := span(data, uint64(s.off), uint64(s.size)*s.itemSize); !ok {
			return errf(ErrTruncated, s.name, -1, int64(s.off),
				"%d items of %d bytes past end of file (%d bytes)", s.size, s.itemSize, len(data))
		}
	}
	return nil
}

// leniencies lists header oddities that Android tolerates or that do not
// stop reading; they are reported as diagnostics.
func (h *Header) leniencies(actual int) []error {
	var out []error
	if h.TypeIDsSize > 65535 {
		out = append(out, errf(ErrMalformed, "header", -1, 0x40, "type_ids_size %d exceeds 65535", h.TypeIDsSize))
	}
	if h.ProtoIDsSize > 65535 {
		out = append(out, errf(ErrMalformed, "header", -1, 0x48, "proto_ids_size %d exceeds 65535", h.ProtoIDsSize))
	}
	if h.Version >= 41 && h.ContainerSize > h.FileSize {
		out = append(out, errf(ErrUnsupported, "header", -1, 0x70,
			"version 041 container of %d bytes holds more dex files after this one (file_size %d); only the first is read",
			h.ContainerSize, h.FileSize))
	}
	if int64(h.FileSize) != int64(actual) {
		out = append(out, errf(ErrMalformed, "header", -1, 0x20, "file_size %d but %d bytes available", h.FileSize, actual))
	}
	return out
}

// String summarises the header like the first lines of `dexdump -f`.
func (h *Header) String() string {
	return fmt.Sprintf("dex %03d: %d strings, %d types, %d protos, %d fields, %d methods, %d classes",
		h.Version, h.StringIDsSize, h.TypeIDsSize, h.ProtoIDsSize, h.FieldIDsSize, h.MethodIDsSize, h.ClassDefsSize)
}
