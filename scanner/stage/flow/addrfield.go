package flow

import (
	"iter"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// Addresses kept in fields. A URL read from a field is where the code
// put it: a static final String's initial value, or what the class's
// own code stores in a field only it may set (private, or final: a
// constant in a constructor or static initializer, a constructor's
// argument from its callers). A field other classes may set shows
// nothing.

// staticString returns the initial value of the static final String field
// an sget-object reads, when its class gives it one.
func (e *engine) staticString(m *method, in dalvik.Inst) (string, bool) {
	ref, err := m.file.FieldRef(in.Index)
	if err != nil || ref.Type != typeString {
		return "", false
	}
	c := e.prog.classes[ref.Class]
	if c == nil || !c.finalField(ref.Name) {
		return "", false
	}
	return initialString(c, ref.Name)
}

// fieldStrings collects the constant strings the class declaring the
// field an iget-object or sget-object reads stores in it, when the field
// is private or final.
func (w *witnesses) fieldStrings(m *method, in dalvik.Inst, depth int, aw *addrWalk) {
	ref, err := m.file.FieldRef(in.Index)
	if err != nil || !addressType(ref.Type) || depth >= maxAddrDepth {
		return
	}
	c := w.e.prog.classes[ref.Class]
	if c == nil || !c.hasField(ref.Name) || c.fields[ref.Name]&(accPrivate|accFinal) == 0 {
		return
	}
	for t, i := range w.e.objectStores(c, func(fr dex.FieldRef) bool { return fr == ref }) {
		if aw.work < maxAddrWork {
			w.addrStrings(t, i, t.inst(i).A, depth+1, aw)
		}
	}
}

// objectStores yields the iput-object and sput-object instructions of
// class c's methods, in method order, that store a field match accepts,
// with their method and index.
func (e *engine) objectStores(c *class, match func(dex.FieldRef) bool) iter.Seq2[*method, int] {
	return func(yield func(*method, int) bool) {
		for _, t := range sortedMethods(c) {
			if !t.hasCode() || t.oversized {
				continue
			}
			t.decode(&e.cfg)
			for i := range t.insts {
				if op := t.insts[i].Op; op != dalvik.OpIputObject && op != dalvik.OpSputObject {
					continue
				}
				if fr, err := t.file.FieldRef(t.inst(i).Index); err == nil && match(fr) && !yield(t, i) {
					return
				}
			}
		}
	}
}

// madeWithHosts returns the hosts of what the constructors of class c
// give its superclass's constructor as an address: a request class whose
// method returns what the framework sends (Volley's getParams) goes to
// the URL it was made with (super(method, url, listener)).
func (w *witnesses) madeWithHosts(c *class) []string {
	var aw addrWalk
	for _, t := range sortedMethods(c) {
		if t.name != "<init>" || !t.hasCode() || t.oversized {
			continue
		}
		t.decode(&w.e.cfg)
		for i := range t.insts {
			if op := t.insts[i].Op; op != dalvik.OpInvokeDirect && op != dalvik.OpInvokeDirectRange {
				continue
			}
			in := t.inst(i)
			ref, err := t.file.MethodRef(in.Index)
			regs := in.ArgRegs()
			if err != nil || ref.Name != "<init>" || ref.Class == c.name || len(regs) == 0 || t.baseParam(i, regs[0]) != 0 {
				continue
			}
			w.argStrings(t, i, ref, regs, false, 0, &aw)
		}
	}
	return aw.hosts()
}
