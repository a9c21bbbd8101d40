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
// a boolean or int field is given, a call's boolean arguments.
func (m *method) boolUses(i int) []uint32 {
	x := &m.insts[i]
	switch op := x.Op; {
	case op == dalvik.OpIfEqz || op == dalvik.OpIfNez || op == dalvik.OpIputBoolean || op == dalvik.OpSputBoolean,
		op == dalvik.OpIput || op == dalvik.OpSput, // an int flag (a message's arg1)
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
			if s := declaredArg(static, ref, k); (p == "Z" || p == "I") && s < len(regs) {
				out = append(out, regs[s])
			}
		}
		return out
	}
	return nil
}
