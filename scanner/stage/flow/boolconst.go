package flow

import (
	"slices"
	"strings"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// A constant propagation of the booleans 0 and 1 over a method's blocks,
// following every edge or only those that may run under incognito mode
// (decided.go). A test against zero of a register holding a constant
// takes one edge; anything but a 0/1 constant or a copy of one is other.

// Values of the constant propagation, per register.
const (
	cvNone  uint8 = iota // no path seen
	cvZero               // the constant 0
	cvOne                // the constant 1
	cvOther              // anything else
)

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
		if inc && taken < 0 {
			taken = m.nonNullTaken(bi)
		}
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

// nonNullTaken returns the successor block a null test of an object at
// the end of block bi takes when the object is there, or -1. What a
// boolean holds in incognito mode is decided on the paths where the
// objects the code reads exist (getIntent() != null && the extra: the
// extra).
func (m *method) nonNullTaken(bi int) int {
	b := &m.blocks[bi]
	last := &m.insts[b.end-1]
	if last.Op != dalvik.OpIfEqz && last.Op != dalvik.OpIfNez {
		return -1
	}
	a, _, _ := m.regs(b.end - 1)
	w, _, ok := m.lastWrite(b.end-1, a)
	if !ok || w.Op != dalvik.OpMoveResultObject && w.Op != dalvik.OpIgetObject && w.Op != dalvik.OpSgetObject {
		return -1
	}
	target := m.blockAt(m.target(b.end - 1))
	if last.Op == dalvik.OpIfNez {
		return target // jumps when the object is there
	}
	if bi+1 < len(m.blocks) && target != bi+1 {
		return bi + 1
	}
	return -1
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
