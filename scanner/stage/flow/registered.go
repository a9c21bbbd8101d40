package flow

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Where a callback object is handed over. A listener the app makes and
// then registers (view.getViewTreeObserver().addOnGlobalLayoutListener(l))
// is called by the framework once it is registered, not once it exists:
// an incognito test between the two guards its callbacks. The framework
// calls of the making method that take the object as an argument are its
// registrations; without one (the object is stored, or given to app
// code), its callbacks are linked where it is made.

// registrations returns the calls of framework methods in m that take, as
// an argument, the object that the constructor call made initialises in
// register recv. The answers are kept per constructor call.
func (e *engine) registrations(m *method, made dalvik.Inst, recv uint32) []callSite {
	k := callSite{m, made.PC}
	if sites, ok := e.registered[k]; ok {
		return sites
	}
	var sites []callSite
	if ni := m.instAt(made.PC); ni >= 0 {
		if _, alloc, ok := m.definition(ni, recv, 2); ok {
			for i := range m.insts {
				x := &m.insts[i]
				if i == ni || x.Format == dalvik.FormatPayload || x.flags()&dalvik.IsInvoke == 0 {
					continue
				}
				if e.handsOver(m, i, alloc) {
					sites = append(sites, callSite{m, int(x.PC)})
				}
			}
		}
	}
	if e.registered == nil {
		e.registered = map[callSite][]callSite{}
	}
	e.registered[k] = sites
	return sites
}

// handsOver reports whether invoke i of m is a framework method's call
// (not a constructor's) given, as an argument, the object new-instance
// alloc made.
func (e *engine) handsOver(m *method, i, alloc int) bool {
	in := m.inst(i)
	if !namesMethod(in) {
		return false
	}
	c := e.calleeOf(m.file, in.Index)
	if !c.ok || !c.framework || c.ref.Name == "<init>" {
		return false
	}
	regs := in.ArgRegs()
	for p := btoi(!isStatic(in.Op)); p < len(regs); p++ {
		if def, j, ok := m.definition(i, regs[p], 2); ok && j == alloc && def.Op == dalvik.OpNewInstance {
			return true
		}
	}
	return false
}
