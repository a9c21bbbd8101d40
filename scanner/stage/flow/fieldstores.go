package flow

import (
	"slices"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// Objects kept in fields. A call on an object read from an app's field
// (this.tracker.track(url)) runs the method of the classes the app's code
// stores in that field, where the code shows each: a new object, or one
// the code calling the storing constructor or setter makes and passes. A decorator
// keeping the real tracker behind its incognito check is then the one
// called there, not every implementation of the interface. One store
// whose object the code does not show leaves the call to its classes'
// hierarchy.

// storedTargets narrows a call's targets by the classes stored in the
// field its receiver was read from, when every store shows its class.
func (e *engine) storedTargets(m *method, in dalvik.Inst, recv uint32, ref dex.MethodRef, targets []*method) []*method {
	i := m.instAt(in.PC)
	if i < 0 {
		return targets
	}
	get, ok := m.fieldHolding(i, recv)
	if !ok {
		return targets
	}
	fr, err := m.file.FieldRef(get.Index)
	if err != nil {
		return targets
	}
	owner := e.prog.fieldOwner(fr.Class, fr.Name)
	if e.prog.framework(owner) || e.library(owner) {
		return targets // a library's field: its own code, not indexed, stores there too
	}
	classes, ok := e.storedClasses(owner + "->" + fr.Name)
	if !ok || len(classes) == 0 {
		return targets
	}
	s := sig{ref.Name, ref.Proto.String()}
	var out []*method
	for _, x := range targets {
		if slices.ContainsFunc(classes, func(c string) bool { return e.prog.resolve(c, s) == x }) {
			out = append(out, x)
		}
	}
	if len(out) == 0 {
		return targets
	}
	return out
}

// storedClasses returns the classes of the objects the app's code stores
// in field (Lclass;->name of the declaring class), sorted, and whether
// the code shows every one. The answers are kept.
func (e *engine) storedClasses(field string) ([]string, bool) {
	if a, ok := e.stored[field]; ok {
		return a.classes, a.known
	}
	if e.storeSites == nil {
		e.storeSites = e.objectStoreSites()
	}
	a := storedAnswer{known: true}
	for _, cs := range e.storeSites[field] {
		if !e.storeClasses(cs, &a) {
			a = storedAnswer{}
			break
		}
	}
	slices.Sort(a.classes)
	a.classes = slices.Compact(a.classes)
	if e.stored == nil {
		e.stored = map[string]storedAnswer{}
	}
	e.stored[field] = a
	return a.classes, a.known
}

// storedAnswer is storedClasses' answer for one field.
type storedAnswer struct {
	classes []string
	known   bool
}

// storeClasses adds the class of the object the store cs stores to a,
// and reports whether the code shows it: made there, null, or passed by
// the app's calls of the storing method (a constructor, a setter) as an
// object they make.
func (e *engine) storeClasses(cs callSite, a *storedAnswer) bool {
	t := cs.m
	t.decode(&e.cfg)
	i := t.instAt(cs.pc)
	if i < 0 {
		return false
	}
	v := t.inst(i).A
	if cls, ok := made(t, i, v); ok {
		a.classes = append(a.classes, cls...)
		return true
	}
	slot := t.stableParam(int32(v))
	if slot < 0 {
		return false
	}
	calls := e.callsTo(t)
	for _, c := range calls {
		ci, r, ok := e.argAt(c, slot)
		if !ok {
			return false
		}
		cls, ok := made(c.m, ci, r)
		if !ok {
			return false
		}
		a.classes = append(a.classes, cls...)
	}
	return len(calls) > 0
}

// made returns the class of the object register r holds before
// instruction i of m when the code there shows it: a new-instance's (no
// class for a null), past moves.
func made(m *method, i int, r uint32) ([]string, bool) {
	def, _, ok := m.definition(i, r, 2)
	switch {
	case !ok:
		return nil, false
	case def.Op == dalvik.OpNewInstance:
		cls, err := m.file.Type(def.Index)
		return []string{cls}, err == nil
	case def.Op == dalvik.OpConst4 && def.Literal == 0:
		return nil, true
	}
	return nil, false
}

// objectStoreSites lists the iput-object and sput-object instructions of
// the app's own code (not its libraries'), by the field they store
// (Lclass;->name of the declaring class), in class and method order.
func (e *engine) objectStoreSites() map[string][]callSite {
	out := map[string][]callSite{}
	e.appRefs(func(t *method, r dalvik.Ref) {
		if r.Kind != dalvik.IndexField || r.Op != dalvik.OpIputObject && r.Op != dalvik.OpSputObject {
			return
		}
		if fr, err := t.file.FieldRef(r.Index); err == nil {
			k := e.prog.fieldOwner(fr.Class, fr.Name) + "->" + fr.Name
			out[k] = append(out[k], callSite{t, r.PC})
		}
	})
	return out
}
