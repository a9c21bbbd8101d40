package pinflate

import (
	"encoding/binary"
	"errors"
)

var (
	errTruncated = errors.New("pinflate: stream ends inside a block")
	errBlockType = errors.New("pinflate: reserved block type 3")
	errHeader    = errors.New("pinflate: bad dynamic block header")
	errCode      = errors.New("pinflate: invalid code")
	errDistance  = errors.New("pinflate: distance before the start of the data")
	errStored    = errors.New("pinflate: stored block length check fails")
	errTooLong   = errors.New("pinflate: more data than the output can hold")
	errStopped   = errors.New("pinflate: stopped")
	errTrailing  = errors.New("pinflate: data after the final block")
)

// peek returns the stream from absolute bit position p on, in the low bits
// (at least 57 of them valid); bytes past the end of in read as zero.
func peek(in []byte, p int64) uint64 {
	i := p >> 3
	if i >= 0 && i+8 <= int64(len(in)) {
		return binary.LittleEndian.Uint64(in[i:]) >> (p & 7)
	}
	var w uint64
	for k := int64(0); k < 8; k++ {
		if j := i + k; j >= 0 && j < int64(len(in)) {
			w |= uint64(in[j]) << (8 * k)
		}
	}
	return w >> (p & 7)
}

// bitReader reads block headers bit by bit from an absolute position.
type bitReader struct {
	in  []byte
	bit int64
}

func (r *bitReader) take(n uint) uint32 {
	v := uint32(peek(r.in, r.bit) & (1<<n - 1))
	r.bit += int64(n)
	return v
}

// past reports whether the reader has gone beyond the end of the input.
func (r *bitReader) past() bool { return r.bit > int64(len(r.in))*8 }

// codeLenOrder is the order code-length code lengths are sent in.
var codeLenOrder = [numCodeLen]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

// dynamicLengths reads a dynamic block's header after its first three bits
// into lens (literal/length lengths, then distance lengths) and returns how
// many of each. It checks what makes a header valid: counts in range, a
// complete code-length code, repeats that stay inside the lists, an
// end-of-block code, and literal/length and distance codes zlib accepts.
// cl is scratch space for the code-length table.
func dynamicLengths(r *bitReader, lens *[numLitLen + numDist]uint8, cl *table) (nlit, ndist int, err error) {
	nlit = int(r.take(5)) + 257
	ndist = int(r.take(5)) + 1
	nclen := int(r.take(4)) + 4
	if nlit > 286 || ndist > 30 {
		return 0, 0, errHeader
	}
	var cll [numCodeLen]uint8
	for i := range nclen {
		cll[codeLenOrder[i]] = uint8(r.take(3))
	}
	if count := lengthCounts(cll[:]); !complete(&count) {
		return 0, 0, errHeader
	}
	cl.build(cll[:], 7, codeLenValue, false)
	n := nlit + ndist
	for i := 0; i < n; {
		e := cl.e[peek(r.in, r.bit)&127]
		r.bit += int64(e & 15)
		sym := int(e >> 16)
		if sym < 16 {
			lens[i] = uint8(sym)
			i++
			continue
		}
		var rep int
		var v uint8
		switch sym {
		case 16:
			if i == 0 {
				return 0, 0, errHeader
			}
			v, rep = lens[i-1], 3+int(r.take(2))
		case 17:
			rep = 3 + int(r.take(3))
		default:
			rep = 11 + int(r.take(7))
		}
		if i+rep > n {
			return 0, 0, errHeader
		}
		for range rep {
			lens[i] = v
			i++
		}
	}
	if r.past() || lens[256] == 0 {
		return 0, 0, errHeader
	}
	if count := lengthCounts(lens[:nlit]); !complete(&count) {
		return 0, 0, errHeader
	}
	if count := lengthCounts(lens[nlit:n]); !usable(&count) {
		return 0, 0, errHeader
	}
	return nlit, ndist, nil
}
