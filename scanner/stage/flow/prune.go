package flow

// Constant-comparison pruning. A helper's sink can be out of reach
// although its method is reached: its only caller calls it under a
// constant comparison ("file".equals(uri.getScheme())) that rules out the
// branch the sink is on (the helper switches on the URI's type, and the
// network case is for http). The abstract interpreter (interp.go)
// evaluates the caller up to the call with the comparisons it has passed,
// then the helper with what that says of its arguments, and tells which
// blocks can run.

import (
	"strings"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// sinkFeasible reports whether the instruction at pc of m may run, given
// m's own constants and the constant comparisons its only caller has
// passed when it calls m. Methods with other callers, or callers that
// compare nothing, are not pruned by them.
func (w *witnesses) sinkFeasible(m *method, pc int) bool {
	key := callSite{m, pc}
	if v, ok := w.feasible[key]; ok {
		return v
	}
	ok := w.feasibleHere(m, pc)
	if callers := w.directCallers(m); ok && len(callers) == 1 && len(m.async) == 0 {
		ok = w.feasibleFrom(callers[0], m, pc)
	}
	w.feasible[key] = ok
	return ok
}

// feasibleHere reports whether the instruction at pc of m may run as far
// as m's own constants tell (two constant strings compared, a flag that
// never changes, the device's API level against the app's minSdk, a log
// level below INFO).
func (w *witnesses) feasibleHere(m *method, pc int) bool {
	reach, ok := w.selfReach[m]
	if !ok {
		if w.decidable(m) {
			reach, _, _ = (&interp{w: w, m: m}).run(nil, -1)
		}
		if w.selfReach == nil {
			w.selfReach = map[*method][]bool{}
		}
		w.selfReach[m] = reach
	}
	i := m.instAt(pc)
	return reach == nil || i < 0 || reach[m.blockIndex(i)]
}

func (w *witnesses) feasibleFrom(cs callSite, m *method, pc int) bool {
	ci := cs.m.instAt(cs.pc)
	if ci < 0 {
		return true
	}
	_, st, _ := (&interp{w: w, m: cs.m}).run(nil, ci)
	if st == nil {
		return true
	}
	params := map[int]aval{}
	for slot, r := range cs.m.inst(ci).ArgRegs() {
		if int(r) < len(st) && st[r].kind == aURI {
			params[slot] = st[r]
		}
	}
	if len(params) == 0 {
		return true
	}
	reach, _, _ := (&interp{w: w, m: m}).run(params, -1)
	i := m.instAt(pc)
	if reach == nil || i < 0 {
		return true
	}
	return reach[m.blockIndex(i)]
}

// decidable reports whether m's code reads something the interpreter
// decides a branch on by itself: a static flag that never changes, a
// constant tested, the API level, two constant strings compared, or
// Log.isLoggable below INFO. Others run whole.
func (w *witnesses) decidable(m *method) bool {
	for i := range m.insts {
		switch op := m.insts[i].Op; {
		case op == dalvik.OpSget || op >= dalvik.OpSgetBoolean && op <= dalvik.OpSgetShort:
			if _, ok := w.staticRead(m, m.inst(i)); ok {
				return true
			}
		case op == dalvik.OpInvokeStatic:
			if quietCall(m, m.inst(i)) {
				return true
			}
		case op >= dalvik.OpIfEqz && op <= dalvik.OpIfLez:
			// A flag javac inlined (static final boolean UPLOAD = false).
			if def, _, ok := m.lastWrite(i, m.inst(i).A); ok && def.Op >= dalvik.OpConst4 && def.Op <= dalvik.OpConstHigh16 {
				return true
			}
		case op == dalvik.OpInvokeVirtual:
			x := m.inst(i)
			ref, err := m.file.MethodRef(x.Index)
			if err != nil || ref.Class != "Ljava/lang/String;" || !strings.HasPrefix(ref.Name, "equals") {
				continue
			}
			if regs := x.ArgRegs(); len(regs) == 2 {
				_, a := m.constString(x, regs[0])
				_, b := m.constString(x, regs[1])
				if a && b {
					return true
				}
			}
		}
	}
	return false
}
