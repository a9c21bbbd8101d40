package flow

import (
	"slices"
	"strings"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Event buses. EventBus.post(event) runs, later and on some thread, every
// method of a registered object declared with @Subscribe whose one
// parameter takes the event; the bus finds them by reflection, which the
// code does not show. A dispatch rule with an annotation links the post
// to those methods: the rule's flow passes the event into the parameter,
// and the event's class, where the code shows it, picks the methods. With
// the class unknown nothing is linked: every subscriber of every event
// would connect unrelated code. EventBus 2 knows its subscribers by name
// instead: public methods whose names begin with onEvent (a rule's
// prefix).

// subscriberTargets returns the methods a dispatch by annotation or name
// prefix runs for the call in: the app methods declared with the rule's
// annotation, or public ones named with its prefix, whose parameter may
// hold the object the flow passes.
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
	for _, t := range e.subscriberMethods(dr) {
		if len(t.params) != 1 {
			continue
		}
		if e.prog.related(event, t.params[0]) {
			out = append(out, t)
		}
	}
	return out
}

// subscriberMethods returns the instance methods with code of app
// classes that are declared with the rule's annotation type, or public
// and named with its prefix, in class order; the answer is kept. A dex
// that names no such annotation type has none.
func (e *engine) subscriberMethods(dr *dispatchRule) []*method {
	key := dr.annot
	if key == "" {
		key = "prefix " + dr.prefix
	}
	if l, ok := e.subscribers[key]; ok {
		return l
	}
	if e.subscribers == nil {
		e.subscribers = map[string][]*method{}
	}
	var out []*method
	if dr.annot == "" || e.prog.named[dr.annot] {
		for _, c := range e.prog.order {
			if e.trackerOf(c.name) != "" {
				continue
			}
			for _, m := range sortedMethods(c) {
				if !m.static() && m.hasCode() && subscribes(c, m, dr) {
					out = append(out, m)
				}
			}
		}
	}
	e.subscribers[key] = out
	return out
}

// subscribes reports whether m of c is a subscriber by the rule dr.
func subscribes(c *class, m *method, dr *dispatchRule) bool {
	if dr.annot == "" {
		return m.access&accPublic != 0 && strings.HasPrefix(m.name, dr.prefix)
	}
	return slices.Contains(c.annotations(sig{m.name, m.proto}), dr.annot)
}
