package flow

import (
	"strings"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Component stores (spec stores with a component key) hold what the app
// hands to one of its own components: the activity an explicit intent
// names by a class literal (new Intent(context, Details.class)) reads it
// back with getIntent(), the fragment made as an app class
// (new Details().setArguments(bundle)) with getArguments(). The store is
// kept per class, so a component nothing names reads nothing of it.

// componentLoc returns the heap location of what store id holds for
// app class cls.
func (e *engine) componentLoc(id, cls string) int32 {
	return e.heapLoc("store:" + id + "@" + cls)
}

// componentLocs returns the locations a write of component store id at
// call in puts argument register r into: those of the app class the write
// names (the intent's literal, or the receiver's class, regs[0]) and of
// every app class that class extends, whose code may read it too. None
// when the code does not show the class.
func (e *engine) componentLocs(m *method, in dalvik.Inst, id string, regs []uint32, r uint32) []int32 {
	var cls string
	switch e.r.componentStores[id] {
	case rules.ComponentIntent:
		cls = e.literalClass(m, in, r)
	case rules.ComponentReceiver:
		if len(regs) > 0 && r != regs[0] {
			cls = m.receiverType(in, regs[0])
		}
	}
	if cls == "" || e.prog.framework(cls) {
		return nil
	}
	var locs []int32
	e.prog.ancestors(cls, func(name string, c *class) bool {
		if c != nil {
			locs = append(locs, e.componentLoc(id, name))
		}
		return true
	})
	return locs
}

// componentWrite stores the arguments of a component store write under
// the classes the write names (componentLocs).
func (e *engine) componentWrite(m *method, in dalvik.Inst, c *callee, static bool, regs []uint32, args []tset) {
	for p := btoi(!static); p < len(regs) && p < len(args); p++ {
		t := dataFacts(e.concrete(m, args[p]))
		if len(t) == 0 {
			continue
		}
		for _, loc := range e.componentLocs(m, in, c.storeComp, regs, regs[p]) {
			e.writeKey(loc, t)
		}
	}
}

// componentRead returns the location a component store read at call in
// of m returns, or -1: the one kept for the class the call names, or, for
// a call a shrinker rebound to the framework's class
// (Activity.getIntent), for m's own class when the receiver is this.
func (e *engine) componentRead(m *method, in dalvik.Inst, c *callee, regs []uint32) int32 {
	cls := c.ref.Class
	if e.prog.framework(cls) {
		if len(regs) == 0 || m.static() || m.baseParam(m.instAt(in.PC), regs[0]) != 0 {
			return -1
		}
		cls = m.cls.name
	}
	return e.componentLoc(c.storeCompR, cls)
}

// componentParam returns, for a store callback of an app class (an
// activity's onNewIntent), the location of what is kept for its class
// and the slot and register of its first parameter, which that is.
func (e *engine) componentParam(m *method) (loc int32, slot int, reg int32, ok bool) {
	id := e.r.storeCallbacks[m.name]
	code := m.body()
	if id == "" || m.static() || len(m.params) == 0 || code == nil {
		return -1, 0, 0, false
	}
	slot = paramSlot(false, m.params, 0)
	return e.componentLoc(id, m.cls.name), slot, int32(code.RegistersSize) - int32(code.InsSize) + int32(slot), true
}

// componentCallback adds what is kept for m's class to the first
// parameter of a store callback (and makes m a reader of it).
func (e *engine) componentCallback(m *method) {
	if loc, slot, _, ok := e.componentParam(m); ok {
		if t := e.heapRead(e.readKey(m, loc)); len(t) > 0 {
			e.mergeParam(m, slot, t)
		}
	}
}

// originStoreLoc returns the location of the store that stream writes to
// a stream of origin kind write (spec stores with origin: a file's
// contents), or -1.
func (e *engine) originStoreLoc(kind string) int32 {
	id := e.r.originStores[kind]
	if id == "" {
		return -1
	}
	return e.heapLoc("store:" + id)
}

// originStoreWrite writes a stream write's data into the stores of the
// origin kinds it may have: the fixpoint does not know the stream's
// origin (the witness search does), so every kind's.
func (e *engine) originStoreWrite(m *method, c *callee, args []tset) {
	var t tset
	for _, a := range args[min(len(args), 1):] {
		t = union(t, a)
	}
	if t = dataFacts(e.concrete(m, t)); len(t) == 0 {
		return
	}
	for _, kind := range c.originSink {
		if loc := e.originStoreLoc(kind); loc >= 0 {
			e.writeKey(loc, t)
		}
	}
}

// originStore reports whether heap location loc is an origin store's
// (it makes no location).
func (e *engine) originStore(loc int32) bool {
	if loc < 0 {
		return false
	}
	for _, id := range e.r.originStores {
		if l, ok := e.locs["store:"+id]; ok && l == loc {
			return true
		}
	}
	return false
}

// componentStore reports whether heap location loc is what a component
// store keeps for a class (componentLoc).
func (e *engine) componentStore(loc int32) bool {
	id, _, ok := strings.Cut(strings.TrimPrefix(e.locName(loc), "store:"), "@")
	return ok && e.r.componentStores[id] != ""
}
