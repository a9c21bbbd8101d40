package flow

import "slices"

// A taint set is a sorted, duplicate-free list of facts. Each fact packs a
// source id (an index into the engine's source table) with flag bits, so a
// set stays a small slice of integers that unions cheaply. Sets are never
// modified in place once stored: every operation returns a new slice or one
// of its inputs, which lets states share them freely.
type tset []uint32

// Flag bits of a fact.
const (
	flagNeg    = 1 << iota // incognito fact: the value is the negation of the state
	flagEncode             // passed through Base64 or a XOR loop
	flagCrypto             // passed through javax.crypto
	flagEmbed              // placed inside other data: a query, a JSON body, a string
	flagHeap               // browsing data that went through a field or store
	flagBits   = 5
)

// maxFacts bounds a set: past it, new facts are dropped. Real code rarely
// mixes more sources in one value; the bound keeps pathological methods
// (huge string builders) from growing sets without limit.
const maxFacts = 24

func fact(src int, flags uint32) uint32 { return uint32(src)<<flagBits | flags }
func factSource(f uint32) int           { return int(f >> flagBits) }
func factFlags(f uint32) uint32         { return f & (1<<flagBits - 1) }

// union returns a ∪ b, reusing a or b when one contains the other.
func union(a, b tset) tset {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	if subset(b, a) {
		return a
	}
	if subset(a, b) {
		return b
	}
	out := make(tset, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || (i < len(a) && a[i] < b[j]):
			out = append(out, a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	if len(out) > maxFacts {
		out = out[:maxFacts]
	}
	return out
}

// subset reports whether every fact of a is in b.
func subset(a, b tset) bool {
	if len(a) > len(b) {
		return false
	}
	j := 0
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		if j == len(b) || b[j] != x {
			return false
		}
		j++
	}
	return true
}

// mapFacts applies fn to every fact; fn returns the new fact and whether
// to keep it. The result is re-sorted.
func mapFacts(s tset, fn func(uint32) (uint32, bool)) tset {
	if len(s) == 0 {
		return nil
	}
	// Often every fact maps to itself: then s is the answer, unallocated.
	var out tset
	for i, f := range s {
		g, ok := fn(f)
		if out == nil {
			if ok && g == f {
				continue
			}
			out = append(make(tset, 0, len(s)), s[:i]...)
		}
		if ok {
			out = append(out, g)
		}
	}
	if out == nil {
		return s
	}
	return normalize(out)
}

// normalize makes a taint set of facts in any order: sorted, without
// duplicates, at most maxFacts (the smallest, as repeated unions keep). It
// sorts s in place.
func normalize(s tset) tset {
	if len(s) == 0 {
		return nil
	}
	slices.Sort(s)
	s = slices.Compact(s)
	if len(s) > maxFacts {
		s = s[:maxFacts]
	}
	return s
}
