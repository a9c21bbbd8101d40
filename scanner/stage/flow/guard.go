package flow

import (
	"slices"
	"sort"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// incognitoReach computes what may run while incognito mode is on: every
// entry point may run then, except the methods of the activities normal
// names when incognito mode is an activity of its own (components.go);
// an instance method of a class the app makes runs only once code running
// then has made an object of it (incobjects.go);
// inside a method, a branch on incognito state follows only the edge taken
// when the state is true; a callee runs in incognito mode if some call
// site of it does. A sink is guarded exactly
// when it is not reached, which covers a guard in the sink's method, an
// early return, a guard in any caller, and (by reaching it) an inverted
// guard that tracks only when incognito.
func (e *engine) incognitoReach(entries []*method, normal map[string]bool) {
	var queue []*method
	visit := func(m *method, from callSite) {
		if !m.hasCode() || m.mstate != nil && m.incBlocks != nil {
			return
		}
		if !m.static() && normal[m.cls.name] {
			return // an activity that is not the incognito one (components.go)
		}
		m.decode(&e.cfg)
		m.incBlocks = make([]bool, len(m.blocks))
		if from.m != nil {
			cs := from // on the heap only for a method's first visit
			m.incFrom = &cs
		}
		queue = append(queue, m)
	}
	args := e.newIncognitoArgs()
	for _, m := range entries {
		args.free[m] = true
		visit(m, callSite{})
	}
	objs := e.newIncognitoObjects()
	var released []waitingCall // reused for every invoke
	var succs []int            // reused for every block
	for len(queue) > 0 {
		m := queue[0]
		queue = queue[1:]
		if len(m.blocks) == 0 {
			continue
		}
		work := []int{0}
		m.incBlocks[0] = true
		for len(work) > 0 {
			bi := work[len(work)-1]
			work = work[:len(work)-1]
			b := m.blocks[bi]
			for i := b.start; i < b.end; i++ {
				x := &m.insts[i]
				if x.Op == dalvik.OpNewInstance || x.Op == dalvik.OpSgetObject || x.Op == dalvik.OpConstClass {
					for _, w := range objs.makes(m, i) {
						visit(w.t, w.from)
					}
					continue
				}
				if x.flags()&dalvik.IsInvoke == 0 {
					continue
				}
				pc := int(x.PC)
				released = released[:0]
				for _, t := range m.calls[pc] {
					released = args.calls(m, i, t, released)
					if args.waitCall(m, i, t) {
						continue // a class its callers pass, none yet in incognito mode (incargs.go)
					}
					if objs.wait(t, callSite{m, pc}) {
						continue // no object of its class yet (incobjects.go)
					}
					visit(t, callSite{m, pc})
				}
				for _, w := range released {
					visit(w.t, w.from)
				}
				for _, a := range m.async[pc] {
					if args.wait(a, callSite{m, pc}) {
						continue // no caller has passed its class in incognito mode yet (incargs.go)
					}
					visit(a.t, callSite{m, pc})
				}
			}
			succs = e.incognitoSuccs(m, bi, succs[:0])
			for _, s := range succs {
				if !m.incBlocks[s] {
					m.incBlocks[s] = true
					work = append(work, s)
				}
			}
		}
	}
}

// incognitoSuccs appends to out the successors of block bi that may run
// while incognito state is true.
func (e *engine) incognitoSuccs(m *method, bi int, out []int) []int {
	b := &m.blocks[bi]
	last := &m.insts[b.end-1]
	start := len(out)
	all := append(append(out, m.succs(b)...), m.handlersOf(b)...)
	if last.Op == dalvik.OpPackedSwitch || last.Op == dalvik.OpSparseSwitch {
		return e.incognitoCase(m, bi, all, start)
	}
	op := last.Op
	switch op {
	case dalvik.OpIfGtz: // an int state or mode above zero: non-zero
		op = dalvik.OpIfNez
	case dalvik.OpIfLez:
		op = dalvik.OpIfEqz
	case dalvik.OpIfEqz, dalvik.OpIfNez, dalvik.OpIfEq, dalvik.OpIfNe:
	default:
		return all
	}
	facts := m.branches[int(last.PC)]
	if len(facts) == 0 {
		return all
	}
	pos, neg := false, false
	for _, f := range facts {
		if factFlags(f)&flagNeg != 0 {
			neg = true
		} else {
			pos = true
		}
	}
	if pos == neg {
		return all // mixed polarity: both edges possible
	}
	// Under incognito the register is non-zero (pos) or zero (neg);
	// if-nez jumps on non-zero, if-eqz on zero. A comparison with the
	// incognito constant (if-eq, if-ne) is equal under incognito.
	jump := (op == dalvik.OpIfNez || op == dalvik.OpIfEq) == pos
	tb := m.blockAt(m.target(b.end - 1))
	res := all[:start] // all's copies are rewritten; b's own lists are read
	for _, s := range m.succs(b) {
		if (s == tb) == jump {
			res = append(res, s)
		}
	}
	if tb == bi+1 { // branch to the next block: both edges are the same
		res = append(all[:start], m.succs(b)...)
	}
	return append(res, m.handlersOf(b)...)
}

// incognitoCase narrows the successors all[start:] of block bi, which
// ends in a switch, to the case the switch takes under incognito mode,
// when it switches on incognito mode (switch.go).
func (e *engine) incognitoCase(m *method, bi int, all []int, start int) []int {
	b := &m.blocks[bi]
	if len(m.branches[int(m.insts[b.end-1].PC)]) == 0 {
		return all
	}
	v, ok := e.incognitoKey(m, b.end-1)
	if !ok {
		return all
	}
	key := v.key
	keys, targets := m.switchTable(b.end - 1)
	if keys == nil {
		return all
	}
	last := &m.insts[b.end-1]
	to := bi + 1 // no case for incognito: the default, after the switch
	for k, kv := range keys {
		if kv == key {
			to = m.blockAt(int(last.PC) + int(targets[k]))
			break
		}
	}
	if to < 0 || to >= len(m.blocks) {
		return all
	}
	return append(append(all[:start], to), m.handlersOf(b)...)
}

// stateFacts returns the incognito facts of t a branch tests: boolean
// state for a test against zero, the incognito constant for a comparison
// of two values (consts).
func (e *engine) stateFacts(t tset, consts bool) tset {
	return mapFacts(t, func(f uint32) (uint32, bool) {
		return f, isInc(f) && (e.sources[factSource(f)].kind == kindIncognitoConst) == consts
	})
}

// Polarities of a set of incognito facts.
const (
	polNone  = iota
	polPos   // all say incognito mode
	polNeg   // all say not
	polMixed // both
)

func polarity(t tset) int {
	p := polNone
	for _, f := range t {
		q := polPos
		if f&flagNeg != 0 {
			q = polNeg
		}
		if p != polNone && p != q {
			return polMixed
		}
		p = q
	}
	return p
}

// branchOn records the incognito facts the branch at pc tests.
func (e *engine) branchOn(m *method, pc int, inc tset) {
	if len(inc) == 0 {
		return
	}
	if m.branches == nil {
		m.branches = map[int]tset{}
		e.branchy = append(e.branchy, m)
	}
	m.branches[pc] = union(m.branches[pc], inc)
}

// blockAt returns the block starting at code unit pc, or -1.
func (m *method) blockAt(pc int) int {
	i := m.instAt(pc)
	if i < 0 {
		return -1
	}
	k := sort.Search(len(m.blocks), func(k int) bool { return m.blocks[k].start >= i })
	if k < len(m.blocks) && m.blocks[k].start == i {
		return k
	}
	return -1
}

// incognitoEdge reports whether control may pass from instruction from to
// instruction to of m in incognito mode: false only for the edge of a
// conditional branch on the incognito state that the state rules out.
func (e *engine) incognitoEdge(m *method, from, to int32) bool {
	if m.mstate == nil || m.incBlocks == nil {
		return true
	}
	bf, bt := m.blockIndex(int(from)), m.blockIndex(int(to))
	if bf < 0 || bt < 0 || int(from) != m.blocks[bf].end-1 || int(to) != m.blocks[bt].start {
		return true
	}
	if op := m.insts[from].Op; op < dalvik.OpIfEq || op > dalvik.OpIfLez {
		return true
	}
	e.edgeBuf = e.incognitoSuccs(m, bf, e.edgeBuf[:0])
	return slices.Contains(e.edgeBuf, bt)
}

// runsIncognito reports whether the instruction at pc of m may run while
// incognito mode is on.
func (m *method) runsIncognito(pc int) bool {
	if m.mstate == nil || m.incBlocks == nil {
		return false
	}
	i := m.instAt(pc)
	if i < 0 {
		return false
	}
	k := sort.Search(len(m.blocks), func(k int) bool { return m.blocks[k].end > i })
	return k < len(m.blocks) && m.incBlocks[k]
}
