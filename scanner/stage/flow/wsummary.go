package flow

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// witnesses holds what every witness search of one analysis shares: the
// callee summaries, the heap's load sites, and the work done.
type witnesses struct {
	e          *engine
	sums       map[sumKey]*summary
	streamSums map[sumKey]*summary // the origin searches' summaries
	nest       int
	work       int
	rootWork   int // the work of the current root search, its summaries included
	maxWork    int // maxWitnessWork, or Options.witnessWork
	maxRoot    int // maxRootWork, or Options.rootWork
	cut        bool
	// loads lists, per heap location, where it is read (built on first use).
	loads map[int32][]loadSite
	// stores counts, per heap location, the stores outside constructors.
	plainStores map[int32]bool
	indexed     bool
	callers     map[*method][]callSite
	feasible    map[callSite]bool // sinkFeasible's answers
	keys        []string          // container keys of keyed facts (constKey)
	wants       []wantC           // climbing constraints (wtransfer.go climb)
	wantIdx     map[wantC]int32
	keyIdx      map[string]int32
	// origins and streams are the stream origins and, per stream write,
	// the origins its receiver may hold (origin.go); reached the
	// analysed methods in method order.
	origins  []originSite
	streams  map[callSite][]int
	reached  []*method
	auto     map[*method]bool         // automatic's answers (wuser.go)
	hostsAt  map[hostsKey][]string    // sinkHosts' answers (address.go)
	servers  map[*serverRule][]string // serverHosts' answers (servers.go)
	handoffs map[string][]loadSite    // thisHandoffs' answers (wheld.go)
	// fieldFiles: by store id, the file each field of a handle type holds
	// (storefiles.go).
	fieldFiles  map[string]map[int32]string
	passThis    []handoff             // calls passing this, in method order (wheld.go)
	sites       map[string]int        // new-instance sites of each class and the classes extending it (wuser.go)
	declaredAnc map[string]bool       // the ancestors of the classes the manifest declares (wlive.go)
	live        map[string]bool       // classes made where code may run, and their ancestors (wlive.go)
	siteList    map[string][]callSite // new-instance sites per type in reached code (wlive.go)
	liveSet     map[*method]bool      // liveMethod's answers (wlive.go)
	statics     map[string]staticVal  // what reached code stores in static fields (staticconst.go)
	reflected   map[string]bool       // field names code setting fields by reflection names (staticconst.go)
	// selfReach is, per method, the blocks its own constants let run (prune.go).
	selfReach map[*method][]bool
}

type sumKey struct {
	t     *method
	slot  int
	fld   int32
	whole bool // the parameter is an object a deserialiser made (wWhole)
	str   bool // the value is a String (wString)
}

// summary says where the value of one parameter of one method goes: the
// outcomes of a search started at the parameter, kept with the search
// so that witnesses can be expanded through it.
type summary struct {
	t    *method
	slot int
	fld  int32 // -1, or the field of the parameter's object that holds the value
	reg  int32 // the parameter's register in t
	s    *search
	outs []outcome
	// overwrites: every way out of t's code (a return) has written
	// something else into the field fld of the parameter's object: the
	// caller's object no longer holds the value (profile.anonymize()).
	overwrites bool
}

// loadSite is an instruction that reads a heap location into a register
// (iget, sget) or a call that returns what a store holds (reg regResult).
type loadSite struct {
	m    *method
	i    int32
	reg  int32
	base int32 // the object register of an iget, else -1
	// kept: the store of an object into the field, whose register the
	// code goes on using (keptLoad): what is put into the object later
	// is in it, whenever that runs.
	kept bool
}

func newWitnesses(e *engine) *witnesses {
	maxWork, maxRoot := maxWitnessWork, maxRootWork
	if e.opts.witnessWork > 0 {
		maxWork = e.opts.witnessWork
	}
	if e.opts.rootWork > 0 {
		maxRoot = e.opts.rootWork
	}
	return &witnesses{e: e, maxWork: maxWork, maxRoot: maxRoot, sums: map[sumKey]*summary{}, streamSums: map[sumKey]*summary{}, callers: map[*method][]callSite{}, feasible: map[callSite]bool{}, keys: []string{mapKeys}, keyIdx: map[string]int32{mapKeys: 0}, wantIdx: map[wantC]int32{}}
}

// summary returns the summary of parameter slot of t for a value the
// caller's flags fl describe, computing it on first use. A summary asked
// for while it is being computed (recursion) answers with the outcomes
// found so far.
func (w *witnesses) summary(t *method, slot int, fld int32, fl wflags, streams bool) *summary {
	key, cache := w.sumKey(t, slot, fld, fl, streams)
	if sum, ok := cache[key]; ok {
		return sum
	}
	whole, str := key.whole, key.str
	sum := &summary{t: t, slot: slot, fld: fld, reg: -1}
	cache[key] = sum
	if !t.hasCode() || t.oversized || w.nest >= maxSummaryNest {
		return sum
	}
	t.decode(&w.e.cfg)
	code := t.body()
	if code == nil || len(t.blocks) == 0 || slot >= int(code.InsSize) {
		return sum
	}
	sum.reg = paramReg(code, slot)
	s := w.newSearch(false, t)
	s.streams = streams
	sum.s = s
	start := wInc
	if whole {
		start |= wWhole
	}
	if str {
		start |= wString
	}
	s.push(wkey{t, 0, sum.reg, fld, start, 0}, -1, wvia{})
	if fld >= 0 && t.stableParam(sum.reg) == slot {
		s.keepReg, s.keepFld = sum.reg, fld
	}
	w.nest++
	for s.head < len(s.nodes) {
		n := int32(s.head)
		s.head++
		s.visit(n)
		sum.outs = s.outs // visible to recursive askers as it grows
	}
	w.nest--
	sum.outs = s.outs
	sum.overwrites = s.keepFld >= 0 && !s.kept && !s.cut
	return sum
}

// sumKey returns a summary's key and the cache holding it.
func (w *witnesses) sumKey(t *method, slot int, fld int32, fl wflags, streams bool) (sumKey, map[sumKey]*summary) {
	str := fl&wString != 0 || fld < 0 && t.slotType(slot) == typeString
	cache := w.sums
	if streams {
		cache = w.streamSums // origin searches keep their own: see origin.go
	}
	return sumKey{t, slot, fld, fl&wWhole != 0, str}, cache
}

// madeSummary returns the summary summary would return if it was already
// made, else nil.
func (w *witnesses) madeSummary(t *method, slot int, fld int32, fl wflags, streams bool) *summary {
	key, cache := w.sumKey(t, slot, fld, fl, streams)
	return cache[key]
}

// directCallers returns the call sites whose invoke may run m directly (not
// through a dispatch), in code order: live ones (wlive.go) that m's
// class-hierarchy narrowing keeps.
func (w *witnesses) directCallers(m *method) []callSite {
	if cs, ok := w.callers[m]; ok {
		return cs
	}
	var out []callSite
	for _, cs := range sortedCallers(m) {
		if containsMethod(w.liveTargets(cs.m.calls[cs.pc]), m) && w.liveMethod(cs.m) && w.feasibleHere(cs.m, cs.pc) {
			out = append(out, cs)
		}
	}
	w.callers[m] = out
	return out
}

// asyncCallers lists the calls that run m as a callback by a dispatch
// rule (withContext running a block, a pool a Callable), in caller order.
func (w *witnesses) asyncCallers(m *method) []callSite {
	var out []callSite
	for _, cs := range sortedCallers(m) {
		for _, a := range cs.m.async[cs.pc] {
			if a.t == m && a.rule != nil && a.after == nil {
				out = append(out, cs)
				break
			}
		}
	}
	return out
}

// heapLoads moves a value stored in a static field, a singleton's field or
// a store to every place that reads it. It was written at another time:
// browsing data read back there may not be what the user sees now (marked
// heap).
func (s *search) heapLoads(n int32) {
	k := s.nodes[n].k
	w := s.w
	w.indexHeap()
	for _, ld := range w.loads[k.i] {
		// A singleton's field holds values, or a collection whose elements'
		// field holds it (see store): read back as they were put.
		via := wvia{kind: vLoad, from: regHeap, ffld: k.fld, loc: k.i}
		if ld.i < 0 {
			// A parameter the framework fills in (saved state): the value
			// is there when the method starts.
			via.m, via.pc, via.to, via.tfld = ld.m, -1, ld.reg, k.fld
			s.push(wkey{ld.m, 0, ld.reg, k.fld, s.heapFlags(k.flags, k.i) &^ wString, 0}, n, via)
			continue
		}
		fl := s.heapFlags(k.flags, k.i)
		if ld.m.insts[ld.i].flags()&dalvik.IsInvoke != 0 {
			fl &^= wString // a store's read: a value it makes
		}
		s.next(n, ld.m, ld.i, ld.reg, k.fld, fl, via)
	}
}

// heapFlags marks a value read back from a static field, a singleton's
// field or a store at loc: heap, and far unless this is its first trip
// through the heap and loc is a field of an app class (a queue kept by the
// app's own collector) or what the app hands one of its own components
// (an explicit intent's extras, a fragment's arguments: read there as it
// starts).
func (s *search) heapFlags(fl wflags, loc int32) wflags {
	if fl&wHeap != 0 || !s.w.e.appField(loc) && !s.w.e.componentStore(loc) {
		return fl | wHeap | wFar
	}
	return fl | wHeap
}

// memberLoads moves a value stored in an instance field to the reads of
// that field, through an object the method was given (this, or an
// accessor's parameter) in code of the field's class family (an
// activity's state read in another callback), or through a field of such
// an object that refers to one of the family (a listener's this$0 or its
// activity): the framework calls them on
// the same object, which no data flow shows. The value is marked member,
// so it climbs back only into the same family (see sameObjectCall),
// and heap unless every write of the field is in a constructor: a value
// captured when an object is made (an anonymous class's val$x, a
// lambda's f$0) is the one its methods use.
func (s *search) memberLoads(n int32) {
	k := s.nodes[n].k
	w := s.w
	w.indexHeap()
	fl := k.flags | wMember
	plain := w.plainStores[k.i]
	if plain {
		fl |= wHeap
	}
	owner := w.e.locOwner(k.i)
	for _, ld := range w.loads[k.i] {
		switch {
		case ld.base < 0 && !ld.kept:
			continue
		case ld.base < 0:
			// An object the loading method made and handed to the
			// constructor that keeps it in this field (keptLoad).
		case !(ld.m.baseParam(int(ld.i), uint32(ld.base)) >= 0 && w.e.prog.sameFamily(ld.m.cls.name, owner)) &&
			!ld.m.ownerBase(int(ld.i), uint32(ld.base), owner, w.e.prog):
			continue
		}
		if w.notYetStored(s.nodes[n].via.m, ld) {
			continue
		}
		f := fl
		if plain && !w.automatic(ld.m) {
			// An object's own state, written by one callback and read
			// where only the user's act leads (a tab's URL read when the
			// user shares or translates the page): far (wuser.go).
			f |= wFar
		}
		via := wvia{kind: vLoad, from: regMember, ffld: k.fld, loc: k.i}
		s.next(n, ld.m, ld.i, ld.reg, k.fld, f, via)
	}
	s.handedOn(n, owner, fl, plain)
}

// indexHeap lists the loads of every heap location in reached methods, in
// method order, and which locations some method other than a constructor
// of the declaring class writes.
func (w *witnesses) indexHeap() {
	if w.indexed {
		return
	}
	w.indexed = true
	w.loads, w.plainStores = map[int32][]loadSite{}, map[int32]bool{}
	for _, m := range w.reachedMethods() {
		w.indexMethod(m)
	}
}

func (w *witnesses) indexMethod(m *method) {
	e := w.e
	if si := e.savedState(m); si != nil && si.restore {
		// The Bundle parameter of a restore callback reads saved state.
		w.loads[si.loc] = append(w.loads[si.loc], loadSite{m, -1, si.reg, -1, false})
		w.plainStores[si.loc] = true
	}
	if loc, _, reg, ok := e.componentParam(m); ok {
		// So does a store callback's first parameter (onNewIntent's).
		w.loads[loc] = append(w.loads[loc], loadSite{m, -1, reg, -1, false})
		w.plainStores[loc] = true
	}
	for i := range m.insts {
		x := &m.insts[i]
		op := x.Op
		switch {
		case x.Format == dalvik.FormatPayload:
		case op >= dalvik.OpIget && op <= dalvik.OpIgetShort, op >= dalvik.OpSget && op <= dalvik.OpSgetShort:
			in := m.inst(i)
			if _, local := m.storedBefore(i, op >= dalvik.OpSget); local {
				continue // it reads what the code just stored there
			}
			if fi := e.fieldKey(m, in); fi.ok {
				base := int32(-1)
				if op < dalvik.OpSget {
					base = int32(in.B)
				}
				w.loads[fi.loc] = append(w.loads[fi.loc], loadSite{m, int32(i), int32(in.A), base, false})
			}
		case op >= dalvik.OpIput && op <= dalvik.OpIputShort, op >= dalvik.OpSput && op <= dalvik.OpSputShort:
			in := m.inst(i)
			if fi := e.fieldKey(m, in); fi.ok && !(m.name == "<init>" && op < dalvik.OpSput && fi.ref.Class == m.cls.name) {
				w.plainStores[fi.loc] = true
			}
		case x.flags()&dalvik.IsInvoke != 0:
			in := m.inst(i)
			if !namesMethod(in) {
				continue
			}
			c := e.calleeOf(m.file, in.Index)
			if !c.ok {
				continue
			}
			regs, reg := in.ArgRegs(), int32(regResult)
			w.keptLoad(m, i, in, c, regs)
			loc := e.storeRead(m, in, c, regs)
			if c.storeFile && loc >= 0 {
				loc = e.fileLoc(loc, e.fileName(m, in)) // a file read: that file's (filestore.go)
			}
			if c.ref.Name == "<init>" && len(regs) > 0 {
				reg = int32(regs[0]) // the stream a constructor opens
			}
			if loc < 0 {
				continue
			}
			for _, l := range w.keyedLocs(m, in, c, loc, false) {
				w.loads[l] = append(w.loads[l], loadSite{m, int32(i), reg, -1, false})
				w.plainStores[l] = true
			}
		}
	}
}

// keptLoad lists, for a dispatch call that gives its receiver's contents
// to its target (LiveData.observe), a store of the receiver into a field
// before it as a read of the field there (see keptIn): what other code
// puts into the object through the field reaches the call.
func (w *witnesses) keptLoad(m *method, i int, in dalvik.Inst, c *callee, regs []uint32) {
	fm, st, j, ok := w.e.keptField(m, i, in, c, regs)
	if !ok {
		return
	}
	loc := w.e.fieldKey(fm, st).loc
	if fm != m {
		// Kept by a constructor m calls, before or after: read at the
		// instruction falling through to the call, in its receiver.
		if i > 0 && m.fallsThrough(i-1) {
			w.loads[loc] = append(w.loads[loc], loadSite{m: m, i: int32(i - 1), reg: int32(regs[0]), base: -1, kept: true})
		}
		return
	}
	base := int32(-1)
	if st.Op == dalvik.OpIputObject || st.Op == dalvik.OpIgetObject {
		base = int32(st.B)
	}
	w.loads[loc] = append(w.loads[loc], loadSite{m: m, i: int32(j), reg: int32(st.A), base: base, kept: true})
}

// aliasOf finds, looking back from instruction i (back), the
// object register r is part of: the array an aget-object read it from,
// the receiver of a fluent call (StringBuilder.append returns its
// receiver) whose result was moved into r, or the object a library
// wrapper was built around (new Formatter(buffer), new
// BufferedWriter(writer)) and writes through to. It returns the other
// register and the instruction that made the alias.
func (w *witnesses) aliasOf(m *method, i int32, r uint32) (uint32, int32, bool) {
	for j := range m.back(int(i)) {
		in := m.inst(j)
		if x, ok := w.wrapped(m, in, r); ok {
			return x, int32(in.PC), true
		}
		if !writesReg(in, r) {
			continue
		}
		switch {
		case in.Op == dalvik.OpAgetObject:
			return in.B, int32(in.PC), true
		case in.Op >= dalvik.OpMoveObject && in.Op <= dalvik.OpMoveObject16 && in.B != r:
			// A copy of the object (Kotlin's apply { } $this).
			if x, _, ok := m.copiedFrom(int(i), r); ok {
				return x, int32(in.PC), true
			}
		case in.Op == dalvik.OpMoveResultObject && j > 0:
			if x, ok := w.fluentReceiver(m, j-1, int(i)); ok {
				return x, int32(in.PC), true
			}
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// wrapped reports whether in constructs a library object in r around
// another object, and returns that object's register.
func (w *witnesses) wrapped(m *method, in dalvik.Inst, r uint32) (uint32, bool) {
	if in.Op != dalvik.OpInvokeDirect && in.Op != dalvik.OpInvokeDirectRange {
		return 0, false
	}
	if !namesMethod(in) {
		return 0, false
	}
	c := w.e.calleeOf(m.file, in.Index)
	if !c.ok || c.ref.Name != "<init>" || !c.framework {
		return 0, false
	}
	regs := in.ArgRegs()
	if len(regs) == 0 || regs[0] != r {
		return 0, false
	}
	for k, p := range c.ref.Proto.Parameters {
		if pos := declaredArg(false, c.ref, k); pos < len(regs) && (p[0] == 'L' || p[0] == '[') {
			return regs[pos], regs[pos] != r && wrapsParam(p)
		}
	}
	return 0, false
}

// fluentReceiver returns the receiver of the fluent call at instruction
// call when it still holds that object at instruction upto.
func (w *witnesses) fluentReceiver(m *method, call, upto int) (uint32, bool) {
	in := m.inst(call)
	if in.Flags()&dalvik.IsInvoke == 0 || isStatic(in.Op) {
		return 0, false
	}
	if !namesMethod(in) {
		return 0, false
	}
	c := w.e.calleeOf(m.file, in.Index)
	if !c.ok || c.model == nil || !c.model.fluent {
		return 0, false
	}
	regs := in.ArgRegs()
	if len(regs) == 0 || redefined(m, call, upto, regs[0]) {
		return 0, false
	}
	return regs[0], true
}

// redefined reports whether an instruction in (from, to) writes r.
func redefined(m *method, from, to int, r uint32) bool {
	for j := from + 1; j < to; j++ {
		if m.insts[j].Format != dalvik.FormatPayload && writesReg(m.inst(j), r) {
			return true
		}
	}
	return false
}
