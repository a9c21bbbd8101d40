package flow

import (
	"strings"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Comparisons that test incognito mode: a value compared with the
// constant that stands for the mode (an enum's, an int mode's), a boolean
// state with the literal true or false, a string with the mode's name.

// comparedConsts returns the incognito constant facts a comparison of
// registers ra and rb before instruction i tests: those of the side that
// reads the constant there (mode == Mode.INCOGNITO: incognito exactly when
// equal; Mode.NORMAL: negated), whatever the other side may hold (a mode
// seen set only to one of them); else the side whose facts all say the
// same, where the other may hold either.
func (e *engine) comparedConsts(m *method, i int, ra, rb uint32, a, b tset) tset {
	fa, fb := e.stateFacts(a, true), e.stateFacts(b, true)
	ca, cb := e.readsModeConst(m, i, ra), e.readsModeConst(m, i, rb)
	pa, pb := polarity(fa), polarity(fb)
	switch {
	case ca && !cb:
		return fa
	case cb && !ca:
		return fb
	case pa == polMixed && pb != polMixed && pb != polNone:
		return fb
	case pb == polMixed && pa != polMixed && pa != polNone:
		return fa
	}
	return union(fa, fb)
}

// comparedTruth returns the state facts a comparison of registers ra and
// rb before instruction i tests when one side is boolean state and the
// other the literal true or false (Kotlin's `incognito == true`): equal
// under incognito mode when the state then is that literal.
func (e *engine) comparedTruth(m *method, i int, ra, rb uint32, get func(uint32) tset) tset {
	in := m.inst(i)
	for _, p := range [2][2]uint32{{ra, rb}, {rb, ra}} {
		c, ok := m.constInt(in, p[1])
		if !ok || c != 0 && c != 1 {
			continue
		}
		t := e.stateFacts(e.concrete(m, get(p[0])), false)
		if c == 0 {
			t = mapFacts(t, func(f uint32) (uint32, bool) { return f ^ flagNeg, true })
		}
		return t
	}
	return nil
}

// modeString reports whether an equality call compares a value with a
// string constant naming incognito mode ("incognito", "private_browsing":
// a short name, not a sentence that mentions it), in app code.
func (e *engine) modeString(m *method, in dalvik.Inst, regs []uint32) bool {
	if len(regs) < 2 || e.incognitoIgnored(m.cls.name) {
		return false
	}
	for k, r := range []uint32{regs[0], regs[len(regs)-1]} {
		s, ok := m.constString(in, r)
		if !ok || len(s) > maxModeString {
			continue
		}
		if e.r.incognitoText(s) {
			return true
		}
		// "private".equals(mode): a word that names the mode only beside a
		// value read from a member named for a mode.
		other := []uint32{regs[len(regs)-1], regs[0]}[k]
		if e.r.incExact[nameFolder.Replace(strings.ToLower(s))] && m.readsModeMember(in, other) {
			return true
		}
	}
	return false
}

// readsModeMember reports whether register r holds, before in, what a
// field or a getter whose name says "mode" gave (mMode, getBrowsingMode()),
// or a read under such a key (getStringExtra("mode")).
func (m *method) readsModeMember(in dalvik.Inst, r uint32) bool {
	i := m.instAt(in.PC)
	if i < 0 {
		return false
	}
	w, j, ok := m.definition(i, r, 2)
	if !ok {
		return false
	}
	name := ""
	switch {
	case w.Op == dalvik.OpIgetObject || w.Op == dalvik.OpSgetObject:
		if fr, err := m.file.FieldRef(w.Index); err == nil {
			name = fr.Name
		}
	case w.Op == dalvik.OpMoveResultObject && j > 0:
		call := m.inst(j - 1)
		if !namesMethod(call) {
			break
		}
		if ref, err := m.file.MethodRef(call.Index); err == nil {
			name = ref.Name
		}
		for _, a := range call.ArgRegs() { // a store read keyed "mode"
			if k, ok := m.constString(call, a); ok && strings.Contains(strings.ToLower(k), "mode") {
				return true
			}
		}
	}
	return strings.Contains(strings.ToLower(name), "mode")
}

// maxModeString bounds the length of a string that names a mode.
const maxModeString = 32

// readsModeConst reports whether register r holds, before instruction i,
// a mode's constant read right there (an enum's incognito or normal one).
func (e *engine) readsModeConst(m *method, i int, r uint32) bool {
	def, _, ok := m.definition(i, r, 2)
	if !ok || def.Op != dalvik.OpSgetObject {
		return false
	}
	fi := e.fieldKey(m, def)
	return fi.ok && (fi.incConst || fi.normalConst || e.constLocs[fi.loc])
}
