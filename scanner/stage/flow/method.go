package flow

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// method is one method defined in the app. Most methods of an app (library
// code nothing calls) are never analysed, so everything the analysis needs
// lives in mstate, allocated when the engine first reaches or decodes m.
type method struct {
	cls     *class
	name    string
	proto   string // "(args)ret"
	params  []string
	retType string
	access  uint32
	codeOff uint32 // code_off: 0 for abstract and native methods
	file    *dex.File

	read      bool // body has tried to decode the code_item
	decoded   bool
	reached   bool
	entry     bool
	dirty     bool // needs the full analysis (see scan.go)
	oversized bool // too large for register states; only scanned
	queued    bool
	setsRead  bool // its calls handing the incognito state on, and its tests picking UI, were looked at (setters.go, uistate.go)

	*mstate // nil until state() is called
}

// mstate is a method's code and analysis state, owned by one engine.
type mstate struct {
	code     *dex.Code             // decoded by body on first use
	insts    []inst                // decoded on first use
	wide     map[int32]dalvik.Inst // the instructions inst cannot pack, by index (see inst)
	lambdas  map[int32]dalvik.Inst // invoke-customs analysed as calls of their lambda's body (lambda.go), by index
	pcIndex  []int32               // code unit -> index into insts, -1 between instructions
	switches map[int][]int32       // switch payload's relative targets, by index into insts
	tables   map[uint32]bool       // registers holding an encoder's table (engine.table)
	blocks   []block
	edges    []int // blocks' successors and handlers (see block)

	paramTaint []tset              // taint per parameter register slot
	ret        tset                // taint of every returned value
	callers    []callSite          // call sites that may run this method (rarely one twice)
	calls      map[int][]*method   // app targets per invoke pc
	async      map[int][]asyncEdge // app methods a framework call runs later (dispatch.go), per invoke pc
	branches   map[int]tset        // incognito facts tested by if-eqz/if-nez per pc (nil: none)
	decided    map[int][]decided   // uses of registers holding incognito state by their constants, per pc (decided.go)
	thrown     tset                // taint of thrown values, for move-exception
	outs       []tset              // per parameter slot: what the code adds to the object passed there (paramout.go)

	blockOf   []int32          // block of each instruction, for the witness search (nil until asked)
	unstable  []bool           // per parameter slot: some instruction writes its register (nil until asked)
	joins     []bool           // per block: entered other than by falling through (nil until asked)
	onlyPreds []int32          // per block: the one block that leads to it, or -1 (nil until asked)
	joinPreds [][]int32        // per block: the blocks branching forward to it, nil if a handler or a back edge does too (nil until asked)
	recvTypes map[int32]string // receiverType's answers, by invoke pc

	incBlocks []bool    // blocks that may run in incognito mode (nil: method never does)
	incFrom   *callSite // the call site that first ran it in incognito mode
}

// state returns m's mstate, allocating it on first use.
func (m *method) state() *mstate {
	if m.mstate == nil {
		m.mstate = new(mstate)
	}
	return m.mstate
}

// callSite is one invoke instruction.
type callSite struct {
	m  *method
	pc int
}

func (m *method) static() bool { return m.access&accStatic != 0 }

// private reports whether m is private: only its own class calls it,
// never through virtual dispatch, so never the framework.
func (m *method) private() bool { return m.access&accPrivate != 0 }

// key names m as "Lcls;->name(args)ret" (built when asked: it is needed
// for evidence and ordering of the few methods that have findings).
func (m *method) key() string { return m.cls.name + "->" + m.name + m.proto }

// keyLess orders methods by key without building the keys.
func keyLess(a, b *method) bool {
	return cmpConcat([4]string{a.cls.name, "->", a.name, a.proto}, [4]string{b.cls.name, "->", b.name, b.proto}) < 0
}

// cmpConcat compares the concatenations of a's and b's parts bytewise.
func cmpConcat(a, b [4]string) int {
	i, j, pi, pj := 0, 0, 0, 0 // part and offset in it, for a and b
	for {
		for i < len(a) && pi == len(a[i]) {
			i, pi = i+1, 0
		}
		for j < len(b) && pj == len(b[j]) {
			j, pj = j+1, 0
		}
		switch {
		case i == len(a) && j == len(b):
			return 0
		case i == len(a):
			return -1
		case j == len(b):
			return 1
		}
		if x, y := a[i][pi], b[j][pj]; x != y {
			if x < y {
				return -1
			}
			return 1
		}
		pi, pj = pi+1, pj+1
	}
}

// hasCode reports whether m has a code_item (is neither abstract nor native).
func (m *method) hasCode() bool { return m.codeOff != 0 }

// body decodes m's code_item on first use. It is nil when m has none or the
// code_item does not decode (the indexer reports that as a diagnostic).
func (m *method) body() *dex.Code {
	if !m.read {
		m.read = true
		if m.codeOff != 0 {
			m.state().code, _ = m.file.Code(m.codeOff)
		}
	}
	if m.mstate == nil {
		return nil
	}
	return m.code
}
