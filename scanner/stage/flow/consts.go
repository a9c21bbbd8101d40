package flow

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// constString finds the const-string last written to reg before the
// instruction at, in the straight-line code before it (where d8 and javac
// put argument constants; a call ends a block, so a constant loaded before
// one is still found). It reports false when the register holds anything
// else.
func (m *method) constString(at dalvik.Inst, reg uint32) (string, bool) {
	i := m.instAt(at.PC)
	if i < 0 {
		return "", false
	}
	in, _, ok := m.lastWrite(i, reg)
	if !ok || in.Op != dalvik.OpConstString && in.Op != dalvik.OpConstStringJumbo {
		return "", false
	}
	s, err := m.file.String(in.Index)
	return s, err == nil
}

// knownEqual returns the string constant register reg holds at
// instruction at because the code on every path there tested it equal to
// one: a branch on equals (String.equals, Objects.equals, Kotlin's
// areEqual) of reg and a const-string, whose true side the path takes.
func (m *method) knownEqual(at dalvik.Inst, reg uint32) (string, bool) {
	i := m.instAt(at.PC)
	if i < 0 {
		return "", false
	}
	next := i
	for j := range m.back(i) {
		in := m.inst(j)
		if writesReg(in, reg) {
			return "", false
		}
		if in.Op == dalvik.OpIfEqz || in.Op == dalvik.OpIfNez {
			// back yields the instruction before the one it yielded last
			// when it falls through, a branch's source when it jumps.
			taken := next != j+1
			if (in.Op == dalvik.OpIfNez) == taken {
				if s, ok := m.equalsConst(j, in.A, reg); ok {
					return s, true
				}
			}
		}
		next = j
	}
	return "", false
}

// equalsConst returns the string constant that the boolean register x
// holds the comparison of with register reg at instruction i of m.
func (m *method) equalsConst(i int, x, reg uint32) (string, bool) {
	res, j, ok := m.lastWrite(i, x)
	if !ok || res.Op != dalvik.OpMoveResult || j == 0 {
		return "", false
	}
	call := m.inst(j - 1)
	if call.Flags()&dalvik.IsInvoke == 0 || !namesMethod(call) {
		return "", false
	}
	ref, err := m.file.MethodRef(call.Index)
	regs := call.ArgRegs()
	if err != nil || !equality(ref, isStatic(call.Op)) || len(regs) < 2 {
		return "", false
	}
	a, b := regs[0], regs[len(regs)-1]
	if b == reg {
		a, b = b, a
	}
	if a != reg {
		return "", false
	}
	return m.constString(call, b)
}

// constInt finds the integer constant last written to reg before the
// instruction at, as constString does for strings (a resource id).
func (m *method) constInt(at dalvik.Inst, reg uint32) (int64, bool) {
	i := m.instAt(at.PC)
	if i < 0 {
		return 0, false
	}
	in, _, ok := m.lastWrite(i, reg)
	if !ok || in.Op < dalvik.OpConst4 || in.Op > dalvik.OpConstHigh16 {
		return 0, false
	}
	return in.Literal, true
}

// writtenAt calls fn for each instruction of m with opcode op whose
// register A (the value it returns or stores) a known instruction last
// wrote: x is the instruction at index i, def that write.
func (m *method) writtenAt(op dalvik.Opcode, fn func(i int, x, def dalvik.Inst)) {
	for i := range m.insts {
		if m.insts[i].Op != op {
			continue
		}
		x := m.inst(i)
		if def, _, ok := m.lastWrite(i, x.A); ok {
			fn(i, x, def)
		}
	}
}

// lastWrite returns the instruction that last wrote register reg before
// instruction i, and its index, looking back through the code that runs
// on every path to i (back); where branches that do not write reg join
// on the way, the write before them (the one write every path there
// comes from).
func (m *method) lastWrite(i int, reg uint32) (dalvik.Inst, int, bool) {
	joins := maxJoins
	if j := m.writeBefore(i, i, reg, &joins); j >= 0 {
		return m.inst(j), j, true
	}
	return dalvik.Inst{}, 0, false
}

// maxJoins bounds the branches lastWrite and knownType follow back from
// one instruction.
const maxJoins = 8

// joinedAt returns the blocks whose branches join at instruction last,
// where a walk back stopped, when it starts such a block and *joins
// allows following them all (taking them from *joins); else nil.
func (m *method) joinedAt(last int, joins *int) []int32 {
	b := m.blockIndex(last)
	if b < 0 || m.blocks[b].start != last {
		return nil // cut short, not at a block's start
	}
	preds := m.forwardPreds(b)
	if len(preds) < 2 || *joins < len(preds) {
		return nil
	}
	*joins -= len(preds)
	return preds
}

// writeBefore is lastWrite from before instruction i, in the straight run
// of instruction at (backFrom), following at most *joins more branches
// back where they join; it returns the write's index, or -1.
func (m *method) writeBefore(i, at int, reg uint32, joins *int) int {
	last := at
	for j := range m.backFrom(i, at) {
		if writesReg(m.inst(j), reg) {
			return j
		}
		last = j
	}
	w, ok := agreeAcross(m, last, joins, func(end int) (int, bool) {
		x := m.writeBefore(end, end-1, reg, joins)
		return x, x >= 0
	})
	if !ok {
		return -1
	}
	return w
}

// agreeAcross returns the answer f gives, from the end of each block
// whose branches join at instruction last (where a walk back stopped,
// joinedAt), when every one of them gives one and all agree.
func agreeAcross[T comparable](m *method, last int, joins *int, f func(end int) (T, bool)) (T, bool) {
	var v T
	preds := m.joinedAt(last, joins)
	if preds == nil {
		return v, false
	}
	for k, p := range preds {
		x, ok := f(m.blocks[p].end)
		if !ok || k > 0 && x != v {
			var zero T
			return zero, false
		}
		v = x
	}
	return v, true
}

// definition is lastWrite through copies: the instruction that made the
// value register reg holds before instruction i, following at most moves
// move-object copies back (d8 moves a value into a call's register
// range), and its index.
func (m *method) definition(i int, reg uint32, moves int) (dalvik.Inst, int, bool) {
	w, j, ok := m.lastWrite(i, reg)
	for hops := 0; ok && hops < moves && w.Op >= dalvik.OpMoveObject && w.Op <= dalvik.OpMoveObject16; hops++ {
		w, j, ok = m.lastWrite(j, w.B)
	}
	return w, j, ok
}

// writesReg reports whether in writes register reg as vA (the destination
// of every instruction that writes a register, apart from invokes).
func writesReg(in dalvik.Inst, reg uint32) bool {
	if in.IsPayload() || in.Flags()&dalvik.IsInvoke != 0 || in.A != reg {
		return false
	}
	op := in.Op
	switch {
	case op >= dalvik.OpIfEq && op <= dalvik.OpIfLez, op >= dalvik.OpAput && op <= dalvik.OpAputShort,
		op >= dalvik.OpIput && op <= dalvik.OpIputShort, op >= dalvik.OpSput && op <= dalvik.OpSputShort,
		op >= dalvik.OpReturnVoid && op <= dalvik.OpReturnObject, op == dalvik.OpThrow,
		op == dalvik.OpMonitorEnter, op == dalvik.OpMonitorExit, op == dalvik.OpFillArrayData,
		op == dalvik.OpPackedSwitch, op == dalvik.OpSparseSwitch, op == dalvik.OpNop,
		op >= dalvik.OpGoto && op <= dalvik.OpGoto32, op == dalvik.OpFilledNewArray, op == dalvik.OpFilledNewArrayRange:
		// No destination: vA is a branch's operand or an argument count.
		return false
	}
	return true
}

// receiverType is knownType for an invoke's receiver, kept per instruction:
// the fixpoint runs the same invoke on every pass of its method.
func (m *method) receiverType(at dalvik.Inst, reg uint32) string {
	if t, ok := m.recvTypes[int32(at.PC)]; ok {
		return t
	}
	t := m.knownType(at, reg)
	if m.recvTypes == nil {
		m.recvTypes = map[int32]string{}
	}
	m.recvTypes[int32(at.PC)] = t
	return t
}

// knownType returns the most precise class reg is known to hold before
// the instruction at, looking back through the code that runs on every
// path to it (back): the class of a
// new-instance, a check-cast, the declared type of the field it was read
// from, or the declared return type of the call whose result was moved
// into it. It returns "" when nothing is known.
// Where branches join on the way, it is the class every branch gives.
func (m *method) knownType(at dalvik.Inst, reg uint32) string {
	i := m.instAt(at.PC)
	if i < 0 {
		return ""
	}
	joins := maxJoins
	return m.typeBefore(i, i, reg, &joins)
}

// typeBefore is knownType from before instruction i, in the straight run
// of instruction at (backFrom), following at most *joins more branches
// back where they join.
func (m *method) typeBefore(i, at int, reg uint32, joins *int) string {
	cast := "" // a check-cast seen on the way: the answer unless the allocation shows more
	last := at
	for j := range m.backFrom(i, at) {
		last = j
		in := m.inst(j)
		switch {
		case in.Op == dalvik.OpCheckCast && in.A == reg:
			if cast == "" {
				cast, _ = m.file.Type(in.Index)
			}
			continue
		case in.Op == dalvik.OpNewInstance && in.A == reg:
			t, _ := m.file.Type(in.Index)
			return t
		case cast != "" && writesReg(in, reg):
			return cast
		case (in.Op == dalvik.OpIgetObject || in.Op == dalvik.OpSgetObject) && in.A == reg:
			// The field's declared type: an upper bound, like a cast.
			fr, err := m.file.FieldRef(in.Index)
			if err != nil {
				return ""
			}
			return fr.Type
		case in.Op == dalvik.OpMoveResultObject && in.A == reg:
			if j == 0 {
				return ""
			}
			call := m.inst(j - 1)
			if call.Flags()&dalvik.IsInvoke == 0 {
				return ""
			}
			ref, err := m.file.MethodRef(call.Index)
			if err != nil {
				return ""
			}
			return ref.Proto.ReturnType
		case writesReg(in, reg):
			return ""
		}
	}
	if cast != "" {
		return cast
	}
	// The walk stopped at the start of a block that branches join: each
	// of them must give the same class.
	t, _ := agreeAcross(m, last, joins, func(end int) (string, bool) {
		pt := m.typeBefore(end, end-1, reg, joins)
		return pt, pt != ""
	})
	return t
}

// throwsNot reports whether instruction i of m, which the opcode table
// says may throw, cannot throw an exception the code could catch here:
// a new-array of a constant size that is not negative, or an array
// access at a constant index inside an array that the same straight run
// made with a constant size (the only runtime exceptions they raise are
// for a negative size, a bad index or a null array).
func (m *method) throwsNot(i int) bool {
	in := m.inst(i)
	switch {
	case in.Op == dalvik.OpNewArray:
		n, ok := m.constInt(in, in.B)
		return ok && n >= 0
	case in.Op >= dalvik.OpAget && in.Op <= dalvik.OpAputShort:
		def, _, ok := m.lastWrite(i, in.B)
		if !ok || def.Op != dalvik.OpNewArray {
			return false
		}
		size, ok1 := m.constInt(def, def.B)
		idx, ok2 := m.constInt(in, in.C)
		return ok1 && ok2 && idx >= 0 && idx < size
	}
	return false
}

// paramReg returns the register holding ins slot slot of a method whose
// code is code (the ins are its last registers).
func paramReg(code *dex.Code, slot int) int32 {
	return int32(code.RegistersSize) - int32(code.InsSize) + int32(slot)
}

// incognitoContainer reports whether register r holds, before in, a
// container named like incognito mode: read from a field so named, or
// returned by a method so named (getIncognitoTabs()).
func (e *engine) incognitoContainer(m *method, in dalvik.Inst, r uint32) bool {
	i := m.instAt(in.PC)
	if i < 0 {
		return false
	}
	def, j, ok := m.definition(i, r, 2)
	switch {
	case !ok:
		return false
	case def.Op == dalvik.OpIgetObject || def.Op == dalvik.OpSgetObject:
		fi := e.fieldKey(m, def)
		return fi.ok && !e.incognitoIgnored(fi.ref.Class) && e.r.incognitoName(fi.ref.Name)
	case def.Op == dalvik.OpMoveResultObject && j > 0:
		call := m.inst(j - 1)
		if call.Flags()&dalvik.IsInvoke == 0 || !namesMethod(call) {
			return false
		}
		ref, err := m.file.MethodRef(call.Index)
		return err == nil && !e.incognitoIgnored(ref.Class) && e.r.incognitoName(ref.Name)
	}
	return false
}
