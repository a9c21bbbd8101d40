package flow

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Event buses. EventBus.post(event) runs, later and on some thread, every
// method of a registered object declared with @Subscribe whose one
// parameter takes the event; the bus finds them by reflection, which the
// code does not show. A dispatch rule with an annotation links the post
// to those methods: the rule's flow passes the event into the parameter,
// and the event's class, where the code shows it, picks the methods. With
// the class unknown nothing is linked: every subscriber of every event
// would connect unrelated code.

// subscriberTargets returns the methods a dispatch by annotation runs for
// the call in: the app methods declared with the rule's annotation whose
// parameter may hold the object the flow passes.
func (e *engine) subscriberTargets(m *method, in dalvik.Inst, c *callee, static bool, regs []uint32, dr *dispatchRule) []*method {
	p := declaredArg(static, c.ref, dr.flow.from)
	if dr.flow.from < 0 || p >= len(regs) {
		return nil
	}
	event := m.knownType(in, regs[p])
	if event == "" || event == "Ljava/lang/Object;" {
		return nil
	}
	var out []*method
	for _, t := range e.annotatedMethods(dr.annot) {
		if len(t.params) != 1 {
			continue
		}
		if e.prog.related(event, t.params[0]) {
			out = append(out, t)
		}
	}
	return out
}

// annotatedMethods returns the instance methods with code of app classes
// that are declared with annotation type annot, in class order; the
// answer is kept. A dex that names no such type has none.
func (e *engine) annotatedMethods(annot string) []*method {
	if l, ok := e.subscribers[annot]; ok {
		return l
	}
	if e.subscribers == nil {
		e.subscribers = map[string][]*method{}
	}
	var out []*method
	if e.prog.named[annot] {
		for _, c := range e.prog.order {
			if e.trackerOf(c.name) != "" {
				continue
			}
			for _, m := range sortedMethods(c) {
				if m.static() || !m.hasCode() {
					continue
				}
				for _, t := range c.annotations(sig{m.name, m.proto}) {
					if t == annot {
						out = append(out, m)
						break
					}
				}
			}
		}
	}
	e.subscribers[annot] = out
	return out
}
