package flow

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Objects held through fields. A browser keeps the page's URL in a tab, a
// tab in a client's or a holder's field: when the value lands in an object
// the method read from such a field (this.tab.setUrl(url),
// this$0.state.url = url, holder.getTab().setUrl(url)), the field holds an
// object holding it, one or two fields deep, for the code of its class to
// read later (memberLoads) and hand on as an object.

// heldThrough notices an object that now holds the value in field fld
// (register r after instruction i of m, node n) being one the method read
// from a field of an object it was given (this.tab.setUrl(url),
// this.tab.url = url), or from a field of an object it read so
// (this$0.state.url = url in a tab's client): that field holds, as the
// state of objects of its class, an object holding the value, one or two
// fields deep. Where code of the class reads the field later (the
// page-finished callback passing this.tab to a reporter that asks
// tab.getUrl()), it gets that object.
func (s *search) heldThrough(n int32, m *method, i int32, r uint32, fld int32, flags wflags) {
	if n < 0 || fld < 0 {
		return
	}
	at := int(i)
	for hop := 0; hop < 2; hop++ {
		fi, base, j, ok := s.w.fieldRead(m, at, r)
		if !ok || !s.w.declaredFor(fi, fld) {
			return
		}
		if m.baseParam(j, base) >= 0 {
			v := s.via(n, vStore)
			v.m, v.pc, v.to, v.tfld, v.loc = m, m.insts[i].PC, regMember, fld, fi.loc
			s.toHeap(n, regMember, fi.loc, fld, flags, v)
			return
		}
		if s.w.e.heldBase(fld) >= 0 {
			return // two fields deep already
		}
		// The object read holds it through this field.
		fld, at, r = s.w.e.heldLoc(fi.loc, fld), j, base
	}
}

// fieldRead finds, before instruction at of m, where register r got its
// object: a field read (iget-object) or a call of an app getter that
// returns a field of its receiver or first argument (tab(), Kotlin's
// getTab(), a synthetic access$getTab). It returns the field, the
// register of the object read and the instruction's index.
func (w *witnesses) fieldRead(m *method, at int, r uint32) (*fieldInfo, uint32, int, bool) {
	in, j, ok := m.lastWrite(at, r)
	switch {
	case !ok:
	case in.Op == dalvik.OpIgetObject:
		return w.e.fieldKey(m, in), in.B, j, true
	case in.Op == dalvik.OpMoveResultObject && j > 0 && m.insts[j-1].flags()&dalvik.IsInvoke != 0:
		call := m.inst(j - 1)
		ts := m.calls[call.PC]
		regs := call.ArgRegs()
		if len(ts) != 1 || len(regs) == 0 {
			break
		}
		if !ts[0].hasCode() || ts[0].oversized {
			break
		}
		ts[0].decode(&w.e.cfg)
		if get, ok := getterOf(ts[0]); ok {
			return w.e.fieldKey(ts[0], get), regs[0], j - 1, true
		}
	}
	return nil, 0, 0, false
}

// getterOf returns the iget-object of a method whose whole body returns a
// field of its first parameter (this, or an accessor's object).
func getterOf(t *method) (dalvik.Inst, bool) {
	code := t.body()
	if code == nil || len(t.insts) != 2 {
		return dalvik.Inst{}, false
	}
	get, ret := t.inst(0), t.inst(1)
	if get.Op != dalvik.OpIgetObject || ret.Op != dalvik.OpReturnObject || ret.A != get.A ||
		int32(get.B) != paramReg(code, 0) {
		return dalvik.Inst{}, false
	}
	return get, true
}

// declaredFor reports whether app field fi is declared of the app class
// whose field fld holds the value (Tab tab, for a tab holding the URL):
// what it holds is such an object (a library's, a RecyclerView's state,
// is not followed so). A field of an interface or a supertype
// (an Rx operator's downstream Observer) may hold any implementation.
func (w *witnesses) declaredFor(fi *fieldInfo, fld int32) bool {
	e := w.e
	owner := e.locOwner(fld)
	return fi.ok && fld >= 0 && !e.prog.framework(fi.ref.Class) && !e.library(fi.ref.Class) && !e.library(owner) &&
		e.prog.extends(fi.ref.Type, owner)
}
