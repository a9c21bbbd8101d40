package flow

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// Keyed containers' keys. A value put under a constant key (a literal, or
// a static String that always holds one) is held under that key; one
// put as a key is held among the container's keys.

// isKey reports whether a place's field is a container key (keyed facts
// encode the key as -2-id in wkey.fld).
func isKey(fld int32) bool { return fld <= -2 }

// mapKeys is the key name, first of every witness search's keys, under
// which a keyed container holds its keys (keysFld): a map of visited URLs
// to counts holds each URL there.
const (
	mapKeys = "\x00keys"
	keysFld = int32(-2)
)

// constKey returns the key of a keyed-container call when its key argument
// is a constant string.
func (w *witnesses) constKey(m *method, i int32, in dalvik.Inst, static bool, ref dex.MethodRef, arg int) (int32, bool) {
	regs := in.ArgRegs()
	q := declaredArg(static, ref, arg)
	if q >= len(regs) {
		return -1, false
	}
	str, ok := w.keyString(m, in, regs[q])
	if !ok || str == mapKeys {
		return -1, false
	}
	id, seen := w.keyIdx[str]
	if !seen {
		id = int32(len(w.keys))
		w.keys = append(w.keys, str)
		w.keyIdx[str] = id
	}
	return -2 - id, true
}

// keyString returns the string register reg holds at instruction at: a
// constant, or one read from a static String field that always holds it.
func (w *witnesses) keyString(m *method, at dalvik.Inst, reg uint32) (string, bool) {
	if s, ok := m.constString(at, reg); ok {
		return s, true
	}
	i := m.instAt(at.PC)
	if i < 0 {
		return "", false
	}
	if x, _, ok := m.lastWrite(i, reg); ok && x.Op == dalvik.OpSgetObject {
		return w.fixedString(m, x)
	}
	return "", false
}
