package flow

import (
	"slices"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Most reachable methods never see taint: UI code, collections, support
// libraries. Such a method is only scanned: its calls are linked (so the
// call graph, reachability and incognito reachability stay complete) and
// it registers as a reader of the fields it reads, but no register states
// are computed. A method becomes dirty, and gets the full analysis, when
// it may produce taint itself (a source, an incognito read), reads a
// tainted field or store, calls a method returning concrete taint, or is
// called with non-empty arguments (its return summary is then needed).

// scan links m's calls and reports whether m needs the full analysis.
func (e *engine) scan(m *method) bool {
	dirty := false
	for i := range m.insts {
		// Decided on the packed form: only calls and field reads are
		// unpacked (payloads have no flags and the nop opcode).
		x := &m.insts[i]
		switch op := x.Op; {
		case x.flags()&dalvik.IsInvoke != 0:
			if e.scanInvoke(m, i, m.inst(i)) {
				dirty = true
			}
		case op >= dalvik.OpIget && op <= dalvik.OpIgetShort, op >= dalvik.OpSget && op <= dalvik.OpSgetShort:
			if len(e.readField(m, m.inst(i), op >= dalvik.OpSget)) > 0 {
				dirty = true
			}
		case op == dalvik.OpInstanceOf:
			dirty = dirty || e.instanceOfState(m, i) != nil
		case op == dalvik.OpPackedSwitch || op == dalvik.OpSparseSwitch:
			_, ok := e.incognitoKey(m, i)
			dirty = dirty || ok
		case op >= dalvik.OpIfEq && op <= dalvik.OpIfNez && m.keyCandidate(i):
			_, _, ok := e.keyTest(m, i)
			dirty = dirty || ok
		}
	}
	return dirty
}

func (e *engine) scanInvoke(m *method, i int, in dalvik.Inst) bool {
	if !namesMethod(in) {
		return false
	}
	c := e.calleeOf(m.file, in.Index)
	switch {
	case !c.ok:
		return false
	case c.srcs != nil && c.srcs[0].ConstArg != nil:
		regs := e.argRegs(in)
		if e.sourceAt(m, in, regs, isStatic(in.Op), c) != nil {
			return true
		}
		if c.sanitizer {
			return false
		}
	case c.sanitizer:
		return false
	case c.idArgs != nil:
		if src, _ := e.viewLookup(m, in, e.argRegs(in), c); src != nil {
			return true
		}
	case c.srcs != nil || c.incName || c.prefGet || c.lookup || c.keySlot >= 0:
		return true
	case c.sinkKind != "":
		e.markCalled(m, c)
		regs, static := e.argRegs(in), isStatic(in.Op)
		if len(c.dispatch) > 0 {
			e.ownSend(m, in, c, static, nil, regs)
		}
		// An app object whose fields hold data, given to the sink (a
		// request body a repository was handed).
		return len(e.heldData(m, in, c.ref, regs, static, func(k int) bool { return checkedArg(c, k, static) })) > 0
	}
	e.markCalled(m, c)
	if c.tracker != "" && e.trackerOf(m.cls.name) != c.tracker {
		return false // a black box (see invoke)
	}
	dirty := false
	regs := e.argRegs(in)
	if loc := e.storeRead(m, in, c, regs); loc >= 0 && len(e.readKey(m, loc)) > 0 {
		dirty = true
	}
	targets := e.appTargets(m, in, c, regs)
	if c.model != nil {
		targets = nil // see invoke
	}
	if c.ref.Name == "<init>" && len(regs) > 0 {
		e.allocated(m, in, c.ref.Class, regs[0])
	}
	if len(c.dispatch) > 0 {
		e.dispatch(m, in, c, isStatic(in.Op), nil, regs)
		dirty = dirty || len(e.asyncReturns(m, in, c.ref)) > 0 || len(e.keptIn(m, i, in, c, regs)) > 0
		if e.library(c.ref.Class) {
			targets = nil // a bundled library's dispatcher: its rule says what it runs
		}
	}
	if len(targets) > 0 {
		cs := callSite{m, in.PC}
		prev, seen := m.calls[in.PC] // this scan runs on every pass until m is dirty
		edges := !seen || !slices.Equal(prev, targets)
		if edges {
			m.calls[in.PC] = targets
		}
		for _, t := range targets {
			e.callInto(cs, t, nil, edges)
			dirty = dirty || concreteIn(t.ret) || concreteIn(t.thrown) || slices.ContainsFunc(t.outs, concreteIn)
		}
		if !c.framework {
			return dirty
		}
	}
	if len(targets) == 0 && c.model == nil && !truthOrVoid(c.ref) && c.ref.Name != "<init>" &&
		len(e.heldData(m, in, c.ref, regs, isStatic(in.Op), nil)) > 0 {
		dirty = true // a library call given an app object holding data (defaultModel)
	}
	return dirty
}
