package flow

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Observables handed on. A LiveData the code observes and then gives to
// a client's constructor or setter, which keeps it in a field (new
// PageClient(live) or client.setLive(live) after
// live.observeForever(observer)), is filled through that field
// (currentUrl.setValue(url)): the observer is given what the field's
// object holds, whichever comes first in the making method.

// ctorField returns the method and its store of the field that an app
// constructor or instance method called in m keeps the object register
// recv holds before instruction i in: the object new-instance made there
// (the same one, past moves), passed as a parameter the method stores
// into a field of its own object that the object can be filled through.
func (e *engine) ctorField(m *method, i int, recv uint32) (*method, dalvik.Inst, bool) {
	def, alloc, ok := m.definition(i, recv, 2)
	if !ok || def.Op != dalvik.OpNewInstance {
		return nil, dalvik.Inst{}, false
	}
	for ci := range m.insts {
		if m.insts[ci].Format == dalvik.FormatPayload || m.insts[ci].flags()&dalvik.IsInvoke == 0 || ci == i {
			continue
		}
		call := m.inst(ci)
		t := e.appCallee(m, call)
		if t == nil || t.static() || e.library(t.cls.name) {
			continue
		}
		for k, r := range call.ArgRegs() {
			if k == 0 {
				continue
			}
			if d, j, ok := m.definition(ci, r, 2); !ok || j != alloc || d.Op != dalvik.OpNewInstance {
				continue
			}
			if st, ok := e.paramStore(t, k); ok {
				return t, st, true
			}
		}
	}
	return nil, dalvik.Inst{}, false
}

// paramStore returns the store of instance method t's parameter slot
// into a field of its own object that a library object can be filled
// through.
func (e *engine) paramStore(t *method, slot int) (dalvik.Inst, bool) {
	code := t.body()
	if code == nil {
		return dalvik.Inst{}, false
	}
	t.decode(&e.cfg)
	this := paramReg(code, 0)
	for x := range t.insts {
		if t.insts[x].Op != dalvik.OpIputObject {
			continue
		}
		st := t.inst(x)
		if int32(st.B) == this && t.stableParam(int32(st.A)) == slot && t.stableParam(this) == 0 && e.fillable(t, st) {
			return st, true
		}
	}
	return dalvik.Inst{}, false
}

// fallsThrough reports whether instruction j of m goes on only to the one
// after it: no branch, switch, return or throw.
func (m *method) fallsThrough(j int) bool {
	if j < 0 || j+1 >= len(m.insts) || m.insts[j].Format == dalvik.FormatPayload {
		return false
	}
	fl := m.insts[j].flags()
	return fl&dalvik.CanContinue != 0 && fl&(dalvik.CanBranch|dalvik.CanSwitch|dalvik.CanReturn) == 0
}
