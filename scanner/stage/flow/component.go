package flow

import "github.com/apkscan/apkscan/scanner/read/dalvik"

// Component stores (spec stores with component: true) hold what an
// explicit intent carries to one of the app's own components: the
// activity a start names by a class literal (new Intent(context,
// Details.class)) reads it back with getIntent(). The store is kept per
// class, so an activity no intent names reads nothing of it.

// componentLoc returns the heap location of what store id holds for
// app class cls.
func (e *engine) componentLoc(id, cls string) int32 {
	return e.heapLoc("store:" + id + "@" + cls)
}

// componentLocs returns the locations a write of component store id
// puts the value in register r (at call in) into: those of the app class
// the intent names where it was made and of every app class that class
// extends, whose code may ask for the intent too. None when the code does
// not show the class.
func (e *engine) componentLocs(m *method, in dalvik.Inst, id string, r uint32) []int32 {
	cls := e.literalClass(m, in, r)
	if cls == "" {
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
// the classes they name (componentLocs).
func (e *engine) componentWrite(m *method, in dalvik.Inst, c *callee, static bool, regs []uint32, args []tset) {
	for p := btoi(!static); p < len(regs) && p < len(args); p++ {
		t := dataFacts(e.concrete(m, args[p]))
		if len(t) == 0 {
			continue
		}
		for _, loc := range e.componentLocs(m, in, c.storeComp, regs[p]) {
			e.writeKey(loc, t)
		}
	}
}
