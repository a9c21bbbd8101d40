package flow

import (
	"slices"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// invoke moves the value through a call that has it in its argument
// registers, once per position it holds.
func (s *search) invoke(n int32, m *method, i int32, in dalvik.Inst) {
	if !namesMethod(in) {
		return
	}
	c := s.w.e.calleeOf(m.file, in.Index)
	if !c.ok || c.sanitizer {
		return // a sanitiser's result carries no data
	}
	regs := in.AppendArgRegs(nil)
	if s.w.e.sourceAt(m, in, regs, isStatic(in.Op), c) != nil {
		// A source call returns new data (its own source); one whose
		// constant argument says otherwise (getStringExtra of another
		// key) is a model as any call.
		return
	}
	reg := s.nodes[n].k.reg
	for p, x := range regs {
		if int32(x) == reg {
			s.argFlow(n, m, i, in, c, regs, p)
		}
	}
}

func isStatic(op dalvik.Opcode) bool {
	return op == dalvik.OpInvokeStatic || op == dalvik.OpInvokeStaticRange
}

// argFlow moves the value at register-list position p of a call.
func (s *search) argFlow(n int32, m *method, i int32, in dalvik.Inst, c *callee, regs []uint32, p int) {
	if !s.w.feasibleHere(m, int(in.PC)) {
		return // a call m's own constants rule out (prune.go)
	}
	k := s.nodes[n].k
	static := isStatic(in.Op)
	sink := c.sinkKind != ""
	if len(c.originSink) > 0 && !static {
		if p == 0 && s.streams {
			// An origin search (or a summary one may use): the stream
			// reaches a write's receiver.
			s.outcome(outcome{kind: outStream, flags: k.flags, j: int32(s.origin), site: callSite{m, int(in.PC)}, node: n})
		}
		kind, o := s.w.streamSink(callSite{m, int(in.PC)}, c)
		sink = kind != ""
		if loc := s.w.originFileLoc(kind, o); loc >= 0 && p >= 1 {
			// What the app writes to a file, it may read back from that
			// file (spec stores with origin, filestore.go).
			s.intoStore(n, m, in, loc)
		}
	}
	if sink && (s.w.e.ownSends[callSite{m, int(in.PC)}] || s.w.e.ownIntent(m, in, c, regs)) {
		sink = false // to the app's own component: dispatched (dispatch.go)
	}
	if sink {
		// An object holding the value in a field counts as the value.
		if checkedArg(c, p, static) && s.w.sinkFeasible(m, int(in.PC)) {
			v := s.via(n, vSink)
			v.m, v.pc, v.to = m, int32(in.PC), regNone
			s.outcome(outcome{kind: outSink, flags: k.flags, fld: -1, site: callSite{m, int(in.PC)}, node: n, via: v})
		}
		return // the data has left at this call (as in the fixpoint)
	}
	if c.tracker != "" && s.w.e.trackerOf(m.cls.name) != c.tracker {
		// A tracker SDK is a black box (see the fixpoint's invoke) whose
		// objects hold what they are given (sdkObject).
		s.sdkFlow(n, m, i, c.ref, regs, p, static)
		return
	}
	targets := m.calls[int(in.PC)]
	for _, t := range sortedTargets(s.w.liveTargets(targets)) {
		s.callThrough(n, m, i, regs, p, t)
	}
	for _, a := range m.async[int(in.PC)] {
		s.dispatchFlow(n, m, in, p, a)
	}
	if len(targets) == 0 || c.model != nil || c.framework {
		s.modelFlow(n, m, i, in, c, regs, p, static)
	}
	if c.storeW >= 0 && p >= btoi(!static) {
		for _, loc := range s.w.keyedLocs(m, in, c, c.storeW, true) {
			s.intoStore(n, m, in, loc)
		}
	}
	if c.storeComp != "" && p >= btoi(!static) && p < len(regs) {
		for _, loc := range s.w.e.componentLocs(m, in, c.storeComp, regs, regs[p]) {
			s.intoStore(n, m, in, loc)
		}
	}
}

// sdkFlow moves the value at position p of a call into a bundled
// tracker SDK as the fixpoint's sdkObject does: into the receiver (or the
// new object) and into a result that is not a truth value.
func (s *search) sdkFlow(n int32, m *method, i int32, ref dex.MethodRef, regs []uint32, p int, static bool) {
	fl := s.nodes[n].k.flags &^ (wWhole | wString)
	if !static && p > 0 && len(regs) > 0 {
		s.next(n, m, i, int32(regs[0]), -1, fl, s.via(n, vModel))
	}
	if ref.Name != "<init>" && !truthOrVoid(ref) {
		s.next(n, m, i, regResult, -1, stringIf(fl, ref.Proto.ReturnType), s.via(n, vModel))
	}
}

func sortedTargets(ts []*method) []*method {
	if len(ts) < 2 {
		return ts
	}
	out := slices.Clone(ts)
	slices.SortFunc(out, func(a, b *method) int {
		return cmpConcat([4]string{a.cls.name, "->", a.name, a.proto}, [4]string{b.cls.name, "->", b.name, b.proto})
	})
	return out
}

// callThrough passes the value into app method t as parameter slot p and
// continues, in the caller, from everywhere t's summary says it goes.
func (s *search) callThrough(n int32, m *method, i int32, regs []uint32, p int, t *method) {
	k := s.nodes[n].k
	if k.fld >= 0 && !s.w.mayHold(t.slotType(p), k.fld) {
		return // the parameter cannot be the object whose field holds the value
	}
	sum := s.w.summary(t, p, k.fld, k.flags, s.streams)
	if sum == nil {
		return
	}
	pc := m.insts[i].PC
	for oi := range sum.outs {
		o := &sum.outs[oi]
		fl := joinFlags(k.flags, o.flags)
		via := wvia{kind: vArg, m: m, pc: pc, from: k.reg, ffld: k.fld, to: sum.reg, tfld: k.fld, sub: sum, out: int32(oi)}
		switch o.kind {
		case outRet:
			// An object holding the value returns to this call only when
			// t made it (a factory's event), it is t's receiver (a
			// builder's setter) or a collection, or the path that brought
			// the value into t (a user passed in, holding it two fields
			// deep) leads to it: another object t keeps says too little
			// of which object it is.
			if o.fld < 0 && t.retType == typeString {
				fl |= wString
			}
			if o.fld < 0 || s.w.e.ownReturn(t) || o.flags&(wHeap|wMember) == 0 && s.w.e.heldBase(k.fld) >= 0 {
				s.result(n, m, i, max(o.fld, -1), fl, via)
			}
		case outParam:
			if int(o.j) < len(regs) {
				x := s.next(n, m, i, int32(regs[o.j]), o.fld, fl, via)
				s.heldThrough(x, m, i, regs[o.j], o.fld, fl)
			}
		case outHeap, outMember:
			reg := int32(regHeap)
			if o.kind == outMember {
				reg = regMember
			}
			s.toHeap(n, reg, o.j, o.fld, fl, via)
		case outSink:
			s.outcome(outcome{kind: outSink, flags: fl, fld: -1, site: o.site, node: n, via: via})
		case outThrow:
			via.to, via.tfld = regThrown, o.fld
			s.caught(n, m, i, o.fld, fl, via)
		}
	}
}

// slotType returns the declared type of the parameter in ins slot p of
// m (the receiver's class for slot 0 of an instance method), or "".
func (m *method) slotType(p int) string {
	if !m.static() {
		if p == 0 {
			return m.cls.name
		}
		p--
	}
	slot := 0
	for _, t := range m.params {
		if slot == p {
			return t
		}
		slot += typeWidth(t)
	}
	return ""
}

// mayHold reports whether a value of declared type typ may be an object
// of the class that declares heap location fld: the object is of that
// class or a subclass, so typ must be a supertype or a subtype of it.
func (w *witnesses) mayHold(typ string, fld int32) bool {
	owner := w.e.locOwner(fld)
	return typ == "" || owner == "" || w.e.prog.related(typ, owner)
}

// joinFlags combines the flags of a path with those of a callee's part:
// marks add up, the path runs in incognito only if both parts do, and
// what is known of the value is what the callee's part ends with.
func joinFlags(a, b wflags) wflags {
	return (a|b)&^(wInc|wWhole|wString) | a&b&wInc | b&(wWhole|wString)
}

// modelFlow applies a library model (or the default one) to the value at
// position p of a call into code the app does not define. An object
// holding the value in a field counts as the value: a library call on it
// (toString, a JSON serialiser) may read the field.
func (s *search) modelFlow(n int32, m *method, i int32, in dalvik.Inst, c *callee, regs []uint32, p int, static bool) {
	k := s.nodes[n].k
	ref := c.ref
	md := c.model
	if md == nil {
		// Default: a constructor's arguments go into the new object;
		// other calls' receiver and arguments into a result that is not
		// a plain truth value (isEmpty, equals, contains tell nothing of
		// the data).
		fl := k.flags &^ (wWhole | wString)
		switch {
		case ref.Name == "<init>":
			if !static && p > 0 && len(regs) > 0 {
				s.next(n, m, i, int32(regs[0]), -1, fl, s.via(n, vModel))
			}
		case !truthOrVoid(ref):
			s.next(n, m, i, regResult, -1, stringIf(fl, ref.Proto.ReturnType), s.via(n, vModel))
		}
		return
	}
	if md.prints && k.fld >= 0 && !isKey(k.fld) && p < len(regs) && regType(static, ref.Class, ref.Proto.Parameters, p) == typeObject &&
		!s.printsField(m, in, regs[p], k) {
		return // an object printed without a toString of its own (its class and hash), or one leaving the field out
	}
	for _, f := range md.flows {
		if !flowFrom(f.from, p, static, ref) {
			continue
		}
		if md.keys {
			// Only what was put as a key comes out of keySet().
			if k.fld == keysFld {
				s.next(n, m, i, regResult, -1, k.flags&^(wWhole|wString), s.via(n, vModel))
			}
			continue
		}
		fl, kind := k.flags&^wWhole, uint8(vModel)
		if md.whole && f.to == posRet {
			fl |= wWhole
		}
		if f.to == posRet && truthOrVoid(ref) {
			continue // a truth value tells nothing of the data (add, offer)
		}
		if md.element && k.fld >= 0 && s.elementFlow(n, m, i, regs, p, static, f, fl) {
			continue // the value itself, in an element's field
		}
		if md.copy && isKey(k.fld) {
			// An entry of a keyed container copied into another (an
			// intent's extras from a Bundle): under its own key there.
			switch {
			case f.to == posRet:
				s.next(n, m, i, regResult, k.fld, fl, s.via(n, kind))
			case f.to == posRecv && !static && len(regs) > 0 && p != 0:
				x := s.next(n, m, i, int32(regs[0]), k.fld, fl, s.via(n, kind))
				s.aliases(x, m, i, regs[0], fl)
				if md.fluent { // the result is the receiver
					s.next(n, m, i, regResult, k.fld, fl, s.via(n, kind))
				}
			}
			continue
		}
		fl &^= wString // a value the call makes of it
		if f.to == posRet {
			fl = stringIf(fl, ref.Proto.ReturnType)
		}
		container := md.key >= 0 || md.element
		if container && f.from == posRecv && f.to == posRet && !md.fluent {
			fl &^= wHeld // read back out of the container: the value itself
		}
		switch md.mark {
		case flagEncode:
			fl, kind = fl|wEncode, vEncode
		case flagCrypto:
			fl |= wCrypto
		case flagEmbed:
			switch {
			case f.from == posRecv: // an object passed along as itself is not embedded again
			case container:
				fl |= wHeld
			default:
				fl |= wEmbed
			}
		}
		if md.fluent && f.from == posRecv && f.to == posRet && (k.fld == -1 || isKey(k.fld)) {
			// The result is the receiver (put(a, x).put(b, y)): the same
			// object, holding what it held under every key but one the
			// call replaces.
			if !s.cleared(n, m, i, in) {
				s.next(n, m, i, regResult, k.fld, fl, s.via(n, kind))
			}
			continue
		}
		if container && f.from == posRecv && k.fld == keysFld {
			continue // values and entries read out, not the keys
		}
		// A keyed container: a value put under a constant key is held under
		// that key; a constant-key read gets only what was put under it.
		// The key itself is held among its keys.
		key := int32(-1)
		if md.key >= 0 {
			k2, known := s.w.constKey(m, i, in, static, ref, md.key)
			switch {
			case f.to == posRecv && p == declaredArg(static, ref, md.key):
				key = keysFld
			case f.to == posRecv && known:
				key = k2
			case f.from == posRecv && known && isKey(k.fld) && k.fld != k2:
				continue // read under another key
			}
		}
		switch f.to {
		case posRet:
			s.next(n, m, i, regResult, -1, fl, s.via(n, kind))
		case posRecv:
			if !static && len(regs) > 0 && p != 0 {
				x := s.next(n, m, i, int32(regs[0]), key, fl, s.via(n, kind))
				s.aliases(x, m, i, regs[0], fl)
				if md.fluent { // the result is the receiver
					s.next(n, m, i, regResult, key, fl, s.via(n, kind))
				}
			}
		default:
			if q := declaredArg(static, ref, f.to); q < len(regs) && q != p {
				x := s.next(n, m, i, int32(regs[q]), -1, fl, s.via(n, kind))
				s.aliases(x, m, i, regs[q], fl)
			}
		}
	}
}

// elementFlow moves an object holding the value in field k.fld into a
// collection or out of one (element models): the collection holds it as
// its elements' field, and what it gives back (or makes of what it is
// given: singletonList(e), just(e)) is such an element (an event queued by
// one callback, sent by a worker that drains the queue).
// It reports whether the flow was one it handles.
func (s *search) elementFlow(n int32, m *method, i int32, regs []uint32, p int, static bool, f flowEdge, fl wflags) bool {
	k := s.nodes[n].k
	via := s.via(n, vModel)
	switch {
	case f.to == posRecv && p != 0 && !static && len(regs) > 0:
		x := s.next(n, m, i, int32(regs[0]), k.fld, fl, via)
		s.aliases(x, m, i, regs[0], fl)
	case f.to == posRet:
		via.m, via.pc, via.to = m, m.insts[i].PC, regResult
		s.result(n, m, i, k.fld, fl, via)
	default:
		return false
	}
	return true
}

// result pushes the pending result of call i of m as the step via, an
// object whose field fld holds the value (or the value, fld -1). next
// refuses results holding the value in a field (results are values): the
// callers here are the ones that may make one, a collection's element or a
// method returning a collection.
func (s *search) result(n int32, m *method, i int32, fld int32, flags wflags, via wvia) {
	via.tfld = fld
	for _, x := range s.succs(m, i) {
		s.push(wkey{m, x, regResult, fld, flags, 0}, n, via)
	}
}

// printsField reports whether the object register r holds before the
// printing call in prints the field of place k: its class has a toString
// of its own (printsFields) whose code, or a subclass's override,
// returns what that field holds, or may (a bound cut its search).
func (s *search) printsField(m *method, in dalvik.Inst, r uint32, k wkey) bool {
	if !s.w.e.printsFields(m, in, r) {
		return false
	}
	// The object may be of a subclass (one made) whose own toString
	// prints it, unless it was made here.
	cls, ts := m.knownType(in, r), sig{"toString", "()Ljava/lang/String;"}
	var targets []*method
	if m.justMade(in, r) {
		targets = []*method{s.w.e.prog.resolve(cls, ts)}
	} else {
		targets = s.w.liveTargets(s.w.e.virtualTargets(cls, ts))
	}
	for _, t := range targets {
		if t == nil || !t.hasCode() || s.w.e.library(t.cls.name) {
			continue
		}
		sum := s.w.summary(t, 0, k.fld, k.flags, s.streams)
		if sum.reg < 0 || sum.s == nil || sum.s.cut || slices.ContainsFunc(sum.outs, func(o outcome) bool { return o.kind == outRet }) {
			return true
		}
	}
	return false
}

// flowFrom reports whether a model flow's source position covers register
// position p of the call.
func flowFrom(from, p int, static bool, ref dex.MethodRef) bool {
	switch from {
	case posRecv:
		return !static && p == 0
	case posArgs:
		return p >= btoi(!static)
	}
	return declaredArg(static, ref, from) == p
}

// dispatchFlow follows the value into an app method the framework runs
// later for this call (Thread.start runs run()): the object whose method
// runs becomes its this, and arguments flow as the dispatch rule says.
// What the method returns goes back to the framework, not to the caller.
func (s *search) dispatchFlow(n int32, m *method, in dalvik.Inst, p int, a asyncEdge) {
	if a.rule == nil || a.after != nil {
		return // an object's callbacks linked where it is made, or one given a result: no argument flows in
	}
	static := isStatic(in.Op)
	c := s.w.e.calleeOf(m.file, in.Index)
	q := -1
	switch {
	case !a.rule.literalFlow() && s.w.e.dispatchObject(a.rule, c, static, in.ArgRegs()) == p:
		q = 0 // the object whose method runs: its this
	case a.rule.hasArg && flowFrom(a.rule.flow.from, p, static, c.ref):
		q = paramSlot(false, a.t.params, max(a.rule.flow.to, 0))
	}
	if q < 0 {
		return
	}
	k := s.nodes[n].k
	fld, fl := k.fld, k.flags
	if q != 0 && a.rule.flow.from == posArgs {
		// Several arguments gathered into one parameter (AsyncTask's varargs).
		fld, fl = -1, fl&^wString
	}
	sum := s.w.summary(a.t, q, fld, fl, s.streams)
	if sum == nil {
		return
	}
	for oi := range sum.outs {
		o := &sum.outs[oi]
		fl := joinFlags(k.flags, o.flags)
		via := wvia{kind: vDispatch, m: m, pc: int32(in.PC), from: k.reg, ffld: k.fld, to: sum.reg, tfld: fld, sub: sum, out: int32(oi)}
		switch o.kind {
		case outHeap, outMember:
			reg := int32(regHeap)
			if o.kind == outMember {
				reg = regMember
			}
			s.toHeap(n, reg, o.j, o.fld, fl, via)
		case outSink:
			s.outcome(outcome{kind: outSink, flags: fl, fld: -1, site: o.site, node: n, via: via})
		}
	}
}

// thenFlow follows a value a dispatch's target returns into the method
// the framework runs after it on the same object, given that result
// (doInBackground's return, onPostExecute's parameter).
func (s *search) thenFlow(n int32, m *method, in dalvik.Inst) {
	if !s.w.e.thenAfter[m] {
		return
	}
	k := s.nodes[n].k
	for _, cs := range sortedCallers(m) {
		for _, a := range cs.m.async[cs.pc] {
			if a.after != m || len(a.t.params) == 0 || !a.t.hasCode() {
				continue
			}
			a.t.decode(&s.w.e.cfg)
			code := a.t.body()
			if code == nil || code.InsSize < 2 {
				continue
			}
			reg := paramReg(code, 1)
			v := s.via(n, vDispatch)
			v.m, v.pc, v.to, v.tfld, v.callee = m, int32(in.PC), reg, k.fld, a.t
			s.push(wkey{a.t, 0, reg, k.fld, k.flags, 0}, n, v)
		}
	}
}

// intoStore moves the value, a call's argument, into store location loc
// (a store write, a component's or a file's).
func (s *search) intoStore(n int32, m *method, in dalvik.Inst, loc int32) {
	fld := s.nodes[n].k.fld
	if !isKey(fld) {
		fld = -1 // an object's field: the store holds the object
	}
	v := s.via(n, vStore)
	v.m, v.pc, v.to, v.tfld, v.loc = m, int32(in.PC), regHeap, fld, loc
	s.toHeap(n, regHeap, loc, fld, s.nodes[n].k.flags, v)
}
