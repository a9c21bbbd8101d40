package flow

import (
	"slices"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// The interpreter's branches (interp.go): the int comparisons it decides
// (two constants, or the device's API level, at least the app's minSdk,
// and a constant) and the successor blocks a state allows.

// Outcomes of a comparison the interpreter decides.
const (
	cmpUnknown = iota
	cmpTrue
	cmpFalse
)

// compareInts decides the two-register test op (if-eq ... if-le) of a and
// b where their values tell: two constants, or an int of at least n and
// a constant (either way round).
func compareInts(op dalvik.Opcode, a, b aval) int {
	if _, okb := oneInt(b); !okb {
		if _, oka := oneInt(a); !oka {
			return cmpUnknown
		}
		a, b, op = b, a, mirror(op) // the constant second
	}
	lo, hi, bounded, ok := intRange(a)
	c, _ := oneInt(b)
	if !ok {
		return cmpUnknown
	}
	verdict := func(always, never bool) int {
		switch {
		case always:
			return cmpTrue
		case never:
			return cmpFalse
		}
		return cmpUnknown
	}
	switch op {
	case dalvik.OpIfEq:
		return verdict(bounded && lo == c && hi == c, c < lo || bounded && c > hi)
	case dalvik.OpIfNe:
		return verdict(c < lo || bounded && c > hi, bounded && lo == c && hi == c)
	case dalvik.OpIfLt:
		return verdict(bounded && hi < c, lo >= c)
	case dalvik.OpIfGe:
		return verdict(lo >= c, bounded && hi < c)
	case dalvik.OpIfGt:
		return verdict(lo > c, bounded && hi <= c)
	case dalvik.OpIfLe:
		return verdict(bounded && hi <= c, lo > c)
	}
	return cmpUnknown
}

// oneInt returns the constant a is, when it is one.
func oneInt(a aval) (int64, bool) {
	if a.kind == aInts && len(a.ints) == 1 {
		return a.ints[0], true
	}
	return 0, false
}

// intRange returns the least and greatest int a may be (bounded: a
// greatest is known).
func intRange(a aval) (lo, hi int64, bounded, ok bool) {
	switch {
	case a.kind == aInts && len(a.ints) > 0:
		return slices.Min(a.ints), slices.Max(a.ints), true, true
	case a.kind == aMin && len(a.ints) == 1:
		return a.ints[0], 0, false, true
	}
	return 0, 0, false, false
}

// mirror returns the test of b and a that op is of a and b.
func mirror(op dalvik.Opcode) dalvik.Opcode {
	switch op {
	case dalvik.OpIfLt:
		return dalvik.OpIfGt
	case dalvik.OpIfGt:
		return dalvik.OpIfLt
	case dalvik.OpIfLe:
		return dalvik.OpIfGe
	case dalvik.OpIfGe:
		return dalvik.OpIfLe
	}
	return op
}

// aedge is a successor block and the state it is entered with.
type aedge struct {
	to int
	st astate
}

// edges returns the successors of block b that the state allows, each
// with its state (refined by the comparison taken).
func (p *interp) edges(b int, st astate) (out []aedge) {
	m := p.m
	blk := &m.blocks[b]
	last := m.inst(blk.end - 1)
	all := func() {
		for _, s := range m.succs(blk) {
			out = append(out, aedge{s, st.clone()})
		}
	}
	defer func() {
		for _, h := range m.handlersOf(blk) {
			out = append(out, aedge{h, st.clone()})
		}
	}()
	switch op := last.Op; {
	case op == dalvik.OpIfEqz || op == dalvik.OpIfNez:
		v := aval{}
		if int(last.A) < len(st) {
			v = st[last.A]
		}
		taken := m.blockAt(last.Target())
		next := b + 1
		if taken < 0 || taken == next {
			all()
			return out
		}
		nonzero, zero := true, true
		if v.kind == aInts {
			nonzero, zero = false, false
			for _, k := range v.ints {
				nonzero = nonzero || k != 0
				zero = zero || k == 0
			}
		}
		onTrue, onFalse := taken, next // if-nez jumps on non-zero
		if op == dalvik.OpIfEqz {
			onTrue, onFalse = next, taken
		}
		if nonzero {
			s := st.clone()
			if v.kind == aPred && int(v.reg) < len(s) {
				s[v.reg] = aval{kind: aURI, str: v.str}
			}
			out = append(out, aedge{onTrue, s})
		}
		if zero {
			out = append(out, aedge{onFalse, st.clone()})
		}
	case op >= dalvik.OpIfEq && op <= dalvik.OpIfLe:
		taken := m.blockAt(last.Target())
		next := b + 1
		if taken < 0 || taken == next {
			all()
			return out
		}
		get := func(r uint32) aval {
			if int(r) < len(st) {
				return st[r]
			}
			return aval{}
		}
		switch compareInts(op, get(last.A), get(last.B)) {
		case cmpTrue:
			out = append(out, aedge{taken, st.clone()})
		case cmpFalse:
			out = append(out, aedge{next, st.clone()})
		default:
			all()
		}
	case op == dalvik.OpPackedSwitch || op == dalvik.OpSparseSwitch:
		keys, targets := m.switchTable(blk.end - 1)
		v := aval{}
		if int(last.A) < len(st) {
			v = st[last.A]
		}
		if v.kind != aInts || keys == nil {
			all()
			return out
		}
		fallthru := false
		for _, k := range v.ints {
			hit := false
			for i, key := range keys {
				if int64(key) == k {
					if t := m.blockAt(last.PC + int(targets[i])); t >= 0 {
						out = append(out, aedge{t, st.clone()})
					}
					hit = true
				}
			}
			fallthru = fallthru || !hit
		}
		if fallthru && b+1 < len(m.blocks) {
			out = append(out, aedge{b + 1, st.clone()})
		}
	default:
		all()
	}
	return out
}
