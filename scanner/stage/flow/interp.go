package flow

// The abstract interpreter behind constant-comparison pruning (prune.go):
// it runs one method over small integer sets, constant strings, URIs with
// a known scheme and the truth of scheme comparisons, following constants
// into static and private helpers; anything else is unknown and keeps
// every edge.

import (
	"slices"
	"strings"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// Abstract value kinds.
const (
	aUnknown  = iota
	aInts     // one of ints
	aStr      // the constant str
	aURI      // a URI whose scheme is str
	aSchemeOf // the scheme of the URI in register reg
	aPred     // true exactly when the URI in register reg has scheme str
	aMin      // an int of at least ints[0] (the device's SDK_INT, at least the app's minSdk)
)

// maxInts bounds an integer set; larger is unknown.
const maxInts = 8

// aval is an abstract value.
type aval struct {
	kind uint8
	ints []int64
	str  string
	reg  uint32
}

func (a aval) equal(b aval) bool {
	return a.kind == b.kind && a.str == b.str && a.reg == b.reg && slices.Equal(a.ints, b.ints)
}

// join merges two values reaching one point.
func join(a, b aval) aval {
	switch {
	case a.equal(b):
		return a
	case a.kind == aInts && b.kind == aInts:
		u := append(slices.Clone(a.ints), b.ints...)
		slices.Sort(u)
		u = slices.Compact(u)
		if len(u) > maxInts {
			return aval{}
		}
		return aval{kind: aInts, ints: u}
	}
	return aval{}
}

// astate is the abstract registers at a point (nil: not reached).
type astate []aval

func (s astate) clone() astate { return slices.Clone(s) }

// interp evaluates one method; constraints give URI schemes of parameters.
type interp struct {
	w     *witnesses
	m     *method
	depth int
}

// maxInterpDepth bounds helpers evaluated inside helpers.
const maxInterpDepth = 3

// run evaluates m from its entry with the parameter values given (by ins
// slot; missing ones unknown). It returns the blocks that may run, the
// state before each instruction of interest (at, or -1) and the set of
// values returned.
func (p *interp) run(params map[int]aval, at int) (reach []bool, atState astate, ret aval) {
	m := p.m
	code := m.body()
	if code == nil || len(m.blocks) == 0 {
		return nil, nil, aval{}
	}
	n := int(code.RegistersSize)
	in := make([]astate, len(m.blocks))
	in[0] = make(astate, n+1) // the last slot: a call's pending result
	base := n - int(code.InsSize)
	for slot, v := range params {
		if base+slot < n {
			in[0][base+slot] = v
		}
	}
	reach = make([]bool, len(m.blocks))
	work := []int{0}
	retSet := false
	for steps := 0; len(work) > 0 && steps < 20*len(m.blocks)+64; steps++ {
		b := work[0]
		work = work[1:]
		reach[b] = true
		st := in[b].clone()
		blk := &m.blocks[b]
		for i := blk.start; i < blk.end; i++ {
			if i == at {
				atState = st.clone()
			}
			if m.insts[i].Format == dalvik.FormatPayload {
				continue
			}
			x := m.inst(i)
			if x.Op >= dalvik.OpReturn && x.Op <= dalvik.OpReturnObject && int(x.A) < n {
				if !retSet {
					ret, retSet = st[x.A], true
				} else {
					ret = join(ret, st[x.A])
				}
			}
			st[n] = p.step(st[:n], x, st[n])
		}
		for _, e := range p.edges(b, st) {
			if in[e.to] == nil {
				in[e.to] = e.st
				work = append(work, e.to)
				continue
			}
			changed := false
			for r := range in[e.to] {
				if j := join(in[e.to][r], e.st[r]); !j.equal(in[e.to][r]) {
					in[e.to][r], changed = j, true
				}
			}
			if changed {
				work = append(work, e.to)
			}
		}
	}
	if len(work) > 0 {
		// Cut by the bound: what was not reached yet may run.
		return nil, nil, aval{}
	}
	return reach, atState, ret
}

// step applies one instruction to st; res is the previous call's result.
func (p *interp) step(st astate, x dalvik.Inst, res aval) aval {
	set := func(r uint32, v aval) {
		if int(r) >= len(st) {
			return
		}
		// Values about the URI that was in r no longer hold.
		for i := range st {
			if (st[i].kind == aSchemeOf || st[i].kind == aPred) && st[i].reg == r {
				st[i] = aval{}
			}
		}
		st[r] = v
	}
	get := func(r uint32) aval {
		if int(r) < len(st) {
			return st[r]
		}
		return aval{}
	}
	op := x.Op
	switch {
	case op >= dalvik.OpConst4 && op <= dalvik.OpConstHigh16:
		set(x.A, aval{kind: aInts, ints: []int64{x.Literal}})
	case op == dalvik.OpConstString || op == dalvik.OpConstStringJumbo:
		s, err := p.m.file.String(x.Index)
		if err != nil {
			set(x.A, aval{})
		} else {
			set(x.A, aval{kind: aStr, str: s})
		}
	case op == dalvik.OpMove || op == dalvik.OpMoveFrom16 || op == dalvik.OpMove16,
		op >= dalvik.OpMoveObject && op <= dalvik.OpMoveObject16:
		set(x.A, get(x.B))
	case op >= dalvik.OpMoveResult && op <= dalvik.OpMoveResultObject:
		set(x.A, res)
	case op == dalvik.OpSget || op >= dalvik.OpSgetBoolean && op <= dalvik.OpSgetShort:
		v, _ := p.w.staticRead(p.m, x) // the API level, a flag that never changes (staticconst.go)
		set(x.A, v)
	case x.Flags()&dalvik.IsInvoke != 0:
		return p.call(st, x)
	default:
		if lo, cnt := written(x); cnt > 0 {
			for r := lo; r < lo+uint32(cnt); r++ {
				set(r, aval{})
			}
		}
	}
	return aval{}
}

// call evaluates an invoke: Uri.getScheme, string comparisons, and the
// app's static and private helpers given what is known of their arguments.
func (p *interp) call(st astate, x dalvik.Inst) aval {
	if !namesMethod(x) {
		return aval{}
	}
	ref, err := p.m.file.MethodRef(x.Index)
	if err != nil {
		return aval{}
	}
	regs := x.ArgRegs()
	arg := func(i int) aval {
		if i < len(regs) && int(regs[i]) < len(st) {
			return st[regs[i]]
		}
		return aval{}
	}
	switch {
	case ref.Class == "Landroid/net/Uri;" && ref.Name == "getScheme" && len(regs) == 1:
		if u := arg(0); u.kind == aURI {
			return aval{kind: aStr, str: u.str}
		}
		return aval{kind: aSchemeOf, reg: regs[0]}
	case ref.Class == "Ljava/lang/String;" && (ref.Name == "equals" || ref.Name == "equalsIgnoreCase") && len(regs) == 2:
		return compareStr(arg(0), arg(1), ref.Name == "equalsIgnoreCase")
	case quietLevel(ref, arg(1)):
		return aval{kind: aInts, ints: []int64{0}}
	case (x.Op == dalvik.OpInvokeStatic || x.Op == dalvik.OpInvokeDirect) && p.depth < maxInterpDepth:
		t := p.w.e.prog.resolveRef(ref)
		if t == nil || t.name == "<init>" {
			return aval{}
		}
		params := map[int]aval{}
		for i := range regs {
			if a := arg(i); a.kind == aURI {
				params[i] = a
			}
		}
		if len(params) == 0 {
			return aval{}
		}
		t.decode(&p.w.e.cfg)
		_, _, ret := (&interp{w: p.w, m: t, depth: p.depth + 1}).run(params, -1)
		if ret.kind == aInts {
			return ret
		}
	}
	return aval{}
}

// compareStr evaluates a string equality.
func compareStr(a, b aval, fold bool) aval {
	eq := func(x, y string) bool {
		if fold {
			return strings.EqualFold(x, y)
		}
		return x == y
	}
	switch {
	case a.kind == aStr && b.kind == aStr:
		return aval{kind: aInts, ints: []int64{int64(btoi(eq(a.str, b.str)))}}
	case a.kind == aStr && b.kind == aSchemeOf:
		return aval{kind: aPred, reg: b.reg, str: strings.ToLower(a.str)}
	case b.kind == aStr && a.kind == aSchemeOf:
		return aval{kind: aPred, reg: a.reg, str: strings.ToLower(b.str)}
	}
	return aval{}
}

// quietLevel reports whether a call is Log.isLoggable(tag, level) with a
// constant level below INFO: false unless a developer sets the tag's
// level on the device (the default level is INFO), so what it guards
// does not run on users' phones.
func quietLevel(ref dex.MethodRef, level aval) bool {
	return ref.Class == "Landroid/util/Log;" && ref.Name == "isLoggable" && len(ref.Proto.Parameters) == 2 &&
		level.kind == aInts && len(level.ints) == 1 && level.ints[0] < logInfo
}

// quietCall reports whether call is Log.isLoggable with a constant level
// below INFO (quietLevel).
func quietCall(m *method, call dalvik.Inst) bool {
	if call.Op != dalvik.OpInvokeStatic || !namesMethod(call) {
		return false
	}
	ref, err := m.file.MethodRef(call.Index)
	regs := call.ArgRegs()
	if err != nil || len(regs) != 2 {
		return false
	}
	v, ok := m.constInt(call, regs[1])
	return ok && quietLevel(ref, aval{kind: aInts, ints: []int64{v}})
}

// logInfo is android.util.Log.INFO.
const logInfo = 4
