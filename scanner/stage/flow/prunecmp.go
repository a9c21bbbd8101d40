package flow

import (
	"slices"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Int comparisons the constant-comparison interpreter (prune.go) decides:
// two constants, or the device's API level (at least the app's minSdk)
// and a constant.

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
