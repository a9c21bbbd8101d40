package flow

import (
	"slices"
	"strings"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Booleans decided by incognito state. javac compiles `return !incognito
// && consent`, `track(url, !incognito)` and `boolean ok = !incognito; if
// (ok)` into branches on the state that end in constants, and R8 shares
// the return or the call after them: the value used carries no fact of
// the state, so what it guards was not guarded. A constant propagation of
// 0 and 1 over the method's blocks tells, for each use of a register (a
// test against zero, a return, an argument, a field store), whether the
// register holds one constant whenever the method's own branches say
// incognito mode is on, and something else otherwise: such a register
// holds the state (its negation when the constant is 0), and the use is
// given the state's facts (m.decided, applied by step).

// decided is a use of a register that holds incognito state.
type decided struct {
	reg   uint32
	facts tset
}

// Values of the constant propagation, per register.
const (
	cvNone  uint8 = iota // no path seen
	cvZero               // the constant 0
	cvOne                // the constant 1
	cvOther              // anything else
)

// maxDecidedSlots bounds registers × blocks of the methods analysed so.
const maxDecidedSlots = 1 << 16

// decideAll runs decide on every analysed method whose branches test
// incognito state, once the fixpoint is reached (so what it finds does
// not depend on the order the work list took), queues those with new
// decided uses, and reports whether it queued any.
func (e *engine) decideAll() bool {
	// The methods with branches, in an order the work list does not
	// decide.
	slices.SortFunc(e.branchy, func(a, b *method) int { return strings.Compare(a.key(), b.key()) })
	queued := false
	for _, m := range e.branchy {
		if e.decide(m) {
			e.enqueue(m)
			queued = true
		}
	}
	return queued
}

// decide finds the uses of registers in m that hold incognito state by
// the constants they are given, adds them to m.decided, and reports
// whether it added any. A use counts where the register holds a constant
// under incognito mode and not always that constant (a return or call
// after the branches join); the returns count together: every return
// that may run under incognito mode gives one constant, and some return
// gives something else (javac's duplicated returns).
func (e *engine) decide(m *method) bool {
	if len(m.branches) == 0 || len(m.blocks) == 0 {
		return false
	}
	n := int(m.body().RegistersSize)
	if n == 0 || n*len(m.blocks) > maxDecidedSlots {
		return false
	}
	inc, all := e.constsIn(m, n, true), e.constsIn(m, n, false)
	type use struct {
		pc     int
		reg    uint32
		inc    uint8 // the register's value under incognito mode
		differ bool  // it may hold something else otherwise
	}
	var uses, rets []use
	retOther := false // some return gives other than a constant
	incOther := false // some return under incognito mode does
	retVals := [4]bool{}
	for bi := range m.blocks {
		if all[bi] == nil {
			continue
		}
		ra := slices.Clone(all[bi])
		var ri []uint8
		if inc[bi] != nil {
			ri = slices.Clone(inc[bi])
		}
		for i := m.blocks[bi].start; i < m.blocks[bi].end; i++ {
			if m.insts[i].Op == dalvik.OpReturn {
				a, _, _ := m.regs(i)
				if int(a) < n {
					retVals[ra[a]] = true
					retOther = retOther || ra[a] == cvOther
					incOther = incOther || ri != nil && ri[a] != cvZero && ri[a] != cvOne
				}
			}
			for _, r := range m.boolUses(i) {
				if ri == nil || int(r) >= n || ri[r] != cvZero && ri[r] != cvOne {
					continue
				}
				u := use{int(m.insts[i].PC), r, ri[r], ra[r] != ri[r]}
				if m.insts[i].Op == dalvik.OpReturn {
					rets = append(rets, u)
				} else if u.differ {
					uses = append(uses, u)
				}
			}
			constStep(m, i, ra)
			if ri != nil {
				constStep(m, i, ri)
			}
		}
	}
	if len(rets) > 0 && !incOther && (retOther || retVals[cvZero] && retVals[cvOne]) {
		c, same := rets[0].inc, true
		for _, u := range rets {
			same = same && u.inc == c
		}
		if same {
			uses = append(uses, rets...)
		}
	}
	var state []tset // the facts of a register holding 0 (1) under incognito
	added := false
	for _, u := range uses {
		if state == nil {
			state = m.stateFacts()
		}
		if m.addDecided(u.pc, u.reg, state[u.inc-cvZero]) {
			added = true
		}
	}
	return added
}

// stateFacts returns the facts of the incognito state m's branches test:
// negated (the value is 0 under incognito mode) and as they are.
func (m *method) stateFacts() []tset {
	var neg, pos tset
	for _, t := range m.branches { // union is a set: any order
		for _, f := range t {
			pos = union(pos, tset{fact(factSource(f), flagInc)})
			neg = union(neg, tset{fact(factSource(f), flagInc|flagNeg)})
		}
	}
	return []tset{neg, pos}
}

// addDecided records that register r holds the state at pc, reporting
// whether that, or one of its facts, is new (the facts grow with the
// branches the fixpoint finds).
func (m *method) addDecided(pc int, r uint32, facts tset) bool {
	for k, d := range m.decided[pc] {
		if d.reg == r {
			u := union(d.facts, facts)
			if slices.Equal(u, d.facts) {
				return false
			}
			m.decided[pc][k].facts = u
			return true
		}
	}
	if m.decided == nil {
		m.decided = map[int][]decided{}
	}
	m.decided[pc] = append(m.decided[pc], decided{r, facts})
	return true
}

// boolUses returns the registers instruction i uses as a boolean: the
// operand of a test against zero, the value a boolean method returns or
// a boolean field is given, a call's boolean arguments.
func (m *method) boolUses(i int) []uint32 {
	x := &m.insts[i]
	switch op := x.Op; {
	case op == dalvik.OpIfEqz || op == dalvik.OpIfNez || op == dalvik.OpIputBoolean || op == dalvik.OpSputBoolean,
		op == dalvik.OpReturn && m.retType == "Z":
		a, _, _ := m.regs(i)
		return []uint32{a}
	case x.flags()&dalvik.IsInvoke != 0:
		in := m.inst(i)
		ref, err := m.file.MethodRef(in.Index)
		if err != nil {
			return nil
		}
		regs, static := in.ArgRegs(), isStatic(in.Op)
		var out []uint32
		for k, p := range ref.Proto.Parameters {
			if s := declaredArg(static, ref, k); p == "Z" && s < len(regs) {
				out = append(out, regs[s])
			}
		}
		return out
	}
	return nil
}

// constsIn runs the constant propagation over m's blocks from its entry,
// following only the edges that may run under incognito mode (inc) or
// every edge, and returns each reached block's entry values.
func (e *engine) constsIn(m *method, n int, inc bool) [][]uint8 {
	in := make([][]uint8, len(m.blocks))
	in[0] = make([]uint8, n)
	for r := range in[0] {
		in[0][r] = cvOther
	}
	work := []int{0}
	queued := make([]bool, len(m.blocks))
	queued[0] = true
	out := make([]uint8, n)
	var succs []int
	for len(work) > 0 {
		bi := work[len(work)-1]
		work = work[:len(work)-1]
		queued[bi] = false
		b := &m.blocks[bi]
		copy(out, in[bi])
		for i := b.start; i < b.end; i++ {
			constStep(m, i, out)
		}
		push := func(t int, vals []uint8) {
			if t < 0 || t >= len(m.blocks) {
				return
			}
			changed := in[t] == nil
			if changed {
				in[t] = slices.Clone(vals)
			} else {
				for r, v := range vals {
					if j := joinConst(in[t][r], v); j != in[t][r] {
						in[t][r], changed = j, true
					}
				}
			}
			if changed && !queued[t] {
				queued[t] = true
				work = append(work, t)
			}
		}
		succs = succs[:0]
		if inc {
			succs = e.incognitoSuccs(m, bi, succs)
		} else {
			succs = append(append(succs, m.succs(b)...), m.handlersOf(b)...)
		}
		handlers := m.handlersOf(b)
		taken := m.constTaken(bi, out)
		for _, s := range succs {
			if slices.Contains(handlers, s) {
				// A handler may start anywhere in the block.
				h := slices.Clone(in[bi])
				for r, v := range out {
					h[r] = joinConst(h[r], v)
				}
				push(s, h)
				continue
			}
			if taken < 0 || s == taken {
				push(s, out)
			}
		}
	}
	return in
}

// constTaken returns the successor block a test against zero at the end
// of block bi takes when its register holds a constant, or -1.
func (m *method) constTaken(bi int, vals []uint8) int {
	b := &m.blocks[bi]
	last := &m.insts[b.end-1]
	if last.Op != dalvik.OpIfEqz && last.Op != dalvik.OpIfNez {
		return -1
	}
	a, _, _ := m.regs(b.end - 1)
	if int(a) >= len(vals) || vals[a] != cvZero && vals[a] != cvOne {
		return -1
	}
	jump := (vals[a] == cvZero) == (last.Op == dalvik.OpIfEqz)
	tb := m.blockAt(m.target(b.end - 1))
	if tb == bi+1 {
		return -1 // both edges lead to the next block
	}
	if jump {
		return tb
	}
	return bi + 1
}

// constStep applies instruction i to the values.
func constStep(m *method, i int, vals []uint8) {
	x := &m.insts[i]
	if x.Format == dalvik.FormatPayload {
		return
	}
	a, b, _ := m.regs(i)
	in := m.inst(i)
	if !writesReg(in, a) || int(a) >= len(vals) {
		return
	}
	v := cvOther
	switch op := x.Op; {
	case op == dalvik.OpConst4 || op == dalvik.OpConst16 || op == dalvik.OpConst:
		switch in.Literal {
		case 0:
			v = cvZero
		case 1:
			v = cvOne
		}
	case op == dalvik.OpMove || op == dalvik.OpMoveFrom16 || op == dalvik.OpMove16:
		if int(b) < len(vals) {
			v = vals[b]
		}
	}
	vals[a] = v
	if name := x.Op.Name(); strings.Contains(name, "wide") || strings.Contains(name, "long") || strings.Contains(name, "double") {
		if int(a)+1 < len(vals) {
			vals[a+1] = cvOther // a register pair
		}
	}
}

func joinConst(a, b uint8) uint8 {
	switch {
	case a == cvNone:
		return b
	case b == cvNone || a == b:
		return a
	}
	return cvOther
}
