package flow

import (
	"slices"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// Objects handed on. An app method given a Runnable (an Executor of the
// app's own, a helper that posts what it is given) dispatches an object
// its code does not make: the class is the one its callers pass. The
// app's callers are followed for parameters of the types dispatch rules
// run objects of, and its fields of those types for the classes stored
// in them, so that the callback is linked where the app's code hands it
// to the framework or runs it (a decorator's run calling the run of the
// Runnable it wraps), behind that code's guards, not where the object
// was made.

// paramKey is one parameter slot of a method.
type paramKey struct {
	m    *method
	slot int
}

// noteArgClasses records, for a call of app method t, the app classes of
// the objects passed in parameters of a dispatch object type. A class
// new to a parameter has t analysed again.
func (e *engine) noteArgClasses(m *method, in dalvik.Inst, regs []uint32, t *method) {
	if !slices.ContainsFunc(t.params, func(typ string) bool { return e.r.objectTypes[typ] }) || e.library(t.cls.name) {
		return
	}
	for _, p := range e.objectSlots(t) {
		if p >= len(regs) {
			continue
		}
		for _, cls := range e.argClassesOf(m, in, regs[p]) {
			if e.argClasses == nil {
				e.argClasses = map[paramKey][]string{}
			}
			if addClass(e.argClasses, paramKey{t, p}, cls) {
				t.dirty = true
				e.enqueue(t)
			}
		}
	}
}

// objectSlots returns the parameter slots of method t whose declared
// type is one dispatch rules run objects of (a Runnable).
func (e *engine) objectSlots(t *method) []int {
	var out []int
	slot := btoi(!t.static())
	for _, typ := range t.params {
		if e.r.objectTypes[typ] {
			out = append(out, slot)
		}
		slot += typeWidth(typ)
	}
	return out
}

// argClassesOf returns the app classes register r may hold before in: the
// one the code shows, or those callers pass when r is a parameter m
// never reassigns, or those stored in the field it was read from.
func (e *engine) argClassesOf(m *method, in dalvik.Inst, r uint32) []string {
	return e.classesOf(m, in, r, e.appClass(m, in, r, m.knownType(in, r)))
}

// appClass returns the app class the code shows register r holds before
// in, given its known type t (knownType): t, or the class of the register
// it was copied from; or "".
func (e *engine) appClass(m *method, in dalvik.Inst, r uint32, t string) string {
	if t == "" || e.prog.framework(t) {
		t = m.copiedType(in, r)
	}
	if t != "" && !e.prog.framework(t) {
		return t
	}
	return ""
}

// classesOf is argClassesOf given appClass's answer, known.
func (e *engine) classesOf(m *method, in dalvik.Inst, r uint32, known string) []string {
	if known != "" {
		return []string{known}
	}
	if slot := m.stableParam(int32(r)); slot >= 0 {
		return e.argClasses[paramKey{m, slot}]
	}
	i := m.instAt(in.PC)
	if i < 0 {
		return nil
	}
	w, j, ok := m.lastWrite(i, r)
	if !ok || w.Op != dalvik.OpIgetObject && w.Op != dalvik.OpSgetObject {
		return nil
	}
	fi := e.fieldKey(m, m.inst(j))
	if !fi.ok || !e.r.objectTypes[fi.ref.Type] {
		return nil
	}
	// Read from a field: the classes stored in it; m runs again when
	// another is.
	rs := e.fieldReaders[fi.loc]
	if rs == nil {
		if e.fieldReaders == nil {
			e.fieldReaders = map[int32]*readerSet{}
		}
		rs = &readerSet{}
		e.fieldReaders[fi.loc] = rs
	}
	rs.add(m)
	return e.fieldClasses[fi.loc]
}

// noteFieldClasses records the app classes of the object an iput or
// sput of app code stores in a field of a dispatch object type.
func (e *engine) noteFieldClasses(m *method, in dalvik.Inst, r uint32) {
	if len(e.r.objectTypes) == 0 || e.library(m.cls.name) {
		return
	}
	fi := e.fieldKey(m, in)
	if !fi.ok || !e.r.objectTypes[fi.ref.Type] {
		return
	}
	for _, cls := range e.argClassesOf(m, in, r) {
		if e.fieldClasses == nil {
			e.fieldClasses = map[int32][]string{}
		}
		if !addClass(e.fieldClasses, fi.loc, cls) {
			continue
		}
		if rs := e.fieldReaders[fi.loc]; rs != nil {
			for _, rd := range rs.list {
				rd.dirty = true
				e.enqueue(rd)
			}
		}
	}
}

// handedTargets returns, for a call of a framework type's method on an
// object of a dispatch object type whose app classes the code shows
// only through a parameter or a field (a decorator's inner Runnable), the
// app methods that run.
func (e *engine) handedTargets(m *method, in dalvik.Inst, ref dex.MethodRef, recv uint32) []*method {
	if !e.r.objectTypes[ref.Class] {
		return nil
	}
	var out []*method
	for _, cls := range e.argClassesOf(m, in, recv) {
		for _, t := range e.virtualTargets(cls, sig{ref.Name, ref.Proto.String()}) {
			if !containsMethod(out, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

// appOverride reports whether the receiver of a call is an object of an
// app class whose own code implements the called method (an Executor of
// the app's): that code runs, and it hands the object on itself.
func (e *engine) appOverride(m *method, in dalvik.Inst, c *callee, static bool, regs []uint32) bool {
	if static || len(regs) == 0 {
		return false
	}
	t := m.knownType(in, regs[0])
	if t == "" || e.prog.framework(t) || e.library(t) {
		return false
	}
	o := e.findByName(t, c.ref.Name)
	return o != nil && !e.library(o.cls.name)
}

// addClass adds cls to the sorted list kept under k, reporting whether it
// was new there.
func addClass[K comparable](lists map[K][]string, k K, cls string) bool {
	cs := lists[k]
	i, found := slices.BinarySearch(cs, cls)
	if !found {
		lists[k] = slices.Insert(cs, i, cls)
	}
	return !found
}
