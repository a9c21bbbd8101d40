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
	flagInc                // incognito state (a guard input), not data
	flagHandle             // a handle, not data: a view or content URI, data only where it is read (view.go, uri.go)
	flagBits   = 7
)

// maxFacts bounds the data facts of a set, and maxIncFacts its incognito
// facts. A set that would hold more collapses to the reserved fact srcTop
// ("some data, source unknown") beside its incognito facts, or to both
// polarities of srcTopInc. The collapse is what keeps results independent
// of the order of the work list: sets form a lattice (a set of at most
// maxFacts data facts, or top), union is its join, and the fixpoint of a
// monotone analysis over a lattice is the same whatever order it is
// reached in. Keeping "the first maxFacts" facts instead would make the
// result depend on which facts arrived first. Findings never come from
// srcTop itself: the witness search (witness.go) starts at real sources.
const (
	maxFacts    = 24
	maxIncFacts = 64
)

// Reserved source ids, after the symbolic parameters (summary.go).
const (
	srcTop    = maxSymParams     // some data fact; a set holding it holds no other data fact
	srcTopInc = maxSymParams + 1 // some incognito fact, both polarities
	firstSite = maxSymParams + 2 // the first id of a real source site
)

var (
	topFact     = fact(srcTop, 0)
	topIncFacts = tset{fact(srcTopInc, flagInc), fact(srcTopInc, flagInc|flagNeg)}
)

func fact(src int, flags uint32) uint32 { return uint32(src)<<flagBits | flags }
func factSource(f uint32) int           { return int(f >> flagBits) }
func factFlags(f uint32) uint32         { return f & (1<<flagBits - 1) }
func isInc(f uint32) bool               { return f&flagInc != 0 }
func isHandle(f uint32) bool            { return f&flagHandle != 0 }

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
	return collapse(out)
}

// collapse applies the bounds of maxFacts to a sorted, duplicate-free s.
func collapse(s tset) tset {
	data, inc, top, topInc := 0, 0, false, false
	for _, f := range s {
		switch {
		case factSource(f) == srcTop:
			top = true
		case factSource(f) == srcTopInc:
			topInc = true
		case isInc(f):
			inc++
		default:
			data++
		}
	}
	top = top || data > maxFacts
	topInc = topInc || inc > maxIncFacts
	if (!top || data == 0) && (!topInc || inc == 0) {
		return s
	}
	out := make(tset, 0, min(len(s), maxFacts+maxIncFacts)+3)
	if top {
		out = append(out, topFact)
	}
	if topInc {
		out = append(out, topIncFacts...)
	}
	for _, f := range s {
		switch {
		case factSource(f) == srcTop || factSource(f) == srcTopInc:
		case isInc(f) && !topInc, !isInc(f) && !top:
			out = append(out, f)
		}
	}
	slices.Sort(out)
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
// to keep it. The result is re-sorted. The reserved top facts keep their
// flags (they stand for facts whose flags are unknown); fn only decides
// whether they stay.
func mapFacts(s tset, fn func(uint32) (uint32, bool)) tset {
	if len(s) == 0 {
		return nil
	}
	// Often every fact maps to itself: then s is the answer, unallocated.
	var out tset
	for i, f := range s {
		g, ok := fn(f)
		if id := factSource(f); id == srcTop || id == srcTopInc {
			g = f
		}
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
// duplicates, within the bounds. It sorts s in place.
func normalize(s tset) tset {
	if len(s) == 0 {
		return nil
	}
	slices.Sort(s)
	return collapse(slices.Compact(s))
}

// dataFacts drops the incognito-state and handle facts of t: what a
// sink, a store or a library call's result may take.
func dataFacts(t tset) tset {
	return mapFacts(t, func(f uint32) (uint32, bool) { return f, !isInc(f) && !isHandle(f) })
}

// handleFacts keeps only the handle facts of t (view.go).
func handleFacts(t tset) tset {
	return mapFacts(t, func(f uint32) (uint32, bool) { return f, isHandle(f) })
}
