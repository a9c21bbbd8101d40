package flow

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Saved instance state (spec saved-state): what an activity's
// onSaveInstanceState puts into its Bundle, the framework hands back to
// onCreate and onRestoreInstanceState when it recreates the activity. No
// call in the app shows that: the fixpoint and the witness search move
// the Bundle's contents through a heap location per component,
// "state:Lcls;", written when a save callback returns and read as the
// Bundle parameter of the restore callbacks.

// stateInfo says how a method takes part in saved state.
type stateInfo struct {
	loc     int32 // heap location of the component's saved state
	reg     int32 // the Bundle parameter's register
	slot    int   // and its ins slot
	save    bool
	restore bool
}

// savedState returns m's part in saved state, or nil.
func (e *engine) savedState(m *method) *stateInfo {
	if !e.r.stateNames[m.name] || m.static() || m.retType != "V" {
		return nil
	}
	if si, ok := e.states[m]; ok {
		return si
	}
	var si *stateInfo
	defer func() { e.states[m] = si }()
	code := m.body()
	if code == nil {
		return nil
	}
	p := -1
	for k, t := range m.params {
		if t == "Landroid/os/Bundle;" {
			p = k
			break
		}
	}
	if p < 0 {
		return nil
	}
	for _, sr := range e.r.savedState {
		save, restore := sr.save[m.name], sr.restore[m.name]
		if (!save && !restore) || !e.prog.extends(m.cls.name, sr.owner) {
			continue
		}
		slot := paramSlot(false, m.params, p)
		si = &stateInfo{loc: e.heapLoc("state:" + e.stateOwner(m.cls)), slot: slot,
			reg: paramReg(code, slot), save: save, restore: restore}
		return si
	}
	return nil
}

// stateOwner names the saved state of objects of class c: its topmost
// app superclass, so that a base activity's save and a subclass's restore
// meet (the framework calls both on the one object).
func (e *engine) stateOwner(c *class) string {
	name := c.name
	for hops := 0; hops < 32; hops++ {
		sup := e.prog.classes[c.super]
		if sup == nil {
			break
		}
		c, name = sup, sup.name
	}
	return name
}

// saveState writes what the Bundle of a save callback holds when it
// returns into the component's saved state.
func (e *engine) saveState(m *method, regs frame) {
	si := e.savedState(m)
	if si == nil || !si.save || int(si.reg) >= len(regs) {
		return
	}
	if t := dataFacts(e.concrete(m, regs[si.reg])); len(t) > 0 {
		e.writeKey(si.loc, t)
	}
}

// restoreState adds the component's saved state to the Bundle parameter
// of a restore callback (and makes m a reader of it).
func (e *engine) restoreState(m *method) {
	si := e.savedState(m)
	if si == nil || !si.restore {
		return
	}
	if t := e.heapRead(e.readKey(m, si.loc)); len(t) > 0 {
		e.mergeParam(m, si.slot, t)
	}
}

// savedAt moves a value in the Bundle of a save callback, at its return,
// into the component's saved state.
func (s *search) savedAt(n int32, m *method, in dalvik.Inst) {
	k := s.nodes[n].k
	si := s.w.e.savedState(m)
	if si == nil || !si.save || k.reg != si.reg || m.stableParam(k.reg) != si.slot {
		return
	}
	v := s.via(n, vStore)
	v.m, v.pc, v.loc, v.to, v.tfld = m, int32(in.PC), si.loc, regHeap, k.fld
	s.toHeap(n, regHeap, si.loc, k.fld, k.flags, v)
}
