package flow

import (
	"sort"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// block is a basic block: instructions insts[start:end] of its method. Its
// normal successors are edges[succ:hand] of the method and its exception
// handlers edges[hand:stop] (block indices): blocks hold no pointers, so
// the collector does not scan them.
type block struct {
	start, end       int
	succ, hand, stop int32
}

// succs returns the normal successors of block b of m.
func (m *method) succs(b *block) []int { return m.edges[b.succ:b.hand:b.hand] }

// handlersOf returns the exception handlers reachable from block b of m.
func (m *method) handlersOf(b *block) []int { return m.edges[b.hand:b.stop:b.stop] }

// maxInsns bounds the code decoded per method (64K code units is far above
// what d8 emits; obfuscators' giant switch methods stay below it).
const maxInsns = 1 << 16

// decode decodes m's instructions and builds its CFG once. Malformed code
// keeps what could be decoded: Walk reports every instruction it can locate.
func (m *method) decode(s *cfgScratch) {
	if m.decoded {
		return
	}
	m.decoded = true
	m.state()
	code := m.body()
	if code == nil || len(code.Insns) == 0 || len(code.Insns) > maxInsns {
		return
	}
	insns := code.Insns
	m.insts = make([]inst, 0, dalvik.Count(insns)) // one allocation: instructions are large
	m.pcIndex = make([]int32, len(insns))
	for i := range m.pcIndex {
		m.pcIndex[i] = -1
	}
	_ = dalvik.Walk(insns, func(in dalvik.Inst) error {
		if in.PC >= 0 && in.PC < len(insns) {
			m.pcIndex[in.PC] = int32(len(m.insts))
		}
		if in.Payload != nil && len(in.Payload.Targets) > 0 {
			if m.switches == nil {
				m.switches = map[int][]int32{}
			}
			m.switches[len(m.insts)] = in.Payload.Targets
		}
		if call, ok := lambdaCall(m.file, in); ok {
			if m.lambdas == nil {
				m.lambdas = map[int32]dalvik.Inst{}
			}
			m.lambdas[int32(len(m.insts))] = in // what the code says, for witnesses
			in = call
		}
		m.addInst(in)
		return nil
	})
	m.blocks = buildBlocks(m, s)
}

// instAt returns the index of the instruction at code unit pc, or -1.
func (m *method) instAt(pc int) int {
	if pc < 0 || pc >= len(m.pcIndex) {
		return -1
	}
	return int(m.pcIndex[pc])
}

// switchTargets returns the absolute targets of a packed/sparse-switch.
func (m *method) switchTargets(in dalvik.Inst) []int {
	i := m.instAt(in.Target())
	if i < 0 {
		return nil
	}
	var out []int
	for _, t := range m.switches[i] {
		out = append(out, in.PC+int(t))
	}
	return out
}

// cfgScratch holds buildBlocks' temporaries, reused by one engine for
// every method it decodes.
type cfgScratch struct {
	leader  []bool
	blockOf []int32
}

func buildBlocks(m *method, s *cfgScratch) []block {
	n := len(m.insts)
	leader := reuse(&s.leader, n+1)
	leader[0] = true
	mark := func(pc int) {
		if i := m.instAt(pc); i >= 0 {
			leader[i] = true
		}
	}
	for i := range m.insts {
		fl := m.insts[i].flags()
		if fl&(dalvik.CanBranch|dalvik.CanSwitch|dalvik.CanReturn) != 0 || fl&dalvik.CanContinue == 0 {
			leader[i+1] = true
		}
		if fl&dalvik.CanBranch != 0 {
			mark(m.target(i))
		}
		if fl&dalvik.CanSwitch != 0 {
			for _, t := range m.switchTargets(m.inst(i)) {
				mark(t)
			}
		}
		// A call starts a new block after it so exception edges see the
		// state right after each call, where taint usually changes.
		if fl&dalvik.IsInvoke != 0 {
			leader[i+1] = true
		}
	}
	for _, t := range m.code.Tries {
		mark(int(t.StartAddr))
		mark(int(t.StartAddr) + int(t.InsnCount))
		for _, h := range t.Handler.Handlers {
			mark(int(h.Addr))
		}
		if t.Handler.HasCatchAll {
			mark(int(t.Handler.CatchAllAddr))
		}
	}
	nb := 0
	for _, l := range leader[:n] {
		if l {
			nb++
		}
	}
	blocks := make([]block, 0, nb)
	blockOf := reuse(&s.blockOf, n)
	for i := 0; i < n; {
		j := i + 1
		for j < n && !leader[j] {
			j++
		}
		for k := i; k < j; k++ {
			blockOf[k] = int32(len(blocks))
		}
		blocks = append(blocks, block{start: i, end: j})
		i = j
	}
	target := func(pc int) int {
		if i := m.instAt(pc); i >= 0 {
			return int(blockOf[i])
		}
		return -1
	}
	// Every block's successors and handlers are cut from one edge list
	// (most blocks have one or two), not allocated block by block.
	edges := make([]int, 0, 2*nb)
	for bi := range blocks {
		b := &blocks[bi]
		fl := m.insts[b.end-1].flags()
		add := func(t int) {
			if t >= 0 {
				edges = append(edges, t)
			}
		}
		b.succ = int32(len(edges))
		if fl&dalvik.CanContinue != 0 && b.end < n {
			add(bi + 1)
		}
		if fl&dalvik.CanBranch != 0 {
			add(target(m.target(b.end - 1)))
		}
		if fl&dalvik.CanSwitch != 0 {
			for _, t := range m.switchTargets(m.inst(b.end - 1)) {
				add(target(t))
			}
		}
		b.hand = int32(len(edges))
		startPC := int(m.insts[b.start].PC)
		for _, t := range m.code.Tries {
			if startPC < int(t.StartAddr) || startPC >= int(t.StartAddr)+int(t.InsnCount) {
				continue
			}
			for _, h := range t.Handler.Handlers {
				add(target(int(h.Addr)))
			}
			if t.Handler.HasCatchAll {
				add(target(int(t.Handler.CatchAllAddr)))
			}
		}
		b.stop = int32(len(edges))
		sort.Ints(edges[b.hand:])
	}
	m.edges = edges
	return blocks
}
