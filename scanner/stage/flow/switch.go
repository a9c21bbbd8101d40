package flow

import (
	"slices"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Switches on incognito mode. javac compiles `switch (mode) { case
// INCOGNITO: ... }` into a switch on a switch map: a synthetic static
// int[] (Outer$1.$SwitchMap$pkg$Mode, Kotlin's
// WhenMappings.$EnumSwitchMapping$0) indexed by mode.ordinal(), which the
// map class's static initialiser fills with each case's key at the
// ordinal of its constant. A shrinker may switch on ordinal() itself, the
// constant's ordinal being the key, and turns a switch of one or two
// cases into tests of the key: against zero or a constant. Under
// incognito mode such a switch takes the incognito constant's case, or
// its default when it has none, and such a test goes the way the key
// decides.

// incognitoKey returns the key the switch at instruction i of m takes
// under incognito mode, when it switches on an enum with an incognito
// constant (fields.go) through a switch map or its ordinal, or on an int
// mode with a case for one of its constants, and the constant
// ("Lpkg/Mode;->INCOGNITO").
func (e *engine) incognitoKey(m *method, i int) (keyAnswer, bool) {
	v, ok := e.incognitoValue(m, i, m.inst(i).A)
	if !ok || v.modes == nil {
		return v, ok
	}
	keys, _ := m.switchTable(i) // an int mode's: a case of its constants
	for _, k := range keys {
		if v.compares(int64(k)) {
			return v, true
		}
	}
	return keyAnswer{}, false
}

// incognitoValue returns the value register r holds before instruction i
// of m under incognito mode, when it is read from a switch map, is the
// ordinal of an enum with an incognito constant, or is an int mode
// (intmode.go).
func (e *engine) incognitoValue(m *method, i int, r uint32) (keyAnswer, bool) {
	w, j, ok := m.lastWrite(i, r)
	var v keyAnswer
	switch {
	case !ok:
	case w.Op == dalvik.OpAget:
		mp, ok := m.fieldHolding(j, w.B)
		if !ok || mp.Op != dalvik.OpSgetObject {
			break
		}
		if enum := m.ordinalOf(j, w.C); enum != "" {
			v = e.switchMapKey(m, mp, enum)
		}
	case w.Op == dalvik.OpMoveResult && j > 0:
		if enum := ordinalCall(m, m.inst(j-1)); enum != "" {
			v = e.enumOrdinal(enum)
			break
		}
		fallthrough
	case w.Op == dalvik.OpIget || w.Op == dalvik.OpSget:
		if cls, name := e.modeRead(m, w, j); cls != "" {
			// An int mode (intmode.go), read by the member its constants
			// name.
			if v = e.intModeKey(cls); !namesFamily(name, v.family) {
				v = keyAnswer{}
			}
		}
	case w.Op == dalvik.OpAndIntLit8 || w.Op == dalvik.OpAndIntLit16:
		// A flag of an int mode's word (flags & FLAG_INCOGNITO): non-zero
		// exactly in incognito mode.
		if u, ok := e.incognitoValue(m, j, w.B); ok && u.modes != nil && u.key != 0 && int64(u.key) == w.Literal {
			v = keyAnswer{key: u.key, what: u.what, modes: []int64{0, int64(u.key)}, family: u.family}
		}
	}
	return v, v.what != ""
}

// keyTest returns, for a test at instruction i of m of a switch map's
// value or an ordinal (incognitoValue) against zero (if-eqz, if-nez) or
// against a constant (if-eq, if-ne), whether the value is non-zero,
// or equal to the constant, under incognito mode, and the constant
// that stands for incognito mode.
func (e *engine) keyTest(m *method, i int) (bool, string, bool) {
	in := m.inst(i)
	switch in.Op {
	case dalvik.OpIfEqz, dalvik.OpIfNez:
		if v, ok := e.incognitoValue(m, i, in.A); ok && v.compares(0) {
			return v.key != 0, v.what, true
		}
	case dalvik.OpIfGtz, dalvik.OpIfLez: // read as if-nez, if-eqz (incognitoSuccs)
		if v, ok := e.incognitoValue(m, i, in.A); ok && v.compares(0) {
			return v.key > 0, v.what, true
		}
	case dalvik.OpIfEq, dalvik.OpIfNe:
		for _, p := range [2][2]uint32{{in.A, in.B}, {in.B, in.A}} {
			v, ok := e.incognitoValue(m, i, p[0])
			if !ok {
				continue
			}
			c, ok := m.constInt(in, p[1])
			if !ok {
				c, ok = e.staticInt(m, i, p[1])
			}
			if ok && v.compares(c) {
				return int64(v.key) == c, v.what, true
			}
		}
	}
	return false, "", false
}

// ordinalOf returns the enum class whose ordinal() register r holds
// before instruction i (the move-result of Enum.ordinal() called on it),
// or "".
func (m *method) ordinalOf(i int, r uint32) string {
	w, j, ok := m.lastWrite(i, r)
	if !ok || w.Op != dalvik.OpMoveResult || j == 0 {
		return ""
	}
	return ordinalCall(m, m.inst(j-1))
}

// ordinalCall returns the class of an invoke of its ordinal()I, or "".
func ordinalCall(m *method, call dalvik.Inst) string {
	if call.Op != dalvik.OpInvokeVirtual {
		return ""
	}
	ref, err := m.file.MethodRef(call.Index)
	if err != nil || ref.Name != "ordinal" || ref.Proto.ReturnType != "I" || len(ref.Proto.Parameters) != 0 {
		return ""
	}
	return ref.Class
}

// switchKey names a switch map (its field) or an enum's ordinals (loc -1)
// and the enum whose incognito constant is looked up.
type switchKey struct {
	loc  int32
	enum string
}

// keyAnswer is a switch key and the incognito constant it stands for
// ("" when none was found).
type keyAnswer struct {
	key  int32
	what string
	// modes lists the values of an int mode's constants (intmode.go):
	// an int is read as the mode only where it is compared with one of
	// them. Nil for an enum's key.
	modes []int64
	// family: the words of the incognito constant's name saying what it
	// is a value of (MODE_PRIVATE: mode), which the member read names.
	family []string
}

// compares reports whether a test of the key against c tests the mode.
func (v keyAnswer) compares(c int64) bool {
	return v.modes == nil || slices.Contains(v.modes, c)
}

func (e *engine) setSwitchKey(k switchKey, v keyAnswer) {
	if e.switchKeys == nil {
		e.switchKeys = map[switchKey]keyAnswer{}
	}
	e.switchKeys[k] = v
}

// switchTable returns the keys and relative targets of the switch at
// instruction i, decoded from its payload.
func (m *method) switchTable(i int) ([]int32, []int32) {
	code := m.body()
	if code == nil {
		return nil, nil
	}
	pl, err := dalvik.Decode(code.Insns, m.inst(i).Target())
	if err != nil || pl.Payload == nil {
		return nil, nil
	}
	return pl.Payload.Keys, pl.Payload.Targets
}

// keyBranch records the test at instruction i of m when it tests the
// incognito enum's key (keyTest): a fact true under incognito mode when
// the value is non-zero, or equal to the constant, then.
func (e *engine) keyBranch(m *method, i int) {
	pc := m.insts[i].PC
	if !m.keyCandidate(i) || e.incognitoIgnored(m.cls.name) {
		return
	}
	yes, what, ok := e.keyTest(m, i)
	if !ok {
		return
	}
	f := fact(e.keySource(m, pc, what), flagInc)
	if !yes {
		f |= flagNeg
	}
	e.branchOn(m, int(pc), tset{f})
}

// keySource returns the incognito read a switch or a test of the enum's
// key at pc of m stands for.
func (e *engine) keySource(m *method, pc int32, what string) int {
	return e.source(siteKey{m: m, pc: int(pc), param: -1}, kindIncognito, what)
}

// keyCandidate reports whether the test at instruction i of m may test a
// switch map's value or an ordinal (keyTest): one read or computed just
// before it, as compilers leave them, or one kept in a register across
// a join of branches the test starts, or follows by the constant it is
// compared with (the same mode tested again after an if). It spares the
// look-back for the other tests of a method that is only scanned.
func (m *method) keyCandidate(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if op := m.insts[k].Op; op == dalvik.OpAget || op == dalvik.OpMoveResult || op == dalvik.OpIget || op == dalvik.OpSget {
			return true
		}
	}
	b := m.blockIndex(i)
	if b < 0 || len(m.forwardPreds(b)) < 2 {
		return false
	}
	switch start := m.blocks[b].start; {
	case start == i:
		return true
	case start == i-1:
		op := m.insts[start].Op
		return op >= dalvik.OpConst4 && op <= dalvik.OpConstHigh16
	}
	return false
}
