package flow

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Incognito state by the action that turns it on. The menu item or button
// that does is named so in the app's resources (R.id.menu_incognito), and
// the code that handles it compares the item's id with that id, or
// switches on it. Where the id matches, the boolean field the code sets to
// true or toggles (a = !a), or that an app method it calls with true
// stores from that parameter (openTab(true)), holds the mode, whatever a
// shrinker renamed it to; and the app has a mode (stateSets).

// readUIAction looks at a comparison or switch at instruction i of m.
func (e *engine) readUIAction(m *method, i int) {
	op := m.insts[i].Op
	switch {
	case op == dalvik.OpIfEq || op == dalvik.OpIfNe:
		in := m.inst(i)
		if !e.incognitoID(m, i, in.A) && !e.incognitoID(m, i, in.B) {
			return
		}
		at := i + 1 // if-ne falls through where they are equal
		if op == dalvik.OpIfEq {
			at = m.instAt(m.target(i))
		}
		e.actionBlock(m, at)
	case op == dalvik.OpPackedSwitch || op == dalvik.OpSparseSwitch:
		keys, targets := m.switchTable(i)
		for k, key := range keys {
			if k < len(targets) && e.incognitoResource(uint32(key)) {
				e.actionBlock(m, m.instAt(int(m.insts[i].PC)+int(targets[k])))
			}
		}
	}
}

// incognitoID reports whether register r holds, before instruction i of
// m, a constant app resource id named like incognito mode.
func (e *engine) incognitoID(m *method, i int, r uint32) bool {
	def, _, ok := m.lastWrite(i, r)
	return ok && def.Op >= dalvik.OpConst4 && def.Op <= dalvik.OpConstHigh16 && e.incognitoResource(uint32(def.Literal))
}

// actionBlock marks the state the straight-line code from instruction at
// of m turns on.
func (e *engine) actionBlock(m *method, at int) {
	m.straight(at, func(k int) bool {
		switch x := &m.insts[k]; {
		case x.Op == dalvik.OpIputBoolean || x.Op == dalvik.OpSputBoolean:
			if in := m.inst(k); m.turnsOn(k, in.A) {
				e.actionState(m, in)
			}
		case x.flags()&dalvik.IsInvoke != 0:
			e.actionCall(m, k)
		}
		return true
	})
}

// turnsOn reports whether register r holds, before instruction i of m,
// true or a boolean flipped (xor with 1: d8's !a).
func (m *method) turnsOn(i int, r uint32) bool {
	def, _, ok := m.lastWrite(i, r)
	switch {
	case !ok:
		return false
	case def.Op >= dalvik.OpConst4 && def.Op <= dalvik.OpConst:
		return def.Literal == 1
	case def.Op == dalvik.OpXorIntLit8 || def.Op == dalvik.OpXorIntLit16:
		return def.Literal == 1
	}
	return false
}

// actionCall marks the fields an app method called at instruction k of m
// with true for a boolean parameter stores from that parameter.
func (e *engine) actionCall(m *method, k int) {
	in := m.inst(k)
	if !namesMethod(in) {
		return
	}
	c := e.calleeOf(m.file, in.Index)
	if !c.ok || c.framework {
		return
	}
	t := e.prog.resolveRef(c.ref)
	if t == nil || e.incognitoIgnored(t.cls.name) {
		return
	}
	regs := in.ArgRegs()
	static := isStatic(in.Op)
	for p, typ := range c.ref.Proto.Parameters {
		at := paramSlot(static, c.ref.Proto.Parameters, p)
		if typ != "Z" || at >= len(regs) || !m.turnsOn(k, regs[at]) {
			continue
		}
		t.decode(&e.cfg)
		code := t.body()
		if code == nil {
			continue
		}
		// The callee's register for that parameter, when nothing
		// reassigns it: its stores are the state.
		reg := paramReg(code, paramSlot(t.static(), t.params, p))
		if t.stableParam(reg) < 0 {
			continue
		}
		for j := range t.insts {
			if st, ok := t.boolStore(j, uint32(reg)); ok {
				e.actionState(t, st)
			}
		}
	}
}

// actionState marks the field a store at in of m writes as the state, and
// records the store as a sign of the mode.
func (e *engine) actionState(m *method, in dalvik.Inst) {
	fi := e.fieldKey(m, in)
	if !fi.ok || fi.ref.Type != "Z" || e.incognitoIgnored(fi.ref.Class) {
		return
	}
	if cs := (callSite{m, in.PC}); !e.actionSeen[cs] {
		if e.actionSeen == nil {
			e.actionSeen = map[callSite]bool{}
		}
		e.actionSeen[cs] = true
		ev := methodEvidence(m, in.PC)
		ev.Value = fi.ref.Class + "->" + fi.ref.Name
		e.stateSets = append(e.stateSets, ev)
	}
	e.markState(m, in)
}
