package flow

import (
	"math"
	"slices"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Calls that end a value in a container or an object: a container emptied
// or its key removed (cleared), a field written with something else by
// the app method called (overwritten).

// cleared reports whether the call in empties the container register of
// node n holds the value in (map.clear(), sb.setLength(0)), or removes
// the key it holds the value under (json.remove("imei")): the value is no
// longer there past the call. What the container's field or store holds
// is followed apart, and stays.
func (s *search) cleared(n int32, m *method, i int32, in dalvik.Inst) bool {
	if isStatic(in.Op) || !namesMethod(in) {
		return false
	}
	c := s.w.e.calleeOf(m.file, in.Index)
	regs := in.ArgRegs()
	k := s.nodes[n].k
	if !c.ok || c.model == nil || !c.model.clears || len(regs) == 0 || int32(regs[0]) != k.reg {
		return false
	}
	md := c.model
	if md.key >= 0 {
		key, known := s.w.constKey(m, i, in, false, c.ref, md.key)
		return known && isKey(k.fld) && k.fld == key
	}
	ints := 0
	for q, p := range c.ref.Proto.Parameters {
		a := declaredArg(false, c.ref, q)
		if p != "I" || a >= len(regs) {
			continue
		}
		// A size given (setLength(n)), a range's start (delete(start,
		// end)): only 0 empties; a range's end must be the length.
		ints++
		v, ok := m.constInt(in, regs[a])
		switch {
		case ints == 1 && (!ok || v != 0):
			return false
		case ints > 1 && !(ok && v == math.MaxInt32) && !m.lengthOf(int(i), regs[a], regs[0]):
			return false
		}
	}
	return true
}

// lengthOf reports whether register r holds, before instruction i, what
// length() of the object in register obj returned, with no call given
// the object in between (an append after length() is not deleted).
func (m *method) lengthOf(i int, r, obj uint32) bool {
	call, c, ok := m.callResult(i, r, dalvik.OpMoveResult)
	if !ok || !namesMethod(call) {
		return false
	}
	ref, err := m.file.MethodRef(call.Index)
	regs := call.ArgRegs()
	if err != nil || ref.Name != "length" || len(regs) != 1 || regs[0] != obj {
		return false
	}
	for k := c + 2; k < i; k++ { // past the call and its move-result
		if x := m.inst(k); x.Flags()&dalvik.IsInvoke != 0 && slices.Contains(x.ArgRegs(), obj) || writesReg(x, obj) {
			return false
		}
	}
	return true
}

// overwritten reports whether the app call in writes something else into
// the field of the object in node n's register that holds the value, on
// every way out of every method it may run (a setter given a constant,
// anonymize()): the object no longer holds the value past the call.
func (s *search) overwritten(n int32, m *method, i int32, in dalvik.Inst) bool {
	k := s.nodes[n].k
	if k.fld < 0 || !namesMethod(in) {
		return false
	}
	if c := s.w.e.calleeOf(m.file, in.Index); !c.ok || c.model != nil || c.framework {
		return false
	}
	p := -1
	for q, x := range in.ArgRegs() {
		if int32(x) == k.reg {
			if p >= 0 {
				return false // the object passed twice
			}
			p = q
		}
	}
	targets := s.w.liveTargets(m.calls[int(in.PC)])
	if p < 0 || len(targets) == 0 || len(m.async[int(in.PC)]) > 0 || len(s.handlers(m, i)) > 0 {
		// A handler here sees the object as it was when the callee
		// threw, perhaps before its write.
		return false
	}
	for _, t := range targets {
		// Only summaries the call's own flow made (callThrough) are asked.
		if sum := s.w.madeSummary(t, p, k.fld, k.flags, s.streams); sum == nil || !sum.overwrites {
			return false
		}
	}
	return true
}

// keptAt notes a summary's value still in its parameter's object at a
// return (see overwritten).
func (s *search) keptAt(n int32, m *method) {
	if k := s.nodes[n].k; m == s.start && k.reg == s.keepReg && k.fld == s.keepFld {
		s.kept = true
	}
}
