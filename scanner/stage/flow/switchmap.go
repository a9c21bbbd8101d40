package flow

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Switch maps. javac compiles a switch on an enum into a switch on a
// synthetic static int[] indexed by the constant's ordinal (Outer$1's
// $SwitchMap$pkg$Mode, kotlinc's WhenMappings.$EnumSwitchMapping$0),
// which the map class's static initialiser fills with each case's key.

// switchMapKey returns the key the switch map read by mp (an sget-object
// in m) holds at the ordinal of enum's incognito constant: the value its
// class's static initialiser stores there.
func (e *engine) switchMapKey(m *method, mp dalvik.Inst, enum string) keyAnswer {
	fi := e.fieldKey(m, mp)
	if !fi.ok || fi.ref.Type != "[I" {
		return keyAnswer{}
	}
	k := switchKey{loc: fi.loc, enum: enum}
	if v, ok := e.switchKeys[k]; ok {
		return v
	}
	var v keyAnswer
	if init := e.staticInit(fi.ref.Class); init != nil {
		for i := range init.insts {
			x := &init.insts[i]
			if x.Op != dalvik.OpAput {
				continue
			}
			a, b, c := init.regs(i)
			arr, ok := init.fieldHolding(i, b)
			if (!ok || arr.Op != dalvik.OpSgetObject || e.fieldKey(init, arr).loc != fi.loc) && !e.mapArray(init, i, b, fi.loc) {
				continue
			}
			what := e.incognitoOrdinal(init, i, c, enum)
			if what == "" {
				continue
			}
			if key, ok := init.constInt(init.inst(i), a); ok {
				v = keyAnswer{key: int32(key), what: what}
				break
			}
		}
	}
	e.setSwitchKey(k, v)
	return v
}

// mapArray reports whether register r holds, at instruction i of a static
// initialiser, the array of the switch map at loc: kotlinc's WhenMappings
// fill a new array in a local, each store in a try block of its own, and
// put it into the field at the end; R8 puts it into the field first and
// fills it through the local. The register is written by the new-array
// and then by nothing until that store, or until i.
func (e *engine) mapArray(init *method, i int, r uint32, loc int32) bool {
	made, stored := -1, false
	for k := i - 1; k >= 0; k-- {
		x := &init.insts[k]
		if x.Format == dalvik.FormatPayload {
			continue
		}
		in := init.inst(k)
		if !writesReg(in, r) {
			if x.Op == dalvik.OpSputObject && in.A == r && e.fieldKey(init, in).loc == loc {
				stored = true
			}
			continue
		}
		if x.Op == dalvik.OpNewArray {
			made = k
		}
		break
	}
	if made < 0 {
		return false
	}
	if stored {
		return true
	}
	for k := i + 1; k < len(init.insts); k++ {
		x := &init.insts[k]
		if x.Format == dalvik.FormatPayload {
			continue
		}
		in := init.inst(k)
		if x.Op == dalvik.OpSputObject && in.A == r {
			return e.fieldKey(init, in).loc == loc
		}
		if writesReg(in, r) {
			return false
		}
	}
	return false
}

// incognitoOrdinal returns enum's incognito constant when register r
// holds its ordinal before instruction i of m, or "".
func (e *engine) incognitoOrdinal(m *method, i int, r uint32, enum string) string {
	w, j, ok := m.lastWrite(i, r)
	if !ok || w.Op != dalvik.OpMoveResult || j == 0 {
		return ""
	}
	call := m.inst(j - 1)
	if ordinalCall(m, call) == "" || len(call.ArgRegs()) != 1 {
		return ""
	}
	c, ok := m.fieldHolding(j-1, call.ArgRegs()[0])
	if !ok || c.Op != dalvik.OpSgetObject {
		return ""
	}
	return e.incognitoConst(m, c, enum)
}
