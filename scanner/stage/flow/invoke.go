package flow

import (
	"slices"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// invoke applies a call: sources, incognito reads, sinks, app callees (by
// their summaries) and library models. It returns the taint of the result.
func (e *engine) invoke(m *method, in dalvik.Inst, get func(uint32) tset) tset {
	if !namesMethod(in) {
		return nil
	}
	c := e.calleeOf(m.file, in.Index)
	if !c.ok {
		return nil
	}
	// regs, args and concrete live in engine buffers: nothing keeps the
	// slices (only the sets in them) past this call, which is not
	// re-entered.
	regs := e.argRegs(in)
	args := e.argBuf[:0]
	for _, r := range regs {
		args = append(args, get(r))
	}
	e.argBuf = args
	static := in.Op == dalvik.OpInvokeStatic || in.Op == dalvik.OpInvokeStaticRange
	ref := c.ref
	var result tset
	if src := e.sourceAt(m, in, regs, static, c); src != nil {
		if !viewSource(src) {
			id := e.source(siteKey{m: m, pc: in.PC, param: -1, spec: src}, src.Kind, c.label())
			return tset{fact(id, 0)}
		}
		view, _ := m.constInt(in, regs[declaredArg(static, ref, src.ConstArg.Index)])
		if t := e.viewFound(m, in, c, src, uint32(view)); t != nil {
			return t
		}
	} else if src, view := e.viewLookup(m, in, regs, c); src != nil {
		if t := e.viewFound(m, in, c, src, view); t != nil {
			return t
		}
	}
	if t := e.queryByHandle(m, in, c, static, args); t != nil {
		return t
	}
	if c.uriOp != 0 {
		result = e.uriHandles(m, in, c, regs, args)
	}
	if c.inputOp && !static {
		e.inputSet(m, in, c, regs)
	}
	if equality(ref, static) {
		if consts := e.comparedConsts(m, e.curI, regs[0], regs[len(regs)-1], e.concrete(m, args[0]), e.concrete(m, args[len(args)-1])); len(consts) > 0 {
			// mode.equals(Mode.INCOGNITO), Intrinsics.areEqual(mode,
			// Mode.INCOGNITO): true exactly in incognito mode; equal to
			// the normal constant (negated), never then.
			id := e.source(siteKey{m: m, pc: in.PC, param: -1}, kindIncognito, c.label())
			if !slices.ContainsFunc(consts, func(f uint32) bool { return f&flagNeg == 0 }) {
				return tset{fact(id, flagInc|flagNeg)}
			}
			return tset{fact(id, flagInc)}
		}
		if e.modeString(m, in, regs) {
			// "incognito".equals(mode): a mode kept as a string.
			id := e.source(siteKey{m: m, pc: in.PC, param: -1}, kindIncognito, c.label())
			return tset{fact(id, flagInc)}
		}
	}
	if c.sanitizer {
		return nil
	}
	if e.incognitoCall(m, in, regs, static, c) {
		id := e.source(siteKey{m: m, pc: in.PC, param: -1}, kindIncognito, c.label())
		result = tset{fact(id, flagInc)}
	}
	if c.stateKey >= 0 || c.prefGet {
		result = union(result, e.keyedState(m, in, c, static, regs, args)) // statekeys.go
	}
	e.markCalled(m, c)
	if c.storeComp != "" {
		e.componentWrite(m, in, c, static, regs, args)
	}
	if c.sinkKind != "" {
		if len(c.dispatch) > 0 && e.ownSend(m, in, c, static, args, regs) || e.ownIntent(m, in, c, regs) {
			return result // to the app's own component (dispatch.go)
		}
		e.sinkHit(m, in, c, regs, args)
		// The data has left at this call: its result (a connection from
		// URL.openConnection, ...) does not carry the taint on to count
		// the same flow again at the next call.
		return result
	}
	if c.tracker != "" && e.trackerOf(m.cls.name) != c.tracker {
		// A tracker SDK is a black box to the code that calls it: its
		// documented ingest APIs are sinks (above); what it does inside is
		// its tracker finding's business, and following app data through
		// an SDK's internals costs more than it tells. An object of the
		// SDK the app fills in (an event, a builder) holds what it is
		// given (sdkObject).
		return union(result, e.sdkObject(ref, static, regs, args))
	}
	if len(c.originSink) > 0 && !static {
		// A stream write: a sink if the stream comes from a connection
		// or a file, which the witness search tells (origin.go); the data
		// is a candidate here, and the write's model applies as well. It
		// may be a file's contents too (spec stores with origin).
		e.sinkHit(m, in, c, regs, args)
		e.originStoreWrite(m, c, args)
	}
	targets := e.appTargets(m, in, c, regs)
	if c.model != nil {
		// A modelled call: the model says what it does, whatever code
		// the app bundles for it (OkHttp's builders, its own collections).
		targets = nil
	}
	if ref.Name == "<init>" && len(regs) > 0 {
		e.allocated(m, in, ref.Class, regs[0])
	}
	if len(c.dispatch) > 0 {
		e.dispatch(m, in, c, static, args, regs)
		result = union(result, e.asyncReturns(m, in, ref))
		if e.library(ref.Class) {
			targets = nil // a bundled library's dispatcher: its rule says what it runs
		}
	}
	if len(targets) > 0 {
		cs := callSite{m, in.PC}
		// The fixpoint re-runs this invoke many times with the same
		// targets; the call edges are recorded once, not once per pass
		// (a popular callee's callers map is large and slow to write).
		prev, seen := m.calls[in.PC]
		edges := !seen || !slices.Equal(prev, targets)
		if edges {
			m.calls[in.PC] = targets
		}
		concrete := e.concBuf[:0]
		for _, a := range args {
			concrete = append(concrete, e.concrete(m, a))
		}
		e.concBuf = concrete
		withArgs := false
		for _, a := range args {
			withArgs = withArgs || len(a) > 0
		}
		for _, t := range targets {
			if withArgs && !t.dirty {
				// Its return summary is needed now (see scan.go).
				t.dirty = true
				e.enqueue(t)
			}
			e.callInto(cs, t, concrete, edges)
			e.noteArgClasses(m, in, regs, t)
			result = union(result, e.substitute(t.ret, args))
			e.takeOuts(t, regs, args)
			if len(t.thrown) > 0 && !e.library(t.cls.name) {
				e.throws(m, e.substitute(t.thrown, args)) // what t throws passes through the call
			}
		}
		if !c.framework {
			return result
		}
		// A framework call whose receiver is known to be an app class
		// runs the app's override or the framework's own code: both.
	}
	if c.storeW >= 0 {
		var t tset
		for _, a := range args[min(len(args), btoi(!static)):] {
			t = union(t, a)
		}
		if t = dataFacts(e.concrete(m, t)); len(t) > 0 {
			e.writeKey(c.storeW, t)
		}
	}
	if loc := e.storeRead(m, in, c, regs); loc >= 0 {
		t := e.heapRead(e.readKey(m, loc))
		if ref.Name == "<init>" && len(regs) > 0 {
			e.taintReg(regs[0], t) // the stream a constructor opens
		} else {
			result = union(result, t)
		}
	}
	result = union(result, e.viewText(m, in, c, static, args))
	if len(c.sets) > 0 {
		e.setFields(m, c, static, args)
	}
	if c.switcher {
		e.trackerSwitch(m, c, static, args)
	}
	return union(result, e.model(m, c, static, in, regs, args))
}

// checkedArg reports whether register-list position p of a call of c is
// a checked argument of its sink: the listed positions, or every declared
// argument but a continuation (a receiver carries data only where the
// rules say so, as the URL of URL.openConnection).
func checkedArg(c *callee, p int, static bool) bool {
	if c.sinkArgs != nil {
		return containsInt(c.sinkArgs, p)
	}
	// A suspend function's continuation is the caller's suspended state
	// (its locals spilled into L$n fields), not what the call sends.
	return p >= btoi(!static) && regType(static, c.ref.Class, c.ref.Proto.Parameters, p) != typeContinuation
}

// typeContinuation is the type of a Kotlin suspend function's last
// parameter.
const typeContinuation = "Lkotlin/coroutines/Continuation;"

// markCalled records a call from outside a tracker SDK into it.
func (e *engine) markCalled(m *method, c *callee) {
	if c.tracker != "" && e.trackerOf(m.cls.name) != c.tracker {
		e.called[c.tracker] = true
	}
}

// sinkHit records the taint reaching a sink call's checked arguments.
func (e *engine) sinkHit(m *method, in dalvik.Inst, c *callee, regs []uint32, args []tset) {
	var t tset
	static := isStatic(in.Op)
	for i, a := range args {
		if checkedArg(c, i, static) {
			t = union(t, a)
		}
	}
	// An app object given to the sink is sent with what its fields hold.
	t = union(t, e.heldData(m, in, c.ref, regs, static, func(k int) bool { return checkedArg(c, k, static) }))
	e.hit(m, in.PC, c.sinkKind, t)
}

// hit records the data t brings to the sink statement at pc of m (a
// sink call's checked arguments, a return the framework sends).
func (e *engine) hit(m *method, pc int, kind string, t tset) {
	if t = dataFacts(e.concrete(m, t)); len(t) == 0 {
		return
	}
	cs := callSite{m, pc}
	h := e.hits[cs]
	if h == nil {
		h = &sinkHit{m: m, pc: pc, kind: kind}
		e.hits[cs] = h
	}
	h.taint = union(h.taint, t)
}

// appTargets returns the app methods a call may run. A call written
// against an app class runs what class-hierarchy analysis finds, narrowed
// by the receiver's known class. A call written against a framework type
// (List.add, Runnable.run) runs app code only when the receiver is known
// to be an app class: linking every app implementation of a framework
// interface would connect unrelated code (any Iterator.next to every
// app iterator). App classes whose objects reach the framework are linked
// where they are made instead (allocated).
func (e *engine) appTargets(m *method, in dalvik.Inst, c *callee, regs []uint32) []*method {
	ref := c.ref
	if c.framework {
		if invokeKind(in.Op) != 2 || len(regs) == 0 {
			return nil
		}
		t := m.receiverType(in, regs[0])
		if t == "" || e.prog.framework(t) {
			return e.handedTargets(m, in, ref, regs[0])
		}
		targets := e.virtualTargets(t, sig{ref.Name, ref.Proto.String()})
		if m.justMade(in, regs[0]) {
			return e.exactTargets(t, ref, targets)
		}
		return targets
	}
	targets := e.targetsOf(in, c)
	if len(targets) > 1 && len(regs) > 0 {
		targets = e.refine(m, in, regs[0], ref, targets)
	}
	if e.library(m.cls.name) && slices.ContainsFunc(targets, func(t *method) bool { return e.intoCoroutine(m, t) }) {
		targets = slices.DeleteFunc(slices.Clone(targets), func(t *method) bool { return e.intoCoroutine(m, t) })
	}
	return targets
}

// refine narrows CHA targets by the receiver's known class (allocated,
// cast or declared as a callee's return type in the same block).
func (e *engine) refine(m *method, in dalvik.Inst, recv uint32, ref dex.MethodRef, targets []*method) []*method {
	t := m.receiverType(in, recv)
	if t != "" && m.justMade(in, recv) {
		return e.exactTargets(t, ref, targets)
	}
	if t == "" || t == ref.Class || e.prog.framework(t) {
		// The receiver may be what a factory returned: the class it
		// always makes is exact.
		if t = e.madeBy(m, in, recv); t == "" {
			return e.storedTargets(m, in, recv, ref, targets)
		}
	}
	var out []*method
	exact := e.prog.resolve(t, sig{ref.Name, ref.Proto.String()})
	for _, x := range targets {
		if x == exact || e.prog.extends(x.cls.name, t) {
			out = append(out, x)
		}
	}
	if len(out) == 0 {
		return targets
	}
	return out
}

// justMade reports whether register recv holds, before the call in, an
// object a new-instance made on every path there: its class is exact, not
// an upper bound as a cast's or a declared type is.
func (m *method) justMade(in dalvik.Inst, recv uint32) bool {
	i := m.instAt(in.PC)
	if i < 0 {
		return false
	}
	w, _, ok := m.lastWrite(i, recv)
	return ok && w.Op == dalvik.OpNewInstance
}

// exactTargets narrows a call's targets to the method an object of class
// t itself runs: none of them when that is the framework's.
func (e *engine) exactTargets(t string, ref dex.MethodRef, targets []*method) []*method {
	exact := e.prog.resolve(t, sig{ref.Name, ref.Proto.String()})
	if slices.Contains(targets, exact) {
		return []*method{exact}
	}
	if exact == nil {
		return nil
	}
	return targets
}

// equality reports whether a call compares two values for equality:
// Object.equals (a receiver and one argument), or a static one of two
// arguments (Objects.equals, Kotlin's Intrinsics.areEqual); the two values
// are the call's first and last arguments.
func equality(ref dex.MethodRef, static bool) bool {
	n := len(ref.Proto.Parameters)
	return ref.Proto.ReturnType == "Z" && (ref.Name == "equals" || ref.Name == "areEqual") && (n == 1 && !static || n == 2 && static)
}

// madeBy returns the class of the object register recv holds before
// the call in when it is the result of a static or direct call of an app
// method that always returns a new object of one class (a factory), or "".
func (e *engine) madeBy(m *method, in dalvik.Inst, recv uint32) string {
	call, ok := m.resultOf(in, recv)
	if !ok {
		return ""
	}
	if call.Op != dalvik.OpInvokeStatic && call.Op != dalvik.OpInvokeDirect &&
		call.Op != dalvik.OpInvokeStaticRange && call.Op != dalvik.OpInvokeDirectRange {
		return ""
	}
	ref, err := m.file.MethodRef(call.Index)
	if err != nil {
		return ""
	}
	t := e.prog.resolveRef(ref)
	if t == nil {
		return ""
	}
	return e.allocatedReturn(t)
}

// resultOf returns the invoke whose result register reg holds before in
// (the move-result-object that last wrote it, in in's block).
func (m *method) resultOf(in dalvik.Inst, reg uint32) (dalvik.Inst, bool) {
	i := m.instAt(in.PC)
	if i < 0 {
		return dalvik.Inst{}, false
	}
	return m.resultAt(i, reg)
}

// resultAt is resultOf before instruction i.
func (m *method) resultAt(i int, reg uint32) (dalvik.Inst, bool) {
	call, _, ok := m.callResult(i, reg, dalvik.OpMoveResultObject)
	return call, ok
}

// callResult returns the call whose result the move-result of kind move
// last put in register reg before instruction i, and the call's index.
func (m *method) callResult(i int, reg uint32, move dalvik.Opcode) (dalvik.Inst, int, bool) {
	res, j, ok := m.lastWrite(i, reg)
	if !ok || res.Op != move || j == 0 {
		return dalvik.Inst{}, -1, false
	}
	call := m.inst(j - 1)
	return call, j - 1, call.Flags()&dalvik.IsInvoke != 0
}

// appCallee returns the app method outside library packages that the
// call names, resolved through its class's ancestors, or nil.
func (e *engine) appCallee(m *method, call dalvik.Inst) *method {
	if !namesMethod(call) {
		return nil
	}
	ref, err := m.file.MethodRef(call.Index)
	if err != nil {
		return nil
	}
	if t := e.prog.resolveRef(ref); t != nil && !e.library(t.cls.name) {
		return t
	}
	return nil
}

// allocatedReturn returns the class every return of t gives a new object
// of (new-instance in the block that returns it, or, in a synthetic
// method, what the method it calls so returns), or "". The answers are
// kept.
func (e *engine) allocatedReturn(t *method) string {
	if c, ok := e.allocs[t]; ok {
		return c
	}
	if e.allocs == nil {
		e.allocs = map[*method]string{}
	}
	e.allocs[t] = "" // a recursive factory asks again: nothing known
	t.decode(&e.cfg)
	cls := ""
	for i := range t.insts {
		in := t.inst(i)
		if in.Op != dalvik.OpReturnObject {
			continue
		}
		alloc, j, ok := t.lastWrite(i, in.A)
		c := ""
		switch {
		case !ok:
		case alloc.Op == dalvik.OpNewInstance:
			c, _ = t.file.Type(alloc.Index)
		case alloc.Op == dalvik.OpMoveResultObject && j > 0 && t.access&accSynthetic != 0:
			// Compiler glue returning what the real method made (a data
			// class's copy$default returns its copy()'s new object).
			if call := t.inst(j - 1); call.Flags()&dalvik.IsInvoke != 0 {
				if f := e.appCallee(t, call); f != nil {
					c = e.allocatedReturn(f)
				}
			}
		}
		if c == "" || cls != "" && c != cls {
			return ""
		}
		cls = c
	}
	e.allocs[t] = cls
	return cls
}

// callInto passes argument taint to a callee's parameters and records the
// call edge so the callee's return changes requeue the caller.
func (e *engine) callInto(cs callSite, t *method, args []tset, edge bool) {
	if !t.reached {
		e.reach(t)
		edge = true
	}
	if edge {
		t.callers = append(t.callers, cs)
	}
	changed := false
	for i, a := range args {
		if e.mergeParam(t, i, a) {
			changed = true
		}
	}
	if changed {
		e.enqueue(t)
	}
}

// declaredArg maps declared argument n (receiver not counted) to its
// position in the invoke's register list.
func declaredArg(static bool, ref dex.MethodRef, n int) int {
	return paramSlot(static, ref.Proto.Parameters, n)
}

// sourceAt returns the source a call of c is, the first of its sources
// whose const-arg and viewed-in conditions hold, or nil.
func (e *engine) sourceAt(m *method, in dalvik.Inst, regs []uint32, static bool, c *callee) *rules.Source {
	for _, src := range c.srcs {
		if e.constArgOK(m, in, regs, static, c.ref, src) && e.viewedIn(m, src) {
			return src
		}
	}
	return nil
}

// constArgOK checks a source's const-arg condition (e.g. the "android_id"
// key of Settings.Secure.getString).
func (e *engine) constArgOK(m *method, in dalvik.Inst, regs []uint32, static bool, ref dex.MethodRef, src *rules.Source) bool {
	if src.ConstArg == nil {
		return true
	}
	pos := declaredArg(static, ref, src.ConstArg.Index)
	if pos >= len(regs) {
		return false
	}
	if src.ConstArg.Layout != "" {
		id, ok := m.constInt(in, regs[pos])
		return ok && e.views().kind(src.ConstArg.Layout, uint32(id))
	}
	if len(src.ConstArg.URIs) > 0 {
		return uriMatches(m.contentURI(in, regs[pos], 4), src.ConstArg.URIs)
	}
	v, ok := m.constString(in, regs[pos])
	if !ok {
		return false
	}
	for _, want := range src.ConstArg.Values {
		if v == want {
			return true
		}
	}
	return false
}

// incognitoCall reports whether a call returns incognito state: a boolean
// method named like incognito, or a boolean preference read with such a key.
func (e *engine) incognitoCall(m *method, in dalvik.Inst, regs []uint32, static bool, c *callee) bool {
	if !c.incName && !c.prefGet && !c.lookup && c.keySlot < 0 || e.incognitoIgnored(m.cls.name) {
		return false
	}
	if c.incName {
		return true
	}
	if c.lookup {
		return !static && len(regs) > 0 && e.incognitoContainer(m, in, regs[0])
	}
	pos := c.keySlot
	if c.prefGet {
		pos = declaredArg(static, c.ref, 0)
	}
	if pos >= len(regs) {
		return false
	}
	key, ok := m.constString(in, regs[pos])
	if !ok {
		// A listener's key: onSharedPreferenceChanged(prefs, key) reads
		// the value once "private_mode".equals(key).
		key, ok = m.knownEqual(in, regs[pos])
	}
	return ok && e.r.incognitoName(key)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func containsInt(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// namesMethod reports whether instruction in names a method: an invoke
// other than invoke-custom, whose index is a call site.
func namesMethod(in dalvik.Inst) bool {
	k := in.IndexKind()
	return k == dalvik.IndexMethod || k == dalvik.IndexMethodAndProto
}
