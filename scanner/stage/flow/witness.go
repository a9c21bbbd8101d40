package flow

// Witnesses. The whole-program fixpoint (engine.go) over-approximates: its
// taint is per field, per parameter and per return value, so a fact can
// reach a sink without any single execution carrying the source's value
// there. A finding is reported only when a witness exists: a chain of
// statements, each moving the value one step (a move, an argument into a
// callee's parameter, a return into the caller's move-result, a field
// store then a load of the same field, a library call's modelled flow),
// from the source statement to a checked argument of the sink.
//
// The search runs forward from each source, over "the value is in register
// r before instruction i of method m" (plus a call's pending result, a
// thrown value and heap locations). It is context-sensitive the way IFDS
// is: entering a callee computes, once per (method, parameter), where the
// parameter's value goes inside it (its return, other parameters' objects,
// fields, sinks), and the caller continues after the call with that
// summary; returns climb to every caller only from the method the value
// started in. Bounds on nodes cut work (a candidate without a witness is
// dropped, and a diagnostic says the bound was hit); everything is visited
// in an order fixed by the code, never by maps, so the result does not
// depend on how the fixpoint got there.

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Special "registers" of a witness node.
const (
	regResult = -1 // a call's (or filled-new-array's) pending result
	regThrown = -2 // the value a throw passes to a handler's move-exception
	regHeap   = -3 // a heap location: i is its id (heapLoc), m is nil
	regNone   = -4 // nothing (where a source's value comes from)
	regMember = -5 // an instance field as the state of objects of its class: i is its id
)

// wflags are a search path's marks and what it knows of the value.
type wflags uint16

// Witness flags, carried along a search path.
const (
	wEncode wflags = 1 << iota // an encode step (Base64, hex, XOR) is on the path
	wCrypto                    // a javax.crypto step is on the path
	wEmbed                     // the value was placed inside other data
	wHeap                      // through a field or store written at another time
	wInc                       // every step so far may run while incognito is on
	// wMember: the value was read from an object's own field through
	// "this", without following the object itself: it may return only to
	// callers calling a method of the same object (see returned).
	wMember
	// wWhole: the value is an object a deserialiser made wholly from the
	// data (ObjectInputStream.readObject): its fields hold it too.
	wWhole
	// wFar: the value went through the heap more than once, or through a
	// heap place other than an app class's static or singleton field (a
	// store, saved state, a library's field, an object's state read where
	// only the user's act leads): what is read back there is not shown to
	// be what was written on this path, or not sent on the app's own
	// account (see heapFlags, memberLoads).
	wFar
	// wString: the value is a java.lang.String (it came from a String
	// result, parameter or field, or passed a check-cast to String). A
	// check-cast to a type String is not a subtype of stops it: the cast
	// throws (an Rx error consumer's bridge given a URL by the call graph).
	wString
	// wHeld: the value was put into a container (a map, a Bundle, a JSON
	// object, a queue) and is held there; read back out on the same path,
	// it is the value again (a callee's summary keeps the mark: it is not
	// computed once per mark). Like wEmbed it places the value inside what
	// is sent.
	wHeld
)

// wkey is a witness node's identity: where the value is, and the flags of
// the path that brought it there. With fld >= 0 the register holds an
// object whose field fld (a heap location id) holds the value: objects are
// followed as values, so a value put into one Pair is read back from that
// Pair, not from every Pair (an access path of length one).
type wkey struct {
	m     *method
	i     int32 // instruction index: the value is there before insts[i]
	reg   int32
	fld   int32
	flags wflags
	// want is 1 + an index into witnesses.wants, or 0: the value climbed
	// out of a virtual callee, so the method can only have run that
	// callee if a parameter was of the callee's class (see returned).
	want int32
}

// wnode is one node of a search, with the step that produced it.
type wnode struct {
	k      wkey
	parent int32 // index in the search's nodes, -1 for a start node
	via    wvia
}

// Kinds of witness steps (finding.Step.Kind).
const (
	vNone     = iota // value passes an instruction that does not touch it
	vSource          // the source statement
	vMove            // move, check-cast
	vArith           // arithmetic or conversion
	vEncode          // XOR, or a library call marked encode
	vModel           // a library call's modelled flow
	vAlias           // an object a call returned is its receiver, or an array row
	vArg             // into an app method's parameter (a call-through: sub is set)
	vReturn          // return to a caller (unbalanced: the source's own method)
	vResult          // move-result
	vStore           // iput, sput, aput, a store write
	vLoad            // iget, sget, aget, a store read
	vDispatch        // the framework runs an app method with the value
	vCatch           // move-exception of a thrown value
	vParamOut        // a callee wrote the value into an argument's object
	vThrow           // throw to a handler
	vSink            // a checked argument of the sink
)

var stepKinds = [...]string{vNone: "", vSource: "source", vMove: "move", vArith: "arith", vEncode: "encode",
	vModel: "model", vAlias: "alias", vArg: "arg", vReturn: "return", vResult: "result", vStore: "store",
	vLoad: "load", vDispatch: "dispatch", vCatch: "catch", vParamOut: "argout", vThrow: "throw", vSink: "sink"}

// wvia describes the step into a node: the instruction (m, pc) that moved
// the value, from where to where. For a call-through (vArg, vParamOut and
// results from a callee), sub and out name the callee's summary and the
// outcome the caller continues from, so the witness can be expanded.
type wvia struct {
	kind     uint8
	m        *method
	pc       int32
	from, to int32 // registers, regResult, regThrown, or regHeap (then loc)
	ffld     int32 // the field of from and of to, for object places (-1: none)
	tfld     int32
	loc      int32 // heap location for vStore and vLoad
	sub      *summary
	out      int32   // index of the outcome in sub
	callee   *method // for vParamOut: the method that wrote into the object
}

// succs returns the instructions that may run after instruction i of m:
// the next one inside a block, else the block's successors and handlers.
func (s *search) succs(m *method, i int32) []int32 {
	b := m.blockIndex(int(i))
	if b < 0 {
		return nil
	}
	blk := &m.blocks[b]
	s.succBuf = s.succBuf[:0]
	if int(i)+1 < blk.end {
		return append(s.succBuf, i+1)
	}
	for _, t := range m.succs(blk) {
		s.succBuf = append(s.succBuf, int32(m.blocks[t].start))
	}
	return s.succBuf
}

// handlers returns the first instructions of the exception handlers
// covering instruction i of m.
func (s *search) handlers(m *method, i int32) []int32 {
	b := m.blockIndex(int(i))
	if b < 0 {
		return nil
	}
	s.handBuf = s.handBuf[:0]
	for _, t := range m.handlersOf(&m.blocks[b]) {
		s.handBuf = append(s.handBuf, int32(m.blocks[t].start))
	}
	return s.handBuf
}

// caught moves a value thrown at instruction i of m (or by the call
// there), v the step that throws it, to the handlers around i, and
// reports whether there are any.
func (s *search) caught(n int32, m *method, i, fld int32, fl wflags, v wvia) bool {
	hs := s.handlers(m, i)
	for _, h := range hs {
		s.push(wkey{m, h, regThrown, fld, fl, 0}, n, v)
	}
	return len(hs) > 0
}

// blockIndex returns the block holding instruction i, computed once per
// method the search visits.
func (m *method) blockIndex(i int) int {
	if m.blockOf == nil {
		m.blockOf = make([]int32, len(m.insts))
		for b, blk := range m.blocks {
			for k := blk.start; k < blk.end; k++ {
				m.blockOf[k] = int32(b)
			}
		}
	}
	if i < 0 || i >= len(m.blockOf) {
		return -1
	}
	return int(m.blockOf[i])
}

// written returns the registers instruction in writes (its destination,
// two for wide values), or n == 0.
func written(in dalvik.Inst) (lo uint32, n int) {
	if !writesReg(in, in.A) || in.Op == dalvik.OpCheckCast {
		return 0, 0
	}
	if wideDest(in.Op) {
		return in.A, 2
	}
	return in.A, 1
}

// wideDest reports whether op writes a register pair.
func wideDest(op dalvik.Opcode) bool {
	switch op {
	case dalvik.OpMoveWide, dalvik.OpMoveWideFrom16, dalvik.OpMoveWide16, dalvik.OpMoveResultWide,
		dalvik.OpConstWide16, dalvik.OpConstWide32, dalvik.OpConstWide, dalvik.OpConstWideHigh16,
		dalvik.OpAgetWide, dalvik.OpIgetWide, dalvik.OpSgetWide:
		return true
	}
	switch {
	case op >= dalvik.OpNegLong && op <= dalvik.OpNegDouble && op != dalvik.OpNegFloat,
		op == dalvik.OpIntToLong, op == dalvik.OpIntToDouble, op == dalvik.OpFloatToLong,
		op == dalvik.OpFloatToDouble, op == dalvik.OpLongToDouble, op == dalvik.OpDoubleToLong:
		return true
	case op >= dalvik.OpAddLong && op <= dalvik.OpUshrLong, op >= dalvik.OpAddDouble && op <= dalvik.OpRemDouble,
		op >= dalvik.OpAddLong2addr && op <= dalvik.OpUshrLong2addr, op >= dalvik.OpAddDouble2addr && op <= dalvik.OpRemDouble2addr:
		return true
	}
	return false
}
