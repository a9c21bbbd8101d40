package flow

import (
	"slices"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Library objects kept in fields. A queue, a builder or a LiveData kept in
// an app's field is filled through whatever register holds it: one read
// from the field, one stored into it and used on (R8 forwards the store),
// or one an app getter returned. What is put into it is the field's, for
// whatever reads the field later.

// fillField writes t into the field a library object came from when a
// model puts t into that object: a queue, a StringBuilder or a JSONObject
// kept in a field and filled by a call (`this.queue.add(event)`) holds the
// data for whatever reads the field later, as an iput would.
func (e *engine) fillField(r uint32, t tset) {
	m := e.curM
	if m == nil || len(t) == 0 {
		return
	}
	if get, ok := m.fieldHolding(e.curI, r); ok {
		if e.fillable(m, get) {
			e.writeKey(e.fieldKey(m, get).loc, dataFacts(e.concrete(m, t)))
		}
		return
	}
	if g, get, ok := e.gotFrom(m, e.curI, r); ok && e.fillable(g, get) {
		e.writeKey(e.fieldKey(g, get).loc, dataFacts(e.concrete(m, t)))
	}
}

// gotFrom returns the getter method and its field read when register r
// holds, before instruction i of m, what an app getter returned: a
// method whose whole body returns a field, this object's or a static one
// (a Kotlin object's property, PageBus.INSTANCE.getFlow()). The object
// is the field's.
func (e *engine) gotFrom(m *method, i int, r uint32) (*method, dalvik.Inst, bool) {
	call, ok := m.resultAt(i, r)
	if !ok {
		return nil, dalvik.Inst{}, false
	}
	t := e.appCallee(m, call)
	if t == nil {
		return nil, dalvik.Inst{}, false
	}
	t.decode(&e.cfg)
	get, ok := fieldGetter(t)
	return t, get, ok
}

// soleReturn returns the one instruction of a method whose whole body
// computes a value and returns it (a getter's field read, a constant).
func soleReturn(t *method) (dalvik.Inst, bool) {
	if t.body() == nil || len(t.insts) != 2 {
		return dalvik.Inst{}, false
	}
	x, ret := t.inst(0), t.inst(1)
	return x, ret.Op == dalvik.OpReturnObject && ret.A == x.A
}

// fieldGetter returns the field read of a method whose whole body
// returns a static field or a field of its this.
func fieldGetter(t *method) (dalvik.Inst, bool) {
	get, ok := soleReturn(t)
	switch {
	case !ok:
	case get.Op == dalvik.OpSgetObject:
		return get, true
	case get.Op == dalvik.OpIgetObject && !t.static() && int32(get.B) == paramReg(t.body(), 0):
		return get, true
	}
	return dalvik.Inst{}, false
}

// fillable reports whether a field read by get can be filled through the
// object it holds: an app class's field of a library object type. A
// String or a boxed value cannot change; a framework object's field is
// the object's business (frameworkFieldTaint).
func (e *engine) fillable(m *method, get dalvik.Inst) bool {
	fi := e.fieldKey(m, get)
	if !fi.ok || e.prog.framework(fi.ref.Class) {
		return false
	}
	t := fi.ref.Type
	return len(t) > 1 && (t[0] == 'L' || t[0] == '[') && !immutable[t]
}

// immutable lists the library value types no call can fill.
var immutable = map[string]bool{
	"Ljava/lang/String;": true, "Ljava/lang/Integer;": true, "Ljava/lang/Long;": true,
	"Ljava/lang/Short;": true, "Ljava/lang/Byte;": true, "Ljava/lang/Character;": true,
	"Ljava/lang/Boolean;": true, "Ljava/lang/Float;": true, "Ljava/lang/Double;": true,
	"Ljava/lang/Number;": true, "Ljava/lang/Class;": true,
}

// fieldHolding returns the iget-object or sget-object whose value register
// r still holds before instruction i, in straight-line code.
func (m *method) fieldHolding(i int, r uint32) (dalvik.Inst, bool) {
	in, _, ok := m.fieldRead(i, r)
	return in, ok
}

// fieldRead is fieldHolding with the read's index.
func (m *method) fieldRead(i int, r uint32) (dalvik.Inst, int, bool) {
	in, j, ok := m.lastWrite(i, r)
	if !ok || in.Op != dalvik.OpIgetObject && in.Op != dalvik.OpSgetObject {
		return dalvik.Inst{}, -1, false
	}
	return in, j, true
}

// fieldOf returns the field access that ties register r to a field
// before instruction i, in straight-line code, and its index: the
// iget-object or sget-object r was read with, or else the iput-object or
// sput-object that stored r, r not written since (R8 forwards a store to
// the reads after it: this.live = v0; v0.observe(observer)). Either way
// the object r holds is the field's.
func (m *method) fieldOf(i int, r uint32) (dalvik.Inst, int, bool) {
	if in, j, ok := m.fieldRead(i, r); ok {
		return in, j, true
	}
	for j := range m.back(i) {
		in := m.inst(j)
		if (in.Op == dalvik.OpIputObject || in.Op == dalvik.OpSputObject) && in.A == r {
			return in, j, true
		}
		if writesReg(in, r) {
			break
		}
	}
	return dalvik.Inst{}, -1, false
}

// keptIn returns, for a dispatch call at instruction i that gives its
// receiver's contents to its target (LiveData.observe), what the field
// the receiver was stored into before i holds: the object is the
// field's, and what other code puts into it through the field
// (live.setValue(url) where this.live was stored from the receiver) is
// in it.
func (e *engine) keptIn(m *method, i int, in dalvik.Inst, c *callee, regs []uint32) tset {
	fm, st, _, ok := e.keptField(m, i, in, c, regs)
	if !ok {
		return nil
	}
	return e.heapRead(e.readKey(m, e.fieldKey(fm, st).loc))
}

// keptField returns the store, of a field a library object can be filled
// through, whose object is the receiver of the dispatch call in at
// instruction i of m, when the call gives its receiver's contents to its
// target: a store before i in m (or the read of what it just stored),
// whose index j is, or one in the constructor fm of an app object m makes
// with it (ctorField), j then -1. fm is the store's method.
func (e *engine) keptField(m *method, i int, in dalvik.Inst, c *callee, regs []uint32) (fm *method, st dalvik.Inst, j int, ok bool) {
	if isStatic(in.Op) || len(regs) == 0 || !slices.ContainsFunc(c.dispatch, func(d dispatchRule) bool { return d.hasArg && d.flow.from == posRecv }) {
		return nil, dalvik.Inst{}, -1, false
	}
	st, j, ok = m.fieldOf(i, regs[0])
	if !ok {
		if t, st, ok := e.ctorField(m, i, regs[0]); ok {
			return t, st, -1, true
		}
		return nil, dalvik.Inst{}, -1, false
	}
	if !e.fillable(m, st) {
		return nil, dalvik.Inst{}, -1, false
	}
	if st.Op == dalvik.OpIgetObject || st.Op == dalvik.OpSgetObject {
		// A read gives what the field holds, unless it reads back what
		// the code just stored (this.live = new ...; this.live.observe).
		if _, local := m.storedBefore(j, st.Op == dalvik.OpSgetObject); !local {
			return nil, dalvik.Inst{}, -1, false
		}
	}
	return m, st, j, true
}
