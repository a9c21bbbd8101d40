package flow

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Parameters in registers: which parameter a register holds where the
// code reads it (the ins are a method's last registers).

// stableParam returns the parameter slot (ins index) of register reg when
// no instruction of m writes it, or -1.
func (m *method) stableParam(reg int32) int {
	idx := m.insIndex(reg)
	if idx < 0 {
		return -1
	}
	code := m.body()
	base := paramReg(code, 0)
	if m.unstable == nil {
		m.unstable = make([]bool, code.InsSize)
		for i := range m.insts {
			if m.insts[i].Format == dalvik.FormatPayload {
				continue
			}
			lo, cnt := written(m.inst(i))
			for x := lo; cnt > 0 && x < lo+uint32(cnt); x++ {
				if int32(x) >= base && int32(x) < int32(code.RegistersSize) {
					m.unstable[int32(x)-base] = true
				}
			}
		}
	}
	if m.unstable[idx] {
		return -1
	}
	return idx
}

// insIndex returns the ins index of parameter register reg, or -1 when
// reg is not one.
func (m *method) insIndex(reg int32) int {
	code := m.body()
	if code == nil || reg < 0 {
		return -1
	}
	base := paramReg(code, 0)
	if reg < base || reg >= int32(code.RegistersSize) {
		return -1
	}
	return int(reg - base)
}

// paramBefore returns the parameter slot register reg still holds at
// instruction i of m: a stable parameter, or one no instruction before i
// writes in code that never branches back (R8 reuses a parameter's
// register for the result of the call that reads it: move-result p1).
// Else -1.
func (m *method) paramBefore(i int, reg int32) int {
	if p := m.stableParam(reg); p >= 0 {
		return p
	}
	idx := m.insIndex(reg)
	if idx < 0 || m.branchesBack() {
		return -1
	}
	for k := 0; k < i && k < len(m.insts); k++ {
		if m.insts[k].Format != dalvik.FormatPayload && writesReg(m.inst(k), uint32(reg)) {
			return -1
		}
	}
	return idx
}

// copiedFrom returns the register a move-object copied into r, when r
// still holds that copy before instruction i (in straight-line code) and
// the source register still holds the object.
func (m *method) copiedFrom(i int, r uint32) (uint32, int32, bool) {
	in, j, ok := m.lastWrite(i, r)
	if !ok || in.Op < dalvik.OpMoveObject || in.Op > dalvik.OpMoveObject16 || redefined(m, j, i, in.B) {
		return 0, 0, false
	}
	return in.B, int32(in.PC), true
}

// baseParam returns the parameter slot whose object register r holds
// before instruction i: r itself when it is a parameter register nothing
// reassigns, or a copy of one (move-object/from16 v0, p0).
func (m *method) baseParam(i int, r uint32) int {
	for hops := 0; hops < 4; hops++ {
		if slot := m.stableParam(int32(r)); slot >= 0 {
			return slot
		}
		x, _, ok := m.copiedFrom(i, r)
		if !ok {
			return -1
		}
		r = x
	}
	return -1
}

// branchesBack reports whether a block of m goes on, normally or to a
// handler, to itself or a block before it (a loop).
func (m *method) branchesBack() bool {
	for k := range m.blocks {
		blk := &m.blocks[k]
		for _, t := range m.succs(blk) {
			if t <= k {
				return true
			}
		}
		for _, t := range m.handlersOf(blk) {
			if t <= k {
				return true
			}
		}
	}
	return false
}
