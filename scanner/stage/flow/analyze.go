package flow

import (
	"slices"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// frame is the taint of every register at one point; the extra last slot
// holds the pending result of the previous invoke or filled-new-array.
type frame []tset

func (f frame) clone() frame { return append(frame(nil), f...) }

// joinInto merges src into *dst and reports whether *dst changed.
func joinInto(dst *frame, src frame) bool {
	if *dst == nil {
		*dst = src.clone()
		return true
	}
	changed := false
	for i := range src {
		u := union((*dst)[i], src[i])
		if !slices.Equal(u, (*dst)[i]) {
			(*dst)[i] = u
			changed = true
		}
	}
	return changed
}

// reuse returns n zeroed elements of *buf, growing it only when it is too
// small: analyze's buffers serve every method (analyze is not re-entered).
func reuse[T any](buf *[]T, n int) []T {
	if cap(*buf) < n {
		*buf = make([]T, n)
		return *buf
	}
	s := (*buf)[:n]
	clear(s)
	return s
}

// maxFrameSlots bounds registers × blocks per method (about 50 MB of
// states); real methods stay far below it.
const maxFrameSlots = 1 << 21

// analyze runs the flow-sensitive register analysis of one method over its
// CFG, updating the global summaries (fields, returns, parameters of
// callees, sink hits) as it goes.
func (e *engine) analyze(m *method) {
	m.decode(&e.cfg)
	if len(m.blocks) == 0 {
		return
	}
	if !m.setsRead {
		e.readSetters(m)
		e.readUITests(m)
	}
	nregs := int(m.body().RegistersSize)
	if (nregs+1)*len(m.blocks) > maxFrameSlots {
		// register_size and the code are untrusted: a method with
		// thousands of blocks and registers would need gigabytes of
		// states. Link its calls only, and say so.
		if !m.oversized {
			m.oversized = true
			e.oversized++
		}
		e.scan(m)
		return
	}
	if e.r.stateNames[m.name] {
		e.restoreState(m)
	}
	if e.r.storeCallbacks[m.name] != "" {
		e.componentCallback(m)
	}
	if !m.dirty {
		if !e.scan(m) {
			return
		}
		m.dirty = true
	}
	// Block entry states are cut from one slab the engine reuses for every
	// method: a method is analysed again each time its inputs grow, and
	// fresh states for every block on every pass were a large part of a
	// batch's allocation. Two more slots serve as scratch frames.
	w := nregs + 1
	slab := reuse(&e.slab, w*(len(m.blocks)+2))
	in := reuse(&e.frames, len(m.blocks))
	in[0] = slab[:w:w]
	e.entryFrame(m, nregs, in[0])
	if len(e.alias) > 0 {
		e.alias = nil // setAlias makes a new one when a method needs it
	}
	// The work list is a ring over the blocks: a block is queued at most
	// once at a time, so it never holds more than len(m.blocks).
	ring := reuse(&e.ringBuf, len(m.blocks))
	head, n := 0, 1
	ring[0] = 0
	queued := reuse(&e.queuedBuf, len(m.blocks))
	queued[0] = true
	regs, h := frame(slab[len(m.blocks)*w:][:w:w]), frame(slab[(len(m.blocks)+1)*w:][:w:w])
	for n > 0 {
		bi := ring[head]
		head, n = (head+1)%len(ring), n-1
		queued[bi] = false
		b := &m.blocks[bi]
		copy(regs, in[bi])
		for i := b.start; i < b.end; i++ {
			e.step(m, regs, i)
		}
		push := func(t int, f frame) {
			// A block's first visit queues it whatever its state.
			first := in[t] == nil
			if first {
				in[t] = slab[t*w:][:w:w]
				copy(in[t], f)
			}
			if (first || joinInto(&in[t], f)) && !queued[t] {
				queued[t] = true
				ring[(head+n)%len(ring)] = t
				n++
			}
		}
		for _, s := range m.succs(b) {
			push(s, regs)
		}
		if handlers := m.handlersOf(b); len(handlers) > 0 {
			// A handler may start from any point in the block: join the
			// states at its start and end, and expose thrown taint.
			copy(h, in[bi])
			joinInto(&h, regs)
			h[nregs] = m.thrown
			for _, t := range handlers {
				push(t, h)
			}
		}
	}
}

// fluentAlias makes the register a fluent call's result is moved into an
// alias of the call's receiver (sb.append(a).append(b): what is appended
// through the result is appended to sb).
func (e *engine) fluentAlias(m *method, i int, dest uint32) {
	if i == 0 {
		return
	}
	x := &m.insts[i-1]
	if x.flags()&dalvik.IsInvoke == 0 || x.Op == dalvik.OpInvokeStatic || x.Op == dalvik.OpInvokeStaticRange {
		return
	}
	call := m.inst(i - 1)
	if !namesMethod(call) {
		return
	}
	if c := e.calleeOf(m.file, call.Index); c.ok && c.model != nil && c.model.fluent {
		if regs := call.ArgRegs(); len(regs) > 0 && regs[0] != dest {
			e.setAlias(dest, regs[0])
		}
	}
}

// setAlias records that register r is part of register whole.
func (e *engine) setAlias(r, whole uint32) {
	if e.alias == nil {
		e.alias = map[uint32]uint32{}
	}
	e.alias[r] = whole
}

// step applies one instruction to regs. Registers are read from the packed
// instruction; it is unpacked only for the operations that need more
// (calls, fields, literals, argument lists).
func (e *engine) step(m *method, regs frame, i int) {
	x := &m.insts[i]
	a, b, c := m.regs(i)
	res := len(regs) - 1
	set := func(r uint32, t tset) {
		if int(r) < res {
			regs[r] = t
		}
	}
	get := func(r uint32) tset {
		if int(r) < res {
			return regs[r]
		}
		return nil
	}
	if m.decided != nil {
		for _, d := range m.decided[int(x.PC)] {
			set(d.reg, union(get(d.reg), d.facts))
		}
	}
	op := x.Op
	switch {
	case x.Format == dalvik.FormatPayload:
	case op >= dalvik.OpMove && op <= dalvik.OpMoveObject16:
		set(a, get(b))
		if op >= dalvik.OpMoveWide && op <= dalvik.OpMoveWide16 {
			set(a+1, get(b+1))
		}
		if op >= dalvik.OpMoveObject && a != b {
			// The copy is the object: what is put into it through the
			// copy is in it (Kotlin's apply { } fills its $this copy).
			e.setAlias(a, b)
		}
	case op >= dalvik.OpMoveResult && op <= dalvik.OpMoveResultObject:
		set(a, regs[res])
		regs[res] = nil
		if op == dalvik.OpMoveResultObject {
			e.fluentAlias(m, i, a)
		}
	case op == dalvik.OpMoveException:
		set(a, regs[res])
		regs[res] = nil
	case op == dalvik.OpReturnVoid:
		if e.r.stateNames[m.name] {
			e.saveState(m, regs)
		}
		e.paramOuts(m, regs)
	case op >= dalvik.OpReturn && op <= dalvik.OpReturnObject:
		e.paramOuts(m, regs)
		if r := e.returnSink(m); r != nil {
			e.hit(m, int(x.PC), r.kind, get(a)) // the framework sends what it returns
		}
		if u := union(m.ret, get(a)); !slices.Equal(u, m.ret) {
			m.ret = u
			e.callersAgain(m)
			if m.name == "onCreateLoader" {
				e.loaderMade(m)
			}
		}
	case op == dalvik.OpInstanceOf:
		set(a, e.instanceOfState(m, i))
	case op >= dalvik.OpConst4 && op <= dalvik.OpConstClass, op == dalvik.OpNewInstance,
		op == dalvik.OpNewArray, op == dalvik.OpArrayLength,
		op == dalvik.OpConstMethodHandle, op == dalvik.OpConstMethodType:
		set(a, nil)
		if op >= dalvik.OpConstWide16 && op <= dalvik.OpConstWideHigh16 {
			set(a+1, nil)
		}
	case op == dalvik.OpFilledNewArray || op == dalvik.OpFilledNewArrayRange:
		var t tset
		for _, r := range m.inst(i).ArgRegs() {
			t = union(t, get(r))
		}
		regs[res] = t
	case op == dalvik.OpThrow:
		e.throws(m, get(a))
	case op == dalvik.OpIfEqz || op == dalvik.OpIfNez || op == dalvik.OpIfGtz || op == dalvik.OpIfLez:
		// An int's test against zero reads it as a count or a flag: more
		// than zero is non-zero.
		e.branchOn(m, int(x.PC), e.stateFacts(e.concrete(m, get(a)), false))
		e.keyBranch(m, i)
	case op == dalvik.OpIfEq || op == dalvik.OpIfNe:
		// A value compared with the constant that stands for incognito
		// mode (mode == Mode.INCOGNITO): equal exactly when incognito.
		e.branchOn(m, int(x.PC), e.comparedConsts(m, i, a, b, e.concrete(m, get(a)), e.concrete(m, get(b))))
		e.branchOn(m, int(x.PC), e.comparedTruth(m, i, a, b, get))
		e.keyBranch(m, i)
	case op == dalvik.OpPackedSwitch || op == dalvik.OpSparseSwitch:
		// A switch on the incognito enum (switch.go) tests incognito mode.
		if !e.incognitoIgnored(m.cls.name) {
			if v, ok := e.incognitoKey(m, i); ok {
				e.branchOn(m, int(x.PC), tset{fact(e.keySource(m, x.PC, v.what), flagInc)})
			}
		}
	case op >= dalvik.OpCmplFloat && op <= dalvik.OpCmpLong:
		set(a, union(get(b), get(c)))
	case op >= dalvik.OpAget && op <= dalvik.OpAgetShort:
		switch {
		case op == dalvik.OpAgetObject:
			set(a, get(b))
			e.setAlias(a, b) // a row of a multi-dimensional array
		case (op == dalvik.OpAgetChar || op == dalvik.OpAgetByte) && len(get(c)) > 0 && e.table(m, b):
			set(a, union(get(b), e.lookup(get(c))))
		default:
			set(a, get(b))
		}
	case op >= dalvik.OpAput && op <= dalvik.OpAputShort:
		e.cur = regs
		e.taintReg(b, get(a))
		e.cur = nil
	case op >= dalvik.OpIget && op <= dalvik.OpIgetShort, op >= dalvik.OpSget && op <= dalvik.OpSgetShort:
		static := op >= dalvik.OpSget
		in := m.inst(i)
		var t tset
		if r, ok := m.storedBefore(i, static); ok {
			t = e.readFieldFrom(m, in, static, get(r), true)
		} else {
			t = e.readField(m, in, static)
		}
		if !static {
			t = union(t, e.frameworkFieldTaint(m, in, get(b)))
		}
		set(a, t)
	case op >= dalvik.OpIput && op <= dalvik.OpIputShort, op >= dalvik.OpSput && op <= dalvik.OpSputShort:
		e.writeField(m, m.inst(i), e.concrete(m, get(a)))
		if op == dalvik.OpIputObject || op == dalvik.OpSputObject {
			e.noteFieldClasses(m, m.inst(i), a)
		}
	case x.flags()&dalvik.IsInvoke != 0:
		e.cur, e.curM, e.curI = regs, m, i
		regs[res] = e.invoke(m, m.inst(i), get)
		e.cur, e.curM = nil, nil
	case op >= dalvik.OpNegInt && op <= dalvik.OpIntToShort:
		set(a, get(b))
	case op >= dalvik.OpAddInt && op <= dalvik.OpRemDouble:
		set(a, e.arith(op == dalvik.OpXorInt || op == dalvik.OpXorLong, union(get(b), get(c)), false))
	case op >= dalvik.OpAddInt2addr && op <= dalvik.OpRemDouble2addr:
		xor := op == dalvik.OpXorInt2addr || op == dalvik.OpXorLong2addr
		set(a, e.arith(xor, union(get(a), get(b)), false))
	case op >= dalvik.OpAddIntLit16 && op <= dalvik.OpUshrIntLit8:
		xor := op == dalvik.OpXorIntLit16 || op == dalvik.OpXorIntLit8
		set(a, e.arith(xor, get(b), xor && m.inst(i).Literal == 1))
	}
}

// table reports whether register r of m holds an encoder's table: every
// write of r in m reads a final char[] or byte[] field (ALPHABET, an
// encoder's alphabet), not a buffer the code fills. The answers are kept
// per method.
func (e *engine) table(m *method, r uint32) bool {
	if v, ok := m.tables[r]; ok {
		return v
	}
	ok := false
	for i := range m.insts {
		in := m.inst(i)
		if !writesReg(in, r) {
			continue
		}
		if in.Op != dalvik.OpSgetObject && in.Op != dalvik.OpIgetObject {
			ok = false
			break
		}
		fr, err := m.file.FieldRef(in.Index)
		if err != nil || fr.Type != "[C" && fr.Type != "[B" {
			ok = false
			break
		}
		c := e.prog.classes[e.prog.fieldOwner(fr.Class, fr.Name)]
		if ok = c != nil && c.finalField(fr.Name); !ok {
			break
		}
	}
	if m.tables == nil {
		m.tables = map[uint32]bool{}
	}
	m.tables[r] = ok
	return ok
}

// lookup is the taint of a number read from a table at an index the data
// gives (an encoder's alphabet: ALPHABET[b >> 2 & 0x3f] in a Base64 or hex
// encoder the app bundles; see table): the data, encoded. Incognito state does not
// pass through an index.
func (e *engine) lookup(t tset) tset {
	return mapFacts(dataFacts(t), func(f uint32) (uint32, bool) { return f | flagEncode, true })
}

// arith propagates taint through arithmetic. XOR with 1 negates a boolean
// (incognito facts flip polarity); any other XOR of tainted data is treated
// as a byte-XOR "encryption" loop and marks it encoded.
func (e *engine) arith(xor bool, t tset, not bool) tset {
	if !xor || len(t) == 0 {
		return t
	}
	return mapFacts(t, func(f uint32) (uint32, bool) {
		if isInc(f) {
			if not {
				return f ^ flagNeg, true
			}
			return f, true
		}
		if not {
			return f, true
		}
		return f | flagEncode, true
	})
}
