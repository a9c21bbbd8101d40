package dex

import "encoding/binary"

// The whole dex is held in memory (see Open), so every structure is read
// from f.data with explicit bounds checks. Offsets from the file are uint32;
// arithmetic is done in uint64 so off+len can never wrap around.

// span returns data[off:off+n] or false when that range is not inside data.
func span(data []byte, off uint64, n uint64) ([]byte, bool) {
	if off > uint64(len(data)) || n > uint64(len(data))-off {
		return nil, false
	}
	return data[off : off+n], true
}

// u16At reads a little-endian uint16 at off.
func u16At(data []byte, off uint64) (uint16, bool) {
	b, ok := span(data, off, 2)
	if !ok {
		return 0, false
	}
	return binary.LittleEndian.Uint16(b), true
}

// u32At reads a little-endian uint32 at off.
func u32At(data []byte, off uint64) (uint32, bool) {
	b, ok := span(data, off, 4)
	if !ok {
		return 0, false
	}
	return binary.LittleEndian.Uint32(b), true
}

// cursor reads variable-length items sequentially from data. The first
// failed read sets bad; later reads return zero, so callers check once.
type cursor struct {
	data []byte
	pos  uint64
	bad  bool
}

// byte1 reads one byte.
func (c *cursor) byte1() byte {
	if c.bad || c.pos >= uint64(len(c.data)) {
		c.bad = true
		return 0
	}
	b := c.data[c.pos]
	c.pos++
	return b
}

// uleb reads an unsigned LEB128 of at most 5 bytes. Like ART, the unused
// high bits of a fifth byte are ignored rather than rejected.
func (c *cursor) uleb() uint32 {
	var v uint32
	for i := 0; i < 5; i++ {
		b := c.byte1()
		if c.bad {
			return 0
		}
		v |= uint32(b&0x7f) << (7 * i)
		if b < 0x80 {
			return v
		}
	}
	// A sixth continuation byte would make the value longer than 32 bits.
	c.bad = true
	return 0
}

// sleb reads a signed LEB128 of at most 5 bytes.
func (c *cursor) sleb() int32 {
	var v uint32
	for i := 0; i < 5; i++ {
		b := c.byte1()
		if c.bad {
			return 0
		}
		v |= uint32(b&0x7f) << (7 * i)
		if b < 0x80 {
			if shift := 7 * (i + 1); shift < 32 && b&0x40 != 0 {
				v |= ^uint32(0) << shift
			}
			return int32(v)
		}
	}
	c.bad = true
	return 0
}

// bytesN reads n bytes.
func (c *cursor) bytesN(n uint64) []byte {
	if c.bad {
		return nil
	}
	b, ok := span(c.data, c.pos, n)
	if !ok {
		c.bad = true
		return nil
	}
	c.pos += n
	return b
}

// remaining is the number of unread bytes, used to cap preallocation.
func (c *cursor) remaining() uint64 {
	if c.bad || c.pos >= uint64(len(c.data)) {
		return 0
	}
	return uint64(len(c.data)) - c.pos
}

// capHint bounds a preallocation for count items of at least minSize bytes
// each by what the remaining bytes could possibly hold, and by maxPrealloc:
// a count read from garbage may fit the rest of the file while its first
// item is already invalid, and one such allocation per class (or handler,
// or array) would cost the file's size each time. Past maxPrealloc,
// slices grow as items really decode.
func capHint(count uint32, remaining uint64, minSize uint64) int {
	return int(min(uint64(count), remaining/minSize, maxPrealloc))
}

// maxPrealloc is the most items capHint lets a caller allocate up front.
const maxPrealloc = 1024
