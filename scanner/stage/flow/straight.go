package flow

import (
	"iter"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Straight-line code. What a register holds at an instruction is often
// decided a few instructions before it, on every path there: the
// definitions the analyses look back for (a constant argument, the class
// an object was made of, what a value was built from) are searched in
// the instructions that run on every path to it.

// maxBack bounds the instructions looked back at from one instruction.
const maxBack = 64

// back yields the indexes of the instructions before instruction i of m
// that run on every path to it, nearest first: its straight run back to a
// block other code jumps into, then on through the one block that leads
// to that block where only one does (past a guard's early return), at
// most maxBack of them. Payloads are skipped.
func (m *method) back(i int) iter.Seq[int] { return m.backFrom(i, i) }

// backFrom is back from before instruction i, in the straight run of
// instruction at: i itself, or the end of a block (i-1).
func (m *method) backFrom(i, at int) iter.Seq[int] {
	return func(yield func(int) bool) {
		left := maxBack // scan back from before i, in at's straight run
		for {
			first := m.linearStart(at)
			for j := i - 1; j >= first; j-- {
				if left == 0 {
					return
				}
				left--
				if m.insts[j].Format == dalvik.FormatPayload {
					continue
				}
				if !yield(j) {
					return
				}
			}
			p := m.onlyPred(m.blockIndex(first))
			if p < 0 || left == 0 {
				return
			}
			i = m.blocks[p].end
			at = i - 1
		}
	}
}

// onlyPred returns the one block that leads to block b (by a branch or by
// falling through), or -1: none (the first block), several, or an
// exception handler's.
func (m *method) onlyPred(b int) int {
	if b < 0 {
		return -1
	}
	if m.onlyPreds == nil {
		const none, many = -1, -2
		m.onlyPreds = make([]int32, len(m.blocks))
		for k := range m.onlyPreds {
			m.onlyPreds[k] = none
		}
		for k := range m.blocks {
			blk := &m.blocks[k]
			for _, t := range m.succs(blk) {
				switch m.onlyPreds[t] {
				case none:
					m.onlyPreds[t] = int32(k)
				case int32(k):
				default:
					m.onlyPreds[t] = many
				}
			}
			for _, t := range m.handlersOf(blk) {
				m.onlyPreds[t] = many
			}
		}
		for k, p := range m.onlyPreds {
			if int(p) >= k {
				m.onlyPreds[k] = many // a loop's back edge: not a straight run
			}
		}
	}
	return max(int(m.onlyPreds[b]), -1)
}

// forwardPreds returns the blocks that lead to block b when only
// forward branches and fall-throughs do (no exception handler, no loop's
// back edge), in block order, or nil.
func (m *method) forwardPreds(b int) []int32 {
	if m.joinPreds == nil {
		m.joinPreds = make([][]int32, len(m.blocks))
		bad := make([]bool, len(m.blocks))
		for k := range m.blocks {
			blk := &m.blocks[k]
			for _, t := range m.succs(blk) {
				if t <= k {
					bad[t] = true
				} else if ps := m.joinPreds[t]; len(ps) == 0 || ps[len(ps)-1] != int32(k) {
					m.joinPreds[t] = append(ps, int32(k))
				}
			}
			for _, t := range m.handlersOf(blk) {
				bad[t] = true
			}
		}
		for k := range bad {
			if bad[k] {
				m.joinPreds[k] = nil
			}
		}
	}
	if b < 0 || b >= len(m.joinPreds) {
		return nil
	}
	return m.joinPreds[b]
}

// linearStart returns the first instruction of the straight-line code
// ending at instruction i: blocks are joined back across fall-through
// edges (a call ends a block) as long as nothing else jumps in.
func (m *method) linearStart(i int) int {
	if m.joins == nil {
		m.joins = make([]bool, len(m.blocks))
		for b := range m.blocks {
			blk := &m.blocks[b]
			for _, t := range m.succs(blk) {
				if t != b+1 {
					m.joins[t] = true
				}
			}
			for _, t := range m.handlersOf(blk) {
				m.joins[t] = true
			}
			if b+1 < len(m.blocks) && m.insts[blk.end-1].flags()&dalvik.CanContinue == 0 {
				m.joins[b+1] = true
			}
		}
	}
	b := m.blockIndex(i)
	for b > 0 && !m.joins[b] {
		b--
	}
	return m.blocks[max(b, 0)].start
}

// storedBefore returns the register whose value instruction i of m, a
// field read, reads: the one a store of the same field (of the same
// object register) wrote on every path there, with no call, no write of
// the object's register and none of the stored one between. The field
// then holds that value whatever the heap says of it elsewhere (this.url
// = "" just before this.url is read).
func (m *method) storedBefore(i int, static bool) (uint32, bool) {
	rd := m.inst(i)
	for j := range m.back(i) {
		in := m.inst(j)
		if in.Flags()&dalvik.IsInvoke != 0 {
			return 0, false
		}
		store := static && in.Op >= dalvik.OpSput && in.Op <= dalvik.OpSputShort ||
			!static && in.Op >= dalvik.OpIput && in.Op <= dalvik.OpIputShort
		if store && in.Index == rd.Index && (static || in.B == rd.B) {
			return in.A, !m.writtenBetween(j, i, in.A)
		}
		if !static && writesReg(in, rd.B) {
			return 0, false
		}
	}
	return 0, false
}

// writtenBetween reports whether an instruction after j and before i of
// m, on the straight run back from i, writes register r.
func (m *method) writtenBetween(j, i int, r uint32) bool {
	for k := range m.back(i) {
		if k <= j {
			return false
		}
		if writesReg(m.inst(k), r) {
			return true
		}
	}
	return false
}
