package pinflate

import "math/bits"

// An entry of a decoding table. Bits 0-3: the code's length in bits (for a
// link to a subtable: the primary table's bits); bits 4-7: the extra bits
// that follow the code (for a link: the subtable's index bits); bits 8-10:
// the kind; bits 16-31: the value (literal byte, length or distance base,
// or the subtable's offset).
type entry uint32

const (
	kindInvalid = 0 << 8 // the zero entry: a code no symbol has
	kindLiteral = 1 << 8
	kindLength  = 2 << 8 // a length (literal/length table) or a distance
	kindEOB     = 3 << 8
	kindLink    = 4 << 8
	kindMask    = 7 << 8
)

const (
	maxCodeLen  = 15
	litPrimary  = 10 // literal/length table index bits
	distPrimary = 8  // distance table index bits
	numLitLen   = 288
	numDist     = 32
	numCodeLen  = 19
)

// RFC 1951 3.2.5: bases and extra bits of length codes 257..285 and
// distance codes 0..29.
var (
	lengthBase  = [29]uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lengthExtra = [29]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	distBase    = [30]uint16{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	distExtra   = [30]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
)

// litLenValue is the entry of literal/length symbol sym, without its length.
func litLenValue(sym int) entry {
	switch {
	case sym < 256:
		return kindLiteral | entry(sym)<<16
	case sym == 256:
		return kindEOB
	case sym < 286:
		i := sym - 257
		return kindLength | entry(lengthExtra[i])<<4 | entry(lengthBase[i])<<16
	}
	return kindInvalid // 286 and 287 may have codes but never occur
}

// distValue is the entry of distance symbol sym, without its length.
func distValue(sym int) entry {
	if sym < 30 {
		return kindLength | entry(distExtra[sym])<<4 | entry(distBase[sym])<<16
	}
	return kindInvalid
}

// codeLenValue is the entry of code-length symbol sym (0..18).
func codeLenValue(sym int) entry { return kindLiteral | entry(sym)<<16 }

// table is a two-level decoding table for one canonical Huffman code.
type table struct {
	e   []entry
	sub []int32 // primary index -> subtable offset, while building
}

// lengthCounts counts the codes of each length in lens (0: no code).
func lengthCounts(lens []uint8) (count [maxCodeLen + 1]int) {
	for _, l := range lens {
		count[l]++
	}
	count[0] = 0
	return count
}

// unused is how much code space the counts leave, in units of the longest
// code length; -1 when they over-subscribe it.
func unused(count *[maxCodeLen + 1]int) int {
	left := 1
	for l := 1; l <= maxCodeLen; l++ {
		left = left<<1 - count[l]
		if left < 0 {
			return -1
		}
	}
	return left
}

// complete reports whether the counts make a complete prefix code.
func complete(count *[maxCodeLen + 1]int) bool { return unused(count) == 0 }

// usable reports whether the counts make a code zlib accepts: complete, or
// a single code of length 1, or no code at all (a distance code of a block
// without matches).
func usable(count *[maxCodeLen + 1]int) bool {
	if left := unused(count); left <= 0 {
		return left == 0
	}
	total := 0
	for l := 1; l <= maxCodeLen; l++ {
		total += count[l]
	}
	return total == 0 || total == 1 && count[1] == 1
}

// build fills t for the code lengths lens, each symbol's entry given by
// value. It returns false for a code usable rejects; incomplete codes are
// rejected unless singleOK.
func (t *table) build(lens []uint8, primary uint, value func(int) entry, singleOK bool) bool {
	count := lengthCounts(lens)
	if !usable(&count) || !singleOK && !complete(&count) {
		return false
	}
	maxLen := uint(0)
	for l := maxCodeLen; l > 0; l-- {
		if count[l] > 0 {
			maxLen = uint(l)
			break
		}
	}
	var next [maxCodeLen + 2]int
	code := 0
	for l := 1; l <= maxCodeLen; l++ {
		code = (code + count[l-1]) << 1
		next[l] = code
	}
	size := 1 << primary
	subBits := uint(0)
	if maxLen > primary {
		subBits = maxLen - primary
	}
	t.e = append(t.e[:0], make([]entry, size)...)
	if subBits > 0 {
		t.sub = append(t.sub[:0], make([]int32, size)...)
	}
	for sym, l := range lens {
		if l == 0 {
			continue
		}
		c := next[l]
		next[l]++
		rev := int(bits.Reverse16(uint16(c)) >> (16 - l))
		v := value(sym)
		if uint(l) <= primary {
			for i := rev; i < size; i += 1 << l {
				t.e[i] = v | entry(l)
			}
			continue
		}
		p := rev & (size - 1)
		off := int(t.sub[p])
		if off == 0 {
			off = len(t.e)
			t.e = append(t.e, make([]entry, 1<<subBits)...)
			t.sub[p] = int32(off)
			t.e[p] = kindLink | entry(off)<<16 | entry(subBits)<<4 | entry(primary)
		}
		sl := uint(l) - primary
		for i := rev >> primary; i < 1<<subBits; i += 1 << sl {
			t.e[off+i] = v | entry(sl)
		}
	}
	return true
}

// Fixed codes of RFC 1951 3.2.6, built once.
var fixedLit, fixedDist = func() (lit, dist table) {
	var l [numLitLen]uint8
	for i := range l {
		switch {
		case i < 144:
			l[i] = 8
		case i < 256:
			l[i] = 9
		case i < 280:
			l[i] = 7
		default:
			l[i] = 8
		}
	}
	lit.build(l[:], litPrimary, litLenValue, false)
	var d [numDist]uint8
	for i := range d {
		d[i] = 5
	}
	dist.build(d[:], distPrimary, distValue, false)
	return lit, dist
}()
