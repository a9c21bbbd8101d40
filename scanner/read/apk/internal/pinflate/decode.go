package pinflate

import (
	"encoding/binary"
	"sync/atomic"
)

// maxMatch is the longest a match can be.
const maxMatch = 258

// decoder decodes the blocks of one raw DEFLATE stream from an absolute bit
// position into a growing buffer of T: bytes, or 16-bit symbols where a
// value of 256 or more is a marker for a byte of an unknown window (see
// Tail).
type decoder struct {
	in       []byte
	bit      int64 // absolute position of the next block
	lit      table
	dist     table
	cl       table
	lens     [numLitLen + numDist]uint8
	maxOut   int          // most elements the output buffer may hold
	stop     *atomic.Bool // checked between blocks, when set
	final    bool         // the last block read was marked final
	blocks   []int64      // with record: where each block began
	record   bool
	blockEnd int64 // where the last block read ended
}

// block decodes the next block into out[n:], growing out as needed, and
// returns the buffer and the new length.
func block[T byte | uint16](d *decoder, out []T, n int) ([]T, int, error) {
	if d.stop != nil && d.stop.Load() {
		return out, n, errStopped
	}
	if d.record {
		d.blocks = append(d.blocks, d.bit)
	}
	r := bitReader{in: d.in, bit: d.bit}
	hdr := r.take(3)
	d.final = hdr&1 == 1
	switch hdr >> 1 {
	case 0:
		return stored(d, &r, out, n)
	case 1:
		d.bit = r.bit
		return huffman(d, &fixedLit, &fixedDist, out, n)
	case 2:
		nlit, ndist, err := dynamicLengths(&r, &d.lens, &d.cl)
		if err != nil {
			return out, n, err
		}
		if !d.lit.build(d.lens[:nlit], litPrimary, litLenValue, false) ||
			!d.dist.build(d.lens[nlit:nlit+ndist], distPrimary, distValue, true) {
			return out, n, errHeader
		}
		d.bit = r.bit
		return huffman(d, &d.lit, &d.dist, out, n)
	}
	return out, n, errBlockType
}

// stored copies a stored block's bytes.
func stored[T byte | uint16](d *decoder, r *bitReader, out []T, n int) ([]T, int, error) {
	p := (r.bit + 7) &^ 7 / 8
	if p+4 > int64(len(d.in)) {
		return out, n, errTruncated
	}
	size := int(binary.LittleEndian.Uint16(d.in[p:]))
	if binary.LittleEndian.Uint16(d.in[p+2:]) != ^uint16(size) {
		return out, n, errStored
	}
	p += 4
	if p+int64(size) > int64(len(d.in)) {
		return out, n, errTruncated
	}
	out, err := room(d, out, n+size)
	if err != nil {
		return out, n, err
	}
	for i, c := range d.in[p : p+int64(size)] {
		out[n+i] = T(c)
	}
	d.bit = (p + int64(size)) * 8
	d.blockEnd = d.bit
	return out, n + size, nil
}

// room grows out so that it holds at least need elements. The buffer may
// grow to maxOut plus one longest match, so that the decoder can always
// keep room for a match; the caller checks the length it ends with.
func room[T byte | uint16](d *decoder, out []T, need int) ([]T, error) {
	if need <= len(out) {
		return out, nil
	}
	limit := d.maxOut + maxMatch
	if need > limit {
		return out, errTooLong
	}
	size := min(max(2*len(out), need, 64<<10), limit)
	grown := make([]T, size)
	copy(grown, out)
	return grown, nil
}

// huffman decodes one Huffman-coded block's symbols with the tables given.
func huffman[T byte | uint16](d *decoder, lt, dt *table, out []T, n int) ([]T, int, error) {
	in := d.in
	lit, dist := lt.e, dt.e
	// The bit buffer: nbits valid bits of the stream in bits, then the
	// bytes from pos on (past the end of in, zeros).
	pos := int(d.bit >> 3)
	bits := peek(in, d.bit)
	nbits := uint(64 - d.bit&7)
	pos += 8
	save := func() { d.bit = int64(pos)*8 - int64(nbits) }
	for {
		if len(out)-n < maxMatch {
			var err error
			if out, err = room(d, out, n+maxMatch); err != nil {
				save()
				return out, n, err
			}
		}
		if nbits < 48 {
			if pos+8 <= len(in) {
				bits |= binary.LittleEndian.Uint64(in[pos:]) << nbits
				pos += int(63-nbits) >> 3
				nbits |= 56
			} else {
				if int64(pos)*8-int64(nbits) > int64(len(in))*8 {
					save()
					return out, n, errTruncated
				}
				for nbits <= 56 {
					if pos < len(in) {
						bits |= uint64(in[pos]) << nbits
					}
					pos++
					nbits += 8
				}
			}
		}
		e := lit[bits&(1<<litPrimary-1)]
		if e&kindMask == kindLink {
			bits >>= litPrimary
			nbits -= litPrimary
			e = lit[int(e>>16)+int(bits&(1<<((e>>4)&15)-1))]
		}
		l := uint(e & 15)
		bits >>= l
		nbits -= l
		switch e & kindMask {
		case kindLiteral:
			out[n] = T(e >> 16)
			n++
			continue
		case kindLength:
		case kindEOB:
			save()
			if d.bit > int64(len(in))*8 {
				return out, n, errTruncated
			}
			d.blockEnd = d.bit
			return out, n, nil
		default:
			save()
			return out, n, errCode
		}
		x := uint(e>>4) & 15
		length := int(e>>16) + int(bits&(1<<x-1))
		bits >>= x
		nbits -= x
		e = dist[bits&(1<<distPrimary-1)]
		if e&kindMask == kindLink {
			bits >>= distPrimary
			nbits -= distPrimary
			e = dist[int(e>>16)+int(bits&(1<<((e>>4)&15)-1))]
		}
		if e&kindMask != kindLength {
			save()
			return out, n, errCode
		}
		l = uint(e & 15)
		bits >>= l
		nbits -= l
		x = uint(e>>4) & 15
		src := n - (int(e>>16) + int(bits&(1<<x-1)))
		bits >>= x
		nbits -= x
		if src < 0 {
			save()
			return out, n, errDistance
		}
		if n-src >= length && length > 16 {
			copy(out[n:n+length], out[src:src+length])
		} else {
			o := out[n : n+length]
			s := out[src : src+length]
			for i := range o {
				o[i] = s[i]
			}
		}
		n += length
	}
}
