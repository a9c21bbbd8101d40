package flow

import (
	"iter"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Objects made from a class literal. WorkManager runs the worker class a
// request names: new OneTimeWorkRequest.Builder(Upload.class)
// .setInputData(data).build() makes a request that runs Upload.doWork;
// an explicit intent names its component so, made with it or given it
// by a setter (setClass, setClassName, setComponent). A call may also
// take the class literal itself (JobIntentService.enqueueWork).
// The code shows the class as a const-class given to the call that made
// the object, or to one that made the receiver of that call (a builder's
// build() or setter), in the straight-line code before its use.

// maxLiteralHops bounds the calls followed back from an object to the
// class literal it was made from.
const maxLiteralHops = 8

// literalClass returns the app class named by a const-class given where
// the object in register r before instruction in of m was made, or "".
func (e *engine) literalClass(m *method, in dalvik.Inst, r uint32) string {
	i := m.instAt(in.PC)
	for hop := 0; hop < maxLiteralHops && i >= 0; hop++ {
		w, j, ok := m.lastWrite(i, r)
		if !ok {
			return ""
		}
		switch {
		case w.Op == dalvik.OpMoveObject || w.Op == dalvik.OpMoveObjectFrom16 || w.Op == dalvik.OpMoveObject16:
			r, i = w.B, j
			continue
		case w.Op == dalvik.OpNewInstance:
			if cls := e.initLiteral(m, j, i, r); cls != "" {
				return cls
			}
			return e.setLiteral(m, j, i, r)
		case w.Op == dalvik.OpConstClass:
			// The class itself (JobIntentService.enqueueWork(context,
			// Upload.class, id, intent)).
			if t, err := m.file.Type(w.Index); err == nil && !e.prog.framework(t) {
				return t
			}
			return ""
		case w.Op != dalvik.OpMoveResultObject || j == 0:
			return ""
		}
		call := m.inst(j - 1)
		if call.Flags()&dalvik.IsInvoke == 0 {
			return ""
		}
		regs := call.ArgRegs()
		if cls := e.literalArg(m, call, regs); cls != "" {
			return cls // OneTimeWorkRequest.from(Upload.class)
		}
		if isStatic(call.Op) || len(regs) == 0 {
			return ""
		}
		r, i = regs[0], j-1 // the builder whose build() or setter made it
	}
	return ""
}

// initLiteral returns the class literal given to the constructor call
// on register r between the new-instance at from and instruction to.
func (e *engine) initLiteral(m *method, from, to int, r uint32) string {
	if call, regs, ok := m.initCall(from, to, r); ok {
		return e.literalArg(m, call, regs[1:])
	}
	return ""
}

// initCall returns the constructor call on register r (an invoke-direct
// whose receiver it is) between the new-instance at from and instruction
// to, and its registers.
func (m *method) initCall(from, to int, r uint32) (dalvik.Inst, []uint32, bool) {
	for _, call := range m.callsOn(from, to, r) {
		if call.Op == dalvik.OpInvokeDirect || call.Op == dalvik.OpInvokeDirectRange {
			return call, call.ArgRegs(), true
		}
	}
	return dalvik.Inst{}, nil, false
}

// callsOn yields the instance calls whose receiver is register r between
// instructions from and to of m (exclusive), with their indexes: what the
// code does with an object it has just made (its constructor, a builder's
// setters, an intent's setClass).
func (m *method) callsOn(from, to int, r uint32) iter.Seq2[int, dalvik.Inst] {
	return func(yield func(int, dalvik.Inst) bool) {
		for k := from + 1; k < to && k < len(m.insts); k++ {
			x := &m.insts[k]
			if x.Format == dalvik.FormatPayload || x.flags()&dalvik.IsInvoke == 0 || isStatic(x.Op) {
				continue
			}
			call := m.inst(k)
			if regs := call.ArgRegs(); len(regs) > 0 && regs[0] == r && !yield(k, call) {
				return
			}
		}
	}
}

// setLiteral returns the class literal a call on register r between the
// new-instance at from and instruction to gave the object: an intent's
// setClass(context, Upload.class), setClassName(context, "org.x.Upload")
// or setComponent(new ComponentName(context, Upload.class)).
func (e *engine) setLiteral(m *method, from, to int, r uint32) string {
	for _, call := range m.callsOn(from, to, r) {
		if cls := e.literalArg(m, call, call.ArgRegs()[1:]); cls != "" {
			return cls
		}
	}
	return ""
}

// componentName is the framework class naming a component by its class.
const componentName = "Landroid/content/ComponentName;"

// literalArg returns the first app class among the registers call is
// given: a const-class, a const-string that is an app class's name, or a
// ComponentName made from either.
func (e *engine) literalArg(m *method, call dalvik.Inst, regs []uint32) string {
	i := m.instAt(call.PC)
	for _, r := range regs {
		w, j, ok := m.lastWrite(i, r)
		if !ok {
			continue
		}
		switch w.Op {
		case dalvik.OpConstClass:
			if t, err := m.file.Type(w.Index); err == nil && !e.prog.framework(t) {
				return t
			}
		case dalvik.OpConstString, dalvik.OpConstStringJumbo:
			if s, err := m.file.String(w.Index); err == nil && e.prog.classes[descriptor(s)] != nil {
				return descriptor(s)
			}
		case dalvik.OpNewInstance:
			if t, err := m.file.Type(w.Index); err == nil && t == componentName {
				if cls := e.initLiteral(m, j, i, r); cls != "" {
					return cls
				}
			}
		}
	}
	return ""
}
