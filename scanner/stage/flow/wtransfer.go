package flow

import (
	"strings"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// transfer applies instruction in (at node n's place) to the searched
// value: it pushes the places the value moves to and reports whether the
// value also stays in its register past the instruction.
func (s *search) transfer(n int32, m *method, in dalvik.Inst) bool {
	k := s.nodes[n].k
	i := k.i
	op := in.Op
	switch k.reg {
	case regResult:
		if op >= dalvik.OpMoveResult && op <= dalvik.OpMoveResultObject {
			s.next(n, m, i, int32(in.A), k.fld, k.flags, s.via(n, vResult))
		}
		return false
	case regThrown:
		if op == dalvik.OpMoveException {
			s.next(n, m, i, int32(in.A), k.fld, k.flags&^wString, s.via(n, vCatch))
		}
		return false
	}
	r := uint32(k.reg)
	a, b, c := in.A, in.B, in.C
	obj := k.fld >= 0 // the register holds an object whose field holds the value
	switch {
	case op >= dalvik.OpMove && op <= dalvik.OpMoveObject16:
		if b == r && a != r {
			s.next(n, m, i, int32(a), k.fld, k.flags, s.via(n, vMove))
		}
	case op >= dalvik.OpReturn && op <= dalvik.OpReturnObject:
		s.keptAt(n, m)
		if a == r {
			s.returned(n, m, in)
		}
		return false
	case op == dalvik.OpReturnVoid:
		s.keptAt(n, m)
		s.savedAt(n, m, in)
		return false
	case op == dalvik.OpThrow:
		if a == r {
			v := s.via(n, vThrow)
			v.m, v.pc, v.to, v.tfld = m, int32(in.PC), regThrown, k.fld
			if !s.caught(n, m, i, k.fld, k.flags, v) && !s.root && m == s.start {
				// Out of the method, to the handlers around the call that
				// ran it (callThrough), which may throw it on.
				s.outcome(outcome{kind: outThrow, flags: k.flags, fld: k.fld, node: n, via: v})
			}
		}
		return false
	case op == dalvik.OpCheckCast:
		if a == r && !obj {
			return s.cast(n, m, i, in)
		}
	case op >= dalvik.OpAget && op <= dalvik.OpAgetShort:
		if b == r && !obj {
			s.next(n, m, i, int32(a), -1, k.flags&^wString, s.via(n, vLoad))
		} else if c == r && !obj && (op == dalvik.OpAgetChar || op == dalvik.OpAgetByte) && s.w.e.table(m, b) {
			s.arith(n, m, i, a, true) // a table lookup: encoded (engine.lookup)
		}
	case op >= dalvik.OpAput && op <= dalvik.OpAputShort:
		if a == r && b != r { // an object holding the value, put in an array: the array holds it
			x := s.next(n, m, i, int32(b), -1, k.flags&^wString, s.via(n, vStore))
			s.aliases(x, m, i, b, k.flags&^wString)
		}
	case op >= dalvik.OpIget && op <= dalvik.OpIgetShort, op >= dalvik.OpSget && op <= dalvik.OpSgetShort:
		if st, ok := m.storedBefore(int(i), op >= dalvik.OpSget); ok && st == r && !obj {
			// Read back just after the code stored it (storedBefore).
			s.next(n, m, i, int32(a), -1, k.flags, s.via(n, vMove))
		}
		if b == r && op < dalvik.OpSget {
			s.load(n, m, i, in)
		}
	case op >= dalvik.OpIput && op <= dalvik.OpIputShort, op >= dalvik.OpSput && op <= dalvik.OpSputShort:
		if a == r {
			s.store(n, m, i, in)
			return true
		}
		if obj && b == r && op <= dalvik.OpIputShort {
			// Another value overwrites the field holding this one.
			fi := s.w.e.fieldKey(m, in)
			return !fi.ok || fi.loc != k.fld && fi.loc != s.w.e.heldBase(k.fld)
		}
		return true
	case op == dalvik.OpFilledNewArray || op == dalvik.OpFilledNewArrayRange:
		for _, x := range in.ArgRegs() {
			if x == r {
				s.next(n, m, i, regResult, -1, k.flags&^wString, s.via(n, vStore))
				break
			}
		}
		return true
	case in.Flags()&dalvik.IsInvoke != 0:
		s.invoke(n, m, i, in)
		return !s.cleared(n, m, i, in) && !s.overwritten(n, m, i, in)
	case obj:
		// Arithmetic does not apply to an object.
	case op >= dalvik.OpNegInt && op <= dalvik.OpIntToShort:
		if b == r {
			s.next(n, m, i, int32(a), -1, k.flags&^wString, s.via(n, vArith))
		}
	case op >= dalvik.OpAddInt && op <= dalvik.OpRemDouble:
		if b == r || c == r {
			s.arith(n, m, i, a, op == dalvik.OpXorInt || op == dalvik.OpXorLong)
		}
	case op >= dalvik.OpAddInt2addr && op <= dalvik.OpRemDouble2addr:
		if a == r || b == r {
			s.arith(n, m, i, a, op == dalvik.OpXorInt2addr || op == dalvik.OpXorLong2addr)
			return false // a holds the result: pushed by arith
		}
	case op >= dalvik.OpAddIntLit16 && op <= dalvik.OpUshrIntLit8:
		if b == r {
			xor := op == dalvik.OpXorIntLit16 || op == dalvik.OpXorIntLit8
			s.arith(n, m, i, a, xor && in.Literal != 1)
		}
	}
	lo, cnt := written(in)
	return cnt == 0 || r < lo || r >= lo+uint32(cnt)
}

// arith moves the value into the destination of an arithmetic
// instruction. A XOR (other than with 1, a boolean negation) is how byte
// arrays are "encrypted" with a key: it marks the value encoded.
func (s *search) arith(n int32, m *method, i int32, dest uint32, xor bool) {
	fl, kind := s.nodes[n].k.flags&^wString, uint8(vArith)
	if xor {
		fl, kind = fl|wEncode, vEncode
	}
	s.next(n, m, i, int32(dest), -1, fl, s.via(n, kind))
}

// load handles an iget from the object the value is in (or is held by).
func (s *search) load(n int32, m *method, i int32, in dalvik.Inst) {
	k := s.nodes[n].k
	fi := s.w.e.fieldKey(m, in)
	switch {
	case !fi.ok, s.w.e.r.sanitizers[fi.ref.Class+"->"+fi.ref.Name]:
		// A framework field holding no data (Account.type).
	case k.fld == -1 && (k.flags&wWhole != 0 || s.w.e.prog.framework(fi.ref.Class)):
		// A wholly tainted object: a framework object's public field
		// (PointF.x of a tainted PointF), or an app object a deserialiser
		// made from tainted data (ObjectInputStream.readObject).
		v := s.via(n, vLoad)
		v.loc = fi.loc
		s.next(n, m, i, int32(in.A), -1, stringIf(k.flags&^wWhole, fi.ref.Type), v)
	case k.fld >= 0 && k.fld == fi.loc:
		v := s.via(n, vLoad)
		v.loc = fi.loc
		s.next(n, m, i, int32(in.A), -1, k.flags, v)
	case k.fld >= 0 && s.w.e.heldBase(k.fld) == fi.loc:
		// The object read back holds the value in a field of its own
		// (user.pwd, a Password whose password is the value).
		v := s.via(n, vLoad)
		v.loc = fi.loc
		s.next(n, m, i, int32(in.A), s.w.e.heldInner(k.fld), k.flags, v)
	}
}

// store handles iput and sput of the value (and, from aliases, the
// iget-object or sget-object of a library object the value was put into,
// which is a store into that field). Into an instance field, the
// object now holds the value in that field (followed as an object), and
// the field holds it as the state of objects of its class (regMember);
// into a static field, it is global (regHeap).
func (s *search) store(n int32, m *method, i int32, in dalvik.Inst) {
	fi := s.w.e.fieldKey(m, in)
	if !fi.ok {
		return
	}
	k := s.nodes[n].k
	static := in.Op >= dalvik.OpSget // sget, sput, or an sget-object read by aliases
	if !static && s.w.e.prog.framework(fi.ref.Class) {
		// A framework object's field (Message.obj): the object holds the
		// value, as load reads it back.
		if in.B != uint32(k.reg) {
			s.next(n, m, i, int32(in.B), -1, k.flags&^wString, s.via(n, vStore))
		}
		return
	}
	v := s.via(n, vStore)
	v.m, v.pc, v.loc = m, int32(in.PC), fi.loc
	if static {
		s.fieldState(n, fi, true, v)
		return
	}
	if in.B != uint32(k.reg) {
		// The value, or an object holding it in a field, stored in
		// another object's field: that object now holds it in this field,
		// or holds an object holding it. An object a constructor makes
		// and keeps in its own (this.pwd = new Password(p)), or one put
		// in a field declared of its class (tab.state = new
		// PageState(url)), holds it on a path of two fields (heldLoc);
		// elsewhere the path keeps the one field (an object kept in an
		// activity's Object field says too little of what it is).
		fld := fi.loc
		if k.fld >= 0 && (m.name == "<init>" && m.baseParam(int(i), in.B) == 0 && m.madeHere(int(i), uint32(k.reg)) ||
			s.w.declaredFor(fi, k.fld)) {
			fld = s.w.e.heldLoc(fi.loc, k.fld)
		}
		parent := s.next(n, m, i, int32(in.B), fld, k.flags, v)
		s.heldThrough(parent, m, i, in.B, fld, k.flags)
		// The registers the object was copied from hold it too.
		r := in.B
		for hops := 0; hops < 4 && parent >= 0; hops++ {
			x, at, ok := m.copiedFrom(int(i), r)
			if !ok || x == uint32(k.reg) {
				break
			}
			parent = s.next(parent, m, i, int32(x), fld, k.flags, wvia{kind: vAlias, pc: at, from: int32(r), ffld: fld})
			r = x
		}
	}
	// A collection kept in the field and filled with objects holding the
	// value (an event queue) is the field's state too, with the value in
	// its elements' field; other objects are followed only as objects.
	filled := in.Op >= dalvik.OpIget && in.Op <= dalvik.OpIgetShort
	if k.fld < 0 || filled {
		s.fieldState(n, fi, false, v)
	}
}

// fieldState moves the value stored into field fi (v the store's step)
// to the field's state: global for a static field; for an instance
// field, the state of objects of its class (regMember), and global too
// where the class has one object.
func (s *search) fieldState(n int32, fi *fieldInfo, static bool, v wvia) {
	k := s.nodes[n].k
	if static {
		v.to, v.tfld = regHeap, k.fld
		s.toHeap(n, regHeap, fi.loc, k.fld, k.flags, v)
		return
	}
	fld := max(k.fld, -1)
	v.to, v.tfld = regMember, fld
	s.toHeap(n, regMember, fi.loc, fld, k.flags, v)
	if c := s.w.e.prog.classes[s.w.e.locOwner(fi.loc)]; c != nil && s.w.e.prog.oneObject(c) {
		v.to = regHeap
		s.toHeap(n, regHeap, fi.loc, fld, k.flags, v)
	}
}

// toHeap moves the value into a heap place (regHeap or regMember, field
// loc, holding an object whose field fld holds it) by the step via.
func (s *search) toHeap(n int32, reg, loc, fld int32, flags wflags, via wvia) {
	if !s.root {
		kind := uint8(outHeap)
		if reg == regMember {
			kind = outMember
		}
		s.outcome(outcome{kind: kind, flags: flags, j: loc, fld: fld, node: n, via: via})
		return
	}
	s.push(wkey{nil, loc, reg, fld, flags &^ wMember, 0}, n, via)
}

// returned handles a return of the value: a summary's outcome, or at the
// root (the value's own method, or one it climbed to) a move to every
// caller's pending result.
func (s *search) returned(n int32, m *method, in dalvik.Inst) {
	k := s.nodes[n].k
	if s.w.e.returnSink(m) != nil && s.w.sinkFeasible(m, in.PC) {
		// The framework sends what this method returns.
		v := s.via(n, vSink)
		v.m, v.pc, v.to = m, int32(in.PC), regNone
		s.outcome(outcome{kind: outSink, flags: k.flags, fld: -1, site: callSite{m, in.PC}, node: n, via: v})
	}
	s.thenFlow(n, m, in)
	v := s.via(n, vReturn)
	v.m, v.pc, v.to, v.tfld = m, int32(in.PC), regResult, k.fld
	if !s.root {
		if m == s.start {
			s.outcome(outcome{kind: outRet, flags: k.flags, fld: k.fld, node: n, via: v})
		}
		return
	}
	one := !m.static() && s.w.e.prog.oneObject(m.cls)
	if k.fld >= 0 && !s.w.e.ownReturn(m) && !one {
		// An app object holding the value, returned to any caller: too
		// vague, unless m made it (each caller gets its own), it is the
		// caller's own receiver, or m's object is the app's one of its
		// class (a singleton tab manager's current tab: every caller
		// gets the same).
		return
	}
	flags := k.flags
	if one {
		flags &^= wMember // the one object's state, whoever asks
	}
	if s.w.e.r.observables[m.retType] {
		// An observable holder the object keeps (a view model's LiveData),
		// returned by its accessor: what observers of it get does not
		// depend on who asked for it.
		flags &^= wMember
	}
	for _, cs := range s.w.directCallers(m) {
		ci := cs.m.instAt(cs.pc)
		if ci < 0 || !s.sameObjectCall(flags, cs, m) {
			continue
		}
		want, ok := s.climb(k, cs, m)
		if !ok {
			continue
		}
		for _, t := range s.succs(cs.m, int32(ci)) {
			s.push(wkey{cs.m, t, regResult, max(k.fld, -1), flags, want}, n, v)
		}
	}
	if k.fld < 0 {
		// A call running m as a callback gives back what it returns (a
		// future's value, withContext's, a lazy's): asyncReturns.
		for _, cs := range s.w.asyncCallers(m) {
			ci := cs.m.instAt(cs.pc)
			if ci < 0 {
				continue
			}
			if ref, err := cs.m.file.MethodRef(cs.m.inst(ci).Index); err != nil || truthOrVoid(ref) {
				continue
			}
			for _, t := range s.succs(cs.m, int32(ci)) {
				s.push(wkey{cs.m, t, regResult, -1, flags, 0}, n, v)
			}
		}
	}
}

// ownReturn reports whether what m returns is an object each caller has
// to itself: one m made, m's receiver, or a collection.
func (e *engine) ownReturn(m *method) bool {
	return e.containerReturn(m) || e.allocatedReturn(m) != "" || e.returnsReceiver(m)
}

// returnsReceiver reports whether every return of m gives back its
// receiver (a builder's setter: return this). The answers are kept.
func (e *engine) returnsReceiver(m *method) bool {
	if v, ok := e.recvReturns[m]; ok {
		return v
	}
	if e.recvReturns == nil {
		e.recvReturns = map[*method]bool{}
	}
	v := e.receiverReturned(m)
	e.recvReturns[m] = v
	return v
}

func (e *engine) receiverReturned(m *method) bool {
	if m.static() || !m.hasCode() {
		return false
	}
	m.decode(&e.cfg)
	code := m.body()
	if code == nil {
		return false
	}
	this := uint32(paramReg(code, 0))
	if m.stableParam(int32(this)) != 0 {
		return false // this is reassigned
	}
	found := false
	for i := range m.insts {
		if m.insts[i].Op != dalvik.OpReturnObject {
			continue
		}
		if m.inst(i).A != this {
			return false
		}
		found = true
	}
	return found
}

// containerReturn reports whether m returns a collection or a stream
// (java.util's collections and iterators, a class an element model
// names): one whose elements' field holds the value is followed out of
// m, as an element model's result is. Any other object holding the value
// in a field is not (an accessor's holder, returned to every caller, says
// too little of which object it is), nor is a map.
func (e *engine) containerReturn(m *method) bool {
	t := m.retType
	if strings.HasPrefix(t, "Ljava/util/Map") || strings.Contains(t, "Map;") {
		return false
	}
	return strings.HasPrefix(t, "Ljava/util/") || e.r.elementTypes[t]
}

// wantC is a constraint a value carries while it climbs out of methods:
// the method it is in ran a virtual callee only if its parameter slot
// held an object of class cls.
type wantC struct {
	slot int
	cls  string
}

// climb decides whether a value leaving m may go on in the caller at cs,
// and under what constraint. A virtual call runs m only on an object of
// m's class: not when the receiver is known to be of an unrelated class;
// when the receiver is a parameter of the caller, only if the caller's
// own callers pass such an object (the constraint it climbs with). The
// constraint the value already carries is checked on cs's arguments the
// same way.
func (s *search) climb(k wkey, cs callSite, m *method) (int32, bool) {
	ci := cs.m.instAt(cs.pc)
	in := cs.m.inst(ci)
	regs := in.ArgRegs()
	var want int32
	check := func(slot int, cls string) bool {
		if slot >= len(regs) {
			return true
		}
		if !s.w.compatible(cs.m, in, regs[slot], cls) {
			return false
		}
		if j := cs.m.baseParam(ci, regs[slot]); j >= 0 && want == 0 {
			want = s.w.want(j, cls)
		}
		return true
	}
	if k.want != 0 {
		c := s.w.wants[k.want-1]
		if !check(c.slot, c.cls) {
			return 0, false
		}
	}
	if invokeKind(in.Op) == 2 && !m.static() && !check(0, m.cls.name) {
		return 0, false
	}
	return want, true
}

// compatible reports whether register reg before in may hold an object of
// class cls: its known class is cls's subclass or superclass, or unknown.
func (w *witnesses) compatible(m *method, in dalvik.Inst, reg uint32, cls string) bool {
	t := m.knownType(in, reg)
	if t == "" || w.e.prog.framework(t) {
		return true
	}
	return w.e.prog.extends(t, cls) || w.e.prog.extends(cls, t)
}

// want returns the 1-based index of a constraint, adding it on first use.
func (w *witnesses) want(slot int, cls string) int32 {
	c := wantC{slot, cls}
	if i, ok := w.wantIdx[c]; ok {
		return i
	}
	w.wants = append(w.wants, c)
	i := int32(len(w.wants))
	w.wantIdx[c] = i
	return i
}

// sameObjectCall: a value read from an object's own state (wMember)
// returns only to code of the same class family (sameFamily), which is
// where the object's methods, accessors and inner classes call each other,
// or, for browsing data in a class whose objects the app makes at one
// place (a browser's tab), to any caller: every such object is made for
// the one purpose, so its state is the page, whichever tab it is
// (oneSite).
func (s *search) sameObjectCall(flags wflags, cs callSite, m *method) bool {
	return flags&wMember == 0 || s.w.e.prog.sameFamily(cs.m.cls.name, m.cls.name) || s.direct && s.w.oneSite(m.cls)
}

// sameFamily reports whether two classes are one class's code: the same
// outermost class (inner and anonymous classes, synthetic accessors) or a
// subclass of the other.
func (p *program) sameFamily(a, b string) bool {
	return outerClass(a) == outerClass(b) || p.extends(a, b) || p.extends(b, a)
}

// outerClass returns "Lpkg/Outer" for "Lpkg/Outer$Inner;" and "Lpkg/Outer;".
func outerClass(cls string) string {
	cls = strings.TrimSuffix(cls, ";")
	if i := strings.IndexByte(cls, '$'); i > 0 {
		return cls[:i]
	}
	return cls
}

// paramOut notices the value landing in a parameter register the method
// never reassigns: the object the caller passed now holds it (a callee
// appending to a StringBuilder it was given). In a summary that is an
// outcome; at the root it moves to every caller's argument register.
func (s *search) paramOut(n int32, m *method, reg, fld int32, flags wflags) {
	slot := m.stableParam(reg)
	if slot < 0 {
		return
	}
	if !s.root {
		if m == s.start {
			s.outcome(outcome{kind: outParam, flags: flags, j: int32(slot), fld: fld, node: n})
		}
		return
	}
	for _, cs := range s.w.directCallers(m) {
		ci := cs.m.instAt(cs.pc)
		if ci < 0 || !s.sameObjectCall(flags, cs, m) {
			continue
		}
		want, ok := s.climb(s.nodes[n].k, cs, m)
		if !ok {
			continue
		}
		regs := cs.m.inst(ci).ArgRegs()
		if slot >= len(regs) {
			continue
		}
		out := wvia{kind: vParamOut, m: cs.m, pc: int32(cs.pc), from: reg, ffld: fld, to: int32(regs[slot]), tfld: fld, callee: m}
		for _, t := range s.succs(cs.m, int32(ci)) {
			s.push(wkey{cs.m, t, int32(regs[slot]), fld, flags, want}, n, out)
		}
	}
}

// ownerBase reports whether register r holds, before instruction i, an
// object of class family owner that a field of a parameter refers to
// (iget v1, p0, Main$1->this$0 in an anonymous listener; a listener's
// field holding its activity): the object whose own state the method
// reads, reached through the object it was given.
func (m *method) ownerBase(i int, r uint32, owner string, p *program) bool {
	in, _, ok := m.lastWrite(i, r)
	if !ok || in.Op != dalvik.OpIgetObject || m.baseParam(i, in.B) < 0 {
		return false
	}
	fr, err := m.file.FieldRef(in.Index)
	return err == nil && p.sameFamily(fr.Type, owner)
}

// aliases moves the value on to the objects register r is part of: an
// array row read from a larger array, or the receiver a fluent call
// returned (sb.append(x) returns sb), as the code shows before i. n is
// the node of the step that put the value in r.
func (s *search) aliases(n int32, m *method, i int32, r uint32, flags wflags) {
	for hops := 0; hops < 4 && n >= 0; hops++ {
		whole, at, ok := s.w.aliasOf(m, i, r)
		if !ok || whole == r {
			if get, ok := m.fieldHolding(int(i), r); ok && hops == 0 && s.w.e.fillable(m, get) {
				// A library object kept in a field, filled by a call:
				// the field holds the value (fillField).
				s.store(n, m, i, get)
			} else if g, get, ok := s.w.e.gotFrom(m, int(i), r); ok && hops == 0 && s.w.e.fillable(g, get) {
				// Or got from the field's getter.
				v := s.via(n, vStore)
				fi := s.w.e.fieldKey(g, get)
				v.m, v.pc, v.loc = m, int32(m.insts[i].PC), fi.loc
				s.fieldState(n, fi, get.Op == dalvik.OpSgetObject, v)
			}
			return
		}
		fld := max(s.nodes[n].k.fld, -1) // elements' field; a key stays with the call's receiver
		if x := m.inst(m.instAt(int(at))); x.Op >= dalvik.OpMoveObject && x.Op <= dalvik.OpMoveObject16 {
			fld = s.nodes[n].k.fld // a copy of the register: the same object, the key too
		}
		n = s.next(n, m, i, int32(whole), fld, flags, wvia{kind: vAlias, pc: at, from: int32(r), ffld: fld})
		r = whole
	}
}

// madeHere reports whether register r holds, before instruction i, an
// object made by a new-instance in the same straight run of m (moves
// followed).
func (m *method) madeHere(i int, r uint32) bool {
	w, _, ok := m.definition(i, r, 3)
	return ok && w.Op == dalvik.OpNewInstance
}
