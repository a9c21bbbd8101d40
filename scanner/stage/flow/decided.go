package flow

import (
	"slices"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Helpers that decide from incognito state. javac compiles `return
// !incognito && consent` into branches on the state that end in constant
// returns: the value returned carries no fact of the state, so a caller's
// `if (canTrack()) track(url)` was no guard. A boolean method whose
// returns that may run while its own branches say incognito mode is on
// all return the same constant returns that constant under incognito
// mode: its result carries the state's facts, negated when the constant
// is false.

// decidedReturn adds to m's return taint the facts of the incognito state
// its branches test when they decide what m returns under incognito mode,
// and reports whether the return taint changed.
func (e *engine) decidedReturn(m *method) bool {
	if m.retType != "Z" || len(m.branches) == 0 {
		return false
	}
	v, ok := e.incognitoReturn(m)
	if !ok {
		return false
	}
	var facts tset
	for _, t := range m.branches { // union is a set: any order
		for _, f := range t {
			g := fact(factSource(f), flagInc)
			if v == 0 {
				g |= flagNeg
			}
			facts = union(facts, tset{g})
		}
	}
	u := union(m.ret, facts)
	if slices.Equal(u, m.ret) {
		return false
	}
	m.ret = u
	return true
}

// incognitoReturn returns the constant every return of m that may run
// under incognito mode returns, when there is one and some other return
// of m may return something else.
func (e *engine) incognitoReturn(m *method) (int64, bool) {
	seen := make([]bool, len(m.blocks))
	seen[0] = true
	work := []int{0}
	var succs []int
	const unknown = -1
	got := int64(unknown)
	for len(work) > 0 {
		bi := work[len(work)-1]
		work = work[:len(work)-1]
		if v, ret := m.blockReturn(bi); ret {
			if v == unknown || got != unknown && got != v {
				return 0, false
			}
			got = v
			continue
		}
		succs = e.incognitoSuccs(m, bi, succs[:0])
		for _, s := range succs {
			if s >= 0 && s < len(seen) && !seen[s] {
				seen[s] = true
				work = append(work, s)
			}
		}
	}
	if got == unknown {
		return 0, false
	}
	for bi := range m.blocks {
		if v, ret := m.blockReturn(bi); ret && v != got {
			return got, true // the answer differs outside incognito mode
		}
	}
	return 0, false
}

// blockReturn reports whether block bi ends in a return, and the constant
// 0 or 1 it returns (-1 when it is not such a constant).
func (m *method) blockReturn(bi int) (int64, bool) {
	b := &m.blocks[bi]
	if b.end <= b.start {
		return -1, false
	}
	last := m.inst(b.end - 1)
	if last.Op != dalvik.OpReturn {
		return -1, false
	}
	v, ok := m.constInt(last, last.A)
	if !ok || v != 0 && v != 1 {
		return -1, true
	}
	return v, true
}
