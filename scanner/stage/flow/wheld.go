package flow

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Objects held through fields. A browser keeps the page's URL in a tab, a
// tab in a client's or a holder's field: when the value lands in an object
// the method read from such a field (this.tab.setUrl(url),
// this$0.state.url = url, holder.getTab().setUrl(url)), the field holds an
// object holding it, one or two fields deep, for the code of its class to
// read later (memberLoads) and hand on as an object; and an object whose
// own field holds it is followed where it hands itself on.

// heldThrough notices an object that now holds the value in field fld
// (register r after instruction i of m, node n) being one the method read
// from a field of an object it was given (this.tab.setUrl(url),
// this.tab.url = url), or from a field of an object it read so
// (this$0.state.url = url in a tab's client): that field holds, as the
// state of objects of its class, an object holding the value, one or two
// fields deep. Where code of the class reads the field later (the
// page-finished callback passing this.tab to a reporter that asks
// tab.getUrl()), it gets that object.
func (s *search) heldThrough(n int32, m *method, i int32, r uint32, fld int32, flags wflags) {
	if n < 0 || fld < 0 {
		return
	}
	at := int(i)
	for hop := 0; hop < 2; hop++ {
		fi, base, j, ok := s.w.fieldRead(m, at, r)
		if !ok || !s.w.declaredFor(fi, fld) {
			return
		}
		if m.baseParam(j, base) >= 0 || s.w.oneObjectField(fi) {
			v := s.via(n, vStore)
			v.m, v.pc, v.to, v.tfld, v.loc = m, m.insts[i].PC, regMember, fld, fi.loc
			s.toHeap(n, regMember, fi.loc, fld, flags, v)
			return
		}
		if s.w.e.heldBase(fld) >= 0 {
			return // two fields deep already
		}
		// The object read holds it through this field.
		fld, at, r = s.w.e.heldLoc(fi.loc, fld), j, base
	}
}

// oneObjectField reports whether fi is a field of a class the app has one
// object of (a singleton tab manager's current tab): whichever way the
// code reached the object, the field is the one global state.
func (w *witnesses) oneObjectField(fi *fieldInfo) bool {
	c := w.e.prog.classes[fi.ref.Class]
	return c != nil && w.e.prog.oneObject(c)
}

// fieldRead finds, before instruction at of m, where register r got its
// object: a field read (iget-object) or a call of an app getter that
// returns a field of its receiver or first argument (tab(), Kotlin's
// getTab(), a synthetic access$getTab). It returns the field, the
// register of the object read and the instruction's index.
func (w *witnesses) fieldRead(m *method, at int, r uint32) (*fieldInfo, uint32, int, bool) {
	in, j, ok := m.lastWrite(at, r)
	switch {
	case !ok:
	case in.Op == dalvik.OpIgetObject:
		return w.e.fieldKey(m, in), in.B, j, true
	case in.Op == dalvik.OpMoveResultObject && j > 0 && m.insts[j-1].flags()&dalvik.IsInvoke != 0:
		call := m.inst(j - 1)
		ts := m.calls[call.PC]
		regs := call.ArgRegs()
		if len(ts) != 1 || len(regs) == 0 {
			break
		}
		if !ts[0].hasCode() || ts[0].oversized {
			break
		}
		ts[0].decode(&w.e.cfg)
		if get, ok := getterOf(ts[0]); ok {
			return w.e.fieldKey(ts[0], get), regs[0], j - 1, true
		}
	}
	return nil, 0, 0, false
}

// getterOf returns the iget-object of a method whose whole body returns a
// field of its first parameter (this, or an accessor's object).
func getterOf(t *method) (dalvik.Inst, bool) {
	get, ok := soleReturn(t)
	if !ok || get.Op != dalvik.OpIgetObject || int32(get.B) != paramReg(t.body(), 0) {
		return dalvik.Inst{}, false
	}
	return get, true
}

// declaredFor reports whether app field fi is declared of the app class
// whose field fld holds the value (Tab tab, for a tab holding the URL):
// what it holds is such an object (a library's, a RecyclerView's state,
// is not followed so). A field of an interface or a supertype
// (an Rx operator's downstream Observer) may hold any implementation.
func (w *witnesses) declaredFor(fi *fieldInfo, fld int32) bool {
	e := w.e
	owner := e.locOwner(fld)
	return fi.ok && fld >= 0 && !e.prog.framework(fi.ref.Class) && !e.library(fi.ref.Class) && !e.library(owner) &&
		e.prog.extends(fi.ref.Type, owner)
}

// handedOn follows an object whose own field holds the value (member
// node n, of class owner) where its code hands itself to an app method of
// another class (a tab that is its own WebViewClient, keeping the URL in
// onPageStarted and passing itself to the controller in onPageFinished):
// there the object holds the value in that field, for the callee to read
// through the object's getters. Flags as memberLoads gives its reads.
func (s *search) handedOn(n int32, owner string, fl wflags, plain bool) {
	k := s.nodes[n].k
	w := s.w
	if w.e.library(owner) || w.e.prog.framework(owner) {
		return
	}
	if k.fld != -1 {
		return // an object in the field holds it: followed where the field is read
	}
	fld := k.i
	for _, h := range w.thisHandoffs(owner) {
		f := fl
		if plain && !w.automatic(h.m) {
			f |= wFar
		}
		via := wvia{kind: vLoad, m: h.m, pc: h.m.insts[h.i].PC, from: regMember, ffld: k.fld, to: h.reg, tfld: fld, loc: k.i}
		s.push(wkey{h.m, h.i, h.reg, fld, f, 0}, n, via)
	}
}

// thisHandoffs lists the calls in methods of owner and its subclasses that
// pass this (as an argument, not the receiver, declared of owner's class)
// to an app method of another class family, in method order. The calls
// passing this are listed once, for every owner.
func (w *witnesses) thisHandoffs(owner string) []loadSite {
	if hs, ok := w.handoffs[owner]; ok {
		return hs
	}
	if w.handoffs == nil {
		w.handoffs = map[string][]loadSite{}
		for _, m := range w.reachedMethods() {
			if !m.static() {
				w.indexHandoffs(m)
			}
		}
	}
	var out []loadSite
	for _, h := range w.passThis {
		if p := w.e.prog; p.extends(h.site.m.cls.name, owner) && p.extends(h.typ, owner) && !p.sameFamily(h.callee, owner) {
			out = append(out, h.site)
		}
	}
	w.handoffs[owner] = out
	return out
}

// handoff is a call passing this: where, declared of which type, to a
// method of which class.
type handoff struct {
	site   loadSite
	typ    string
	callee string
}

// indexHandoffs records the calls of m that pass this as an argument to
// an app method.
func (w *witnesses) indexHandoffs(m *method) {
	for i := range m.insts {
		x := &m.insts[i]
		if x.Format == dalvik.FormatPayload || x.flags()&dalvik.IsInvoke == 0 {
			continue
		}
		in := m.inst(i)
		ts := m.calls[in.PC]
		if len(ts) == 0 || ts[0].name == "<init>" {
			continue
		}
		for p, r := range in.ArgRegs() {
			if (p > 0 || isStatic(in.Op)) && m.baseParam(i, r) == 0 {
				h := handoff{loadSite{m, int32(i), int32(r), -1, false}, ts[0].slotType(p), ts[0].cls.name}
				w.passThis = append(w.passThis, h)
				break
			}
		}
	}
}
