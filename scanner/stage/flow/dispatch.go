package flow

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// dispatch links framework calls that run an app method of the receiver
// (AsyncTask.execute -> doInBackground) when the call is written against an
// app class, passing argument taint as the spec's flow says.
func (e *engine) dispatch(m *method, in dalvik.Inst, c *callee, static bool, args []tset) {
	ref := c.ref
	if static || e.prog.framework(ref.Class) {
		return
	}
	cs := callSite{m, in.PC}
	for _, dr := range c.dispatch {
		t := e.findByName(ref.Class, dr.target)
		if t == nil {
			continue
		}
		callee := make([]tset, 1, 1+len(t.params))
		if len(args) > 0 {
			callee[0] = args[0]
		}
		if dr.hasArg {
			var from tset
			switch dr.flow.from {
			case posArgs:
				for _, a := range args[min(1, len(args)):] {
					from = union(from, a)
				}
			default:
				if p := declaredArg(false, ref, dr.flow.from); p < len(args) {
					from = args[p]
				}
			}
			slot := paramSlot(false, t.params, max(dr.flow.to, 0))
			for len(callee) <= slot {
				callee = append(callee, nil)
			}
			callee[slot] = from
		}
		known := containsMethod(m.calls[in.PC], t) // seen on an earlier pass
		if !known {
			m.calls[in.PC] = append(m.calls[in.PC], t)
		}
		for i := range callee {
			callee[i] = e.concrete(m, callee[i])
		}
		e.callInto(cs, t, callee, !known)
	}
}

// findByName returns the instance method called name (any descriptor) that
// an object of class cls runs: its own or the nearest inherited one.
func (e *engine) findByName(cls, name string) *method {
	var found *method
	e.prog.ancestors(cls, func(_ string, c *class) bool {
		if c == nil {
			return true
		}
		for _, m := range sortedMethods(c) {
			if m.name == name && !m.static() && m.hasCode() {
				found = m
				return false
			}
		}
		return true
	})
	return found
}
