package flow

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Witness search bounds. They cut work: a search that reaches its bound
// stops where it is and the candidates it has not confirmed are dropped.
// The order of the search is fixed by the code, so a cut is the same on
// every run.
const (
	maxSearchNodes = 200000 // per search (one source, or one callee summary)
	maxWitnessWork = 3000000
	// One root search (with the summaries it computes) may do at most
	// this share, so that one source whose value spreads everywhere does
	// not leave the sources searched after it without witnesses.
	maxRootWork    = 500000
	maxSummaryNest = 100   // summaries computed inside summaries (a chain of helpers passing the value down)
	maxOriginNodes = 20000 // per origin search or summary for one: a stream's way to its writes is short
)

// search is one forward search: from a source (root) or from a callee's
// parameter (a summary).
type search struct {
	w    *witnesses
	root bool
	src  int // a root search's source id
	// direct: a root search of browsing data, which counts only on a
	// path that never went far (findings.go): far nodes are not pushed.
	direct bool
	origin int // an origin search's origin index (origin.go), or -1
	// streams: an origin search, or a summary for one: it records the
	// stream writes the value reaches as their receiver.
	streams bool
	start   *method // the method a summary search starts in
	nodes   []wnode
	seen    map[wkey]int32
	head    int
	// outs collects a summary's outcomes, or a root search's sink arrivals.
	outs    []outcome
	outSeen map[outcomeKey]bool
	succBuf []int32
	handBuf []int32
	// A summary of a parameter's object holding the value in a field:
	// keepReg and keepFld say where, kept whether it is still there at a
	// return, cut whether a bound cut the search short.
	keepReg, keepFld int32
	kept, cut        bool
}

// Outcome kinds: where a value entering a callee's parameter ends up.
const (
	outRet    = iota // returned
	outParam         // written into the object of parameter j
	outHeap          // stored in heap location j (static field or store)
	outSink          // reached a checked argument of the sink at site
	outMember        // stored in instance field j of some object (see regMember)
	outStream        // reached the receiver of a stream write at site (origin.go)
	outThrow         // thrown, no handler of the method catching it
)

// outcome is one place the searched value reaches, with the node it is
// reached from.
type outcome struct {
	kind  uint8
	flags wflags
	j     int32
	fld   int32 // the returned or passed object's field holding the value, or -1
	site  callSite
	node  int32 // the node the last step starts from
	via   wvia  // the last step (kind vNone: none, node is the outcome)
}

type outcomeKey struct {
	kind  uint8
	flags wflags
	j     int32
	fld   int32
	site  callSite
	// A root search keeps every distinct way into a sink: each is a witness.
	node int32
	sub  *summary
	out  int32
}

func (w *witnesses) newSearch(root bool, start *method) *search {
	return &search{w: w, root: root, origin: -1, start: start, seen: map[wkey]int32{}, outSeen: map[outcomeKey]bool{}, keepReg: regNone, keepFld: -1}
}

// push adds a node unless its key was seen; it reports the node's index
// (-1 when the search is out of room).
func (s *search) push(k wkey, parent int32, via wvia) int32 {
	if parent >= 0 && k.want == 0 && k.m != nil && s.nodes[parent].k.m == k.m {
		k.want = s.nodes[parent].k.want // a constraint holds within its method
	}
	// A path runs in incognito mode only if every instruction on it may,
	// and every branch it takes (url = "(private)" on the other side of
	// an incognito test: the path keeping the URL is not taken then).
	if k.m != nil && k.flags&wInc != 0 && (!k.m.runsIncognito(int(k.m.insts[k.i].PC)) ||
		parent >= 0 && s.nodes[parent].k.m == k.m && !s.w.e.incognitoEdge(k.m, s.nodes[parent].k.i, k.i)) {
		k.flags &^= wInc
	}
	if n, ok := s.seen[k]; ok {
		return n
	}
	if k.flags&wString != 0 {
		// The same value of unknown class, seen there, goes wherever a
		// String could.
		u := k
		u.flags &^= wString
		if n, ok := s.seen[u]; ok {
			return n
		}
	}
	if s.direct && k.flags&wFar != 0 {
		return -1 // nothing it leads to counts
	}
	if len(s.nodes) >= maxSearchNodes || s.w.work >= s.w.maxWork || s.w.rootWork >= s.w.maxRoot ||
		s.streams && len(s.nodes) >= maxOriginNodes {
		s.w.cut, s.cut = true, true
		return -1
	}
	s.w.work++
	s.w.rootWork++
	n := int32(len(s.nodes))
	s.nodes = append(s.nodes, wnode{k: k, parent: parent, via: via})
	s.seen[k] = n
	return n
}

// outcome records where the value got to, once per kind, place and flags.
func (s *search) outcome(o outcome) {
	if o.kind == outSink || o.kind == outStream {
		o.flags &^= wString // the data has left: what it was matters no more
	}
	k := outcomeKey{kind: o.kind, flags: o.flags, j: o.j, fld: o.fld, site: o.site, node: -1}
	if s.root {
		k.node, k.sub, k.out = o.node, o.via.sub, o.via.out
	}
	if s.outSeen[k] {
		return
	}
	s.outSeen[k] = true
	s.outs = append(s.outs, o)
}

// run processes the work list to the end.
func (s *search) run() {
	for s.head < len(s.nodes) {
		n := int32(s.head)
		s.head++
		s.visit(n)
	}
}

// traceVisit, when set (by tests), sees every node visited.
var traceVisit func(s *search, n int32)

// visit applies the instruction at node n's place to its value.
func (s *search) visit(n int32) {
	if traceVisit != nil {
		traceVisit(s, n)
	}
	k := s.nodes[n].k
	switch k.reg {
	case regHeap:
		s.heapLoads(n)
		return
	case regMember:
		s.memberLoads(n)
		return
	}
	m := k.m
	if int(k.i) >= len(m.insts) {
		return
	}
	x := &m.insts[k.i]
	if x.Format == dalvik.FormatPayload {
		return
	}
	in := m.inst(int(k.i))
	if !s.transfer(n, m, in) || k.reg == regResult || k.reg == regThrown {
		return // a pending result lives for one instruction only
	}
	s.flowOn(n, k)
	if x.flags()&dalvik.CanThrow != 0 && !m.throwsNot(int(k.i)) {
		for _, h := range s.handlers(m, k.i) {
			s.push(wkey{m, h, k.reg, k.fld, k.flags, 0}, n, wvia{})
		}
	}
}

// flowOn passes the value, unchanged, to the instructions after k.i.
func (s *search) flowOn(n int32, k wkey) {
	m := k.m
	if m.insts[k.i].flags()&(dalvik.CanContinue|dalvik.CanBranch|dalvik.CanSwitch) == 0 {
		return
	}
	for _, t := range s.succs(m, k.i) {
		s.push(wkey{m, t, k.reg, k.fld, k.flags, 0}, n, wvia{})
	}
}

// next pushes the value to register reg (field fld of its object, or -1)
// after instruction i of m, as the step via. It returns the node made for
// the first successor (-1 if none), the parent of any step that follows
// from the same instruction.
func (s *search) next(n int32, m *method, i int32, reg, fld int32, flags wflags, via wvia) int32 {
	via.m = m
	if via.kind != vAlias { // an alias step names the instruction that made the alias
		via.pc = m.insts[i].PC
	}
	via.to, via.tfld = reg, fld
	if reg == regResult && fld >= 0 {
		return -1 // results are values (or keyed containers)
	}
	if m.insts[i].flags()&(dalvik.CanContinue|dalvik.CanBranch|dalvik.CanSwitch) == 0 {
		return -1
	}
	first := int32(-1)
	for _, t := range s.succs(m, i) {
		if x := s.push(wkey{m, t, reg, fld, flags, 0}, n, via); first < 0 {
			first = x
		}
	}
	if first >= 0 {
		s.paramOut(first, m, reg, fld, flags)
	}
	return first
}

// via builds a step from node n's place.
func (s *search) via(n int32, kind uint8) wvia {
	k := s.nodes[n].k
	return wvia{kind: kind, from: k.reg, ffld: k.fld, tfld: -1, loc: -1}
}
