package flow

// Parameter objects a callee fills in. A helper given an object adds data
// to it (fill(json) puts the IMEI in the JSONObject it was given, add(sb,
// s) appends to the StringBuilder, an exception's constructor hands its
// message to Exception's): the caller's object holds the data after the
// call. What the callee's code adds to the object of a parameter it never
// reassigns is kept per parameter slot, symbolically like its return
// summary (summary.go), and each call site adds its substitution to its
// argument register. Library code is left out: what androidx writes into
// the Bundle or PrintWriter the framework gives it is its own business,
// and following it cost a third more steps on a browser. The witness
// search follows the same step (paramOut in wtransfer.go).

// paramOuts records, at a return of app method m, what the objects of m's
// parameters hold beyond themselves, and has m's callers analysed again
// when that grows.
func (e *engine) paramOuts(m *method, regs frame) {
	code := m.body()
	if code == nil || e.library(m.cls.name) {
		return
	}
	for slot := range int(code.InsSize) {
		if !isObjectType(m.slotType(slot)) {
			continue
		}
		r := paramReg(code, slot)
		if int(r) >= len(regs)-1 || m.stableParam(r) != slot {
			continue
		}
		own := fact(slot, 0)
		t := mapFacts(regs[r], func(f uint32) (uint32, bool) { return f, f != own })
		if len(t) == 0 {
			continue
		}
		if m.outs == nil {
			m.outs = make([]tset, code.InsSize)
		}
		if u := union(m.outs[slot], t); len(u) != len(m.outs[slot]) {
			m.outs[slot] = u
			e.callersAgain(m)
		}
	}
}

// takeOuts adds to the argument registers of a call of t what t adds to
// the objects passed there, with the call's arguments substituted.
func (e *engine) takeOuts(t *method, regs []uint32, args []tset) {
	for slot, out := range t.outs {
		if len(out) > 0 && slot < len(regs) {
			e.taintReg(regs[slot], e.substitute(out, args))
		}
	}
}

// isObjectType reports whether a type descriptor names an object or array
// type.
func isObjectType(t string) bool {
	return t != "" && (t[0] == 'L' || t[0] == '[')
}

// concreteIn reports whether t holds a fact that is not a parameter's.
func concreteIn(t tset) bool {
	for _, f := range t {
		if _, sym := symbolic(f); !sym {
			return true
		}
	}
	return false
}
