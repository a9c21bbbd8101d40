package flow

import (
	"slices"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// Whose method a dispatch runs, and what the call gives back. The object
// is the one the code shows the call is given, also past a copy into a
// range call's registers (copiedType); the one whose call made the
// receiver (makerClass: the Handler whose obtainMessage made a Message);
// or the argument of a type given to the constructor that made the
// receiver (made-with:TYPE: a plain Handler made with a Handler.Callback
// gives its messages to the callback's handleMessage), found where the
// receiver was made in the calling method, or, for a receiver read from
// a field, where its class's code stores a new object there or one its
// constructor or setter is given. What the
// callbacks return, a call that returns something gives back
// (asyncReturns).

// madeWithClasses returns the app classes of the argument of type typ
// given to the constructor that made the object register recv holds
// before in, sorted: one where the code makes it here, all those the
// code may store in the field it was read from.
func (e *engine) madeWithClasses(m *method, in dalvik.Inst, recv uint32, typ string) []string {
	i := m.instAt(in.PC)
	if i < 0 {
		return nil
	}
	w, j, ok := m.lastWrite(i, recv)
	if !ok {
		return nil
	}
	switch w.Op {
	case dalvik.OpNewInstance:
		if cls := e.constructedWith(m, j, i, recv, typ); cls != "" {
			return []string{cls}
		}
	case dalvik.OpIgetObject, dalvik.OpSgetObject:
		fr, err := m.file.FieldRef(w.Index)
		if err != nil {
			return nil
		}
		return e.fieldMadeWith(fr.Class+"->"+fr.Name, fr.Class, typ)
	}
	return nil
}

// constructedWith returns the app class of the argument of type typ the
// constructor call on register r, between the new-instance at from and
// instruction to of m, is given, or "".
func (e *engine) constructedWith(m *method, from, to int, r uint32, typ string) string {
	call, regs, ok := m.initCall(from, to, r)
	if !ok {
		return ""
	}
	ref, err := m.file.MethodRef(call.Index)
	if err != nil {
		return ""
	}
	for k, p := range ref.Proto.Parameters {
		if s := declaredArg(false, ref, k); p == typ && s < len(regs) {
			return e.argClass(m, call, regs[s])
		}
	}
	return ""
}

// argClass returns the app class of the object register r holds before
// call: what the code shows it was made as, or m's own class for this.
func (e *engine) argClass(m *method, call dalvik.Inst, r uint32) string {
	if t := m.knownType(call, r); t != "" && !e.prog.framework(t) && e.prog.classes[t] != nil {
		return t
	}
	if !m.static() && m.stableParam(int32(r)) == 0 {
		return m.cls.name
	}
	return ""
}

// fieldMadeWith returns the app classes of the argument of type typ
// given to the constructors of the objects the code of class cls stores
// in field, directly or through a constructor's or setter's parameter,
// sorted.
func (e *engine) fieldMadeWith(field, cls, typ string) []string {
	k := [2]string{field, typ}
	if v, ok := e.madeWith[k]; ok {
		return v
	}
	if e.madeWith == nil {
		e.madeWith = map[[2]string][]string{}
	}
	e.madeWith[k] = nil // a recursive question finds nothing
	var v []string
	if c := e.prog.classes[cls]; c != nil {
		for t, i := range e.objectStores(c, func(fr dex.FieldRef) bool { return fr.Class+"->"+fr.Name == field }) {
			st := t.inst(i)
			w, j, ok := t.lastWrite(i, st.A)
			switch {
			case ok && w.Op == dalvik.OpNewInstance:
				if x := e.constructedWith(t, j, i, st.A, typ); x != "" {
					v = append(v, x)
				}
			case !ok:
				v = append(v, e.paramMadeWith(t, st.A, typ)...) // a constructor's or setter's parameter (initcalls.go)
			}
		}
	}
	slices.Sort(v)
	v = slices.Compact(v)
	e.madeWith[k] = v
	return v
}

// asyncReturns returns what the callbacks a call runs return, when the
// call gives back something of theirs (a future's value, withContext's,
// a lazy's): the data their code produces (their summaries' concrete
// facts), not what was handed in.
func (e *engine) asyncReturns(m *method, in dalvik.Inst, ref dex.MethodRef) tset {
	if truthOrVoid(ref) {
		return nil
	}
	var t tset
	for _, a := range m.async[int(in.PC)] {
		t = union(t, e.substitute(a.t.ret, nil)) // its own facts: symbolic ones have no value
	}
	if e.r.stateTypes[ref.Proto.ReturnType] {
		// A holder of what the code returns (a Lazy): a flag it reads is
		// the holder's state.
		return union(dataFacts(t), e.stateFacts(t, false))
	}
	return dataFacts(t)
}

// copiedType returns the class the code shows register r holds before in
// when r is a copy, past casts, of another register (kotlinc moves a
// coroutine's lambda into the registers of launch's range call), or "".
func (m *method) copiedType(in dalvik.Inst, r uint32) string {
	i := m.instAt(in.PC)
	for hops := 0; hops < 4 && i >= 0; hops++ {
		w, j, ok := m.lastWrite(i, r)
		switch {
		case !ok:
			return ""
		case w.Op == dalvik.OpCheckCast:
			i = j
		case w.Op >= dalvik.OpMoveObject && w.Op <= dalvik.OpMoveObject16:
			return m.knownType(m.inst(j), w.B)
		default:
			return ""
		}
	}
	return ""
}

// makerMadeWith returns the app classes of the argument of type typ
// given to the constructor of the object whose call made the object
// register recv holds before in (a plain Handler made with a
// Handler.Callback, whose obtainMessage made the Message sendToTarget
// sends).
func (e *engine) makerMadeWith(m *method, in dalvik.Inst, recv uint32, typ string) []string {
	call, ok := m.resultOf(in, recv)
	if !ok {
		return nil
	}
	regs := call.ArgRegs()
	if len(regs) == 0 {
		return nil
	}
	return e.madeWithClasses(m, call, regs[0], typ)
}

// makerClass returns the app class of the object whose call made the
// object in register recv before in (handler.obtainMessage(...) made the
// Message: the handler's class), or "".
func (e *engine) makerClass(m *method, in dalvik.Inst, recv uint32) string {
	call, ok := m.resultOf(in, recv)
	if !ok {
		return ""
	}
	regs := call.ArgRegs()
	if len(regs) == 0 {
		return ""
	}
	// The maker is the receiver, or a static factory's first argument
	// (Message.obtain(handler, ...)).
	if t := m.knownType(call, regs[0]); t != "" && !e.prog.framework(t) {
		return t
	}
	return ""
}
