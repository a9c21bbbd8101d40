package flow

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// Objects handed to a method that keeps them. A field a class fills from
// a parameter, in its constructor or a setter (PageClient(Handler
// handler), setHandler(h)), holds what the app's calls of that method
// pass there: a Handler made with a Handler.Callback gives its messages
// to that callback however many classes it is handed through on the way.
// The app's calls of a method are read from one index of its own code,
// independent of the order the analysis reaches it in.

// paramMadeWith returns the app classes of the argument of type typ
// given to the constructors of the objects the app's calls of method t
// pass in its parameter register reg, in call order.
func (e *engine) paramMadeWith(t *method, reg uint32, typ string) []string {
	slot := t.stableParam(int32(reg))
	if slot < 0 {
		return nil
	}
	var out []string
	for _, cs := range e.callsTo(t) {
		ci, r, ok := e.argAt(cs, slot)
		if !ok {
			continue
		}
		if w, j, ok := cs.m.lastWrite(ci, r); ok && w.Op == dalvik.OpNewInstance {
			if v := e.constructedWith(cs.m, j, ci, r, typ); v != "" {
				out = append(out, v)
			}
		}
	}
	return out
}

// argAt returns the index of the call cs and the register it passes in
// parameter slot (an ins index: the receiver's is 0).
func (e *engine) argAt(cs callSite, slot int) (int, uint32, bool) {
	cs.m.decode(&e.cfg)
	ci := cs.m.instAt(cs.pc)
	if ci < 0 {
		return -1, 0, false
	}
	regs := cs.m.inst(ci).ArgRegs()
	if slot >= len(regs) {
		return -1, 0, false
	}
	return ci, regs[slot], true
}

// callsTo returns the invokes in the app's own code (library code's are
// not looked at) that name method t, resolved through the named class's
// ancestors, in class and method order.
func (e *engine) callsTo(t *method) []callSite {
	if e.callIndex == nil {
		e.callIndex = e.appCallSites()
	}
	return e.callIndex[t]
}

// appCallSites indexes the invokes of the app's own code by the app
// method each names.
func (e *engine) appCallSites() map[*method][]callSite {
	out := map[*method][]callSite{}
	named := map[*dex.File]map[uint32]*method{}
	e.appRefs(func(t *method, r dalvik.Ref) {
		if r.Kind != dalvik.IndexMethod || r.Op < dalvik.OpInvokeVirtual || r.Op > dalvik.OpInvokeInterfaceRange {
			return
		}
		ids := named[t.file]
		if ids == nil {
			ids = map[uint32]*method{}
			named[t.file] = ids
		}
		x, ok := ids[r.Index]
		if !ok {
			if ref, err := t.file.MethodRef(r.Index); err == nil {
				x = e.prog.resolveRef(ref)
			}
			ids[r.Index] = x
		}
		if x != nil && !e.library(x.cls.name) {
			out[x] = append(out[x], callSite{t, r.PC})
		}
	})
	return out
}

// appRefs calls fn with every pool reference of the app's own code (its
// libraries' is not read), in class and method order, reading each
// method's code without keeping it.
func (e *engine) appRefs(fn func(t *method, r dalvik.Ref)) {
	for _, c := range e.prog.order {
		if e.library(c.name) {
			continue
		}
		for _, t := range sortedMethods(c) {
			if !t.hasCode() || t.oversized {
				continue
			}
			code, err := t.file.Code(t.codeOff)
			if err != nil || code == nil {
				continue
			}
			_ = dalvik.ScanRefs(code.Insns, func(r dalvik.Ref) { fn(t, r) })
		}
	}
}
