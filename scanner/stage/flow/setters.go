package flow

import (
	"slices"
	"strings"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// Incognito setters. A shrinker renames the app's incognito flag (a tab's
// mIncognito becomes a), so a read of it is no longer known by its name.
// What survives is where the app hands the state on: the boolean of
// WebView's private-browsing constructor, a boolean stored under a key
// named like incognito mode (preferences, intent extras), the boolean
// argument of a method so named (setIncognito). Such a call, in reached
// code, says the app has an incognito mode even where no branch tests it,
// and the field its value came from holds the state: read just before the
// call, stored from the same parameter or value, or returned by the getter
// called for it. Reads of that field are incognito reads from then on, as
// if it were named so (readField). An app method that hands one of its
// parameters on so (its WebView subclass's constructor) is such a call too.

// setterCallee fills in c.stateParam (and c.stateKey) when the call hands
// the state on.
func (e *engine) setterCallee(c *callee, ref dex.MethodRef) {
	ps := ref.Proto.Parameters
	cls, name := ref.Class, ref.Name
	switch {
	case len(ps) >= 2 && ps[0] == "Ljava/lang/String;" && ps[1] == "Z" && e.ruled(e.r.prefSetters, cls, name):
		c.stateKey, c.stateParam = 0, 1
	case name == "<init>" && (e.r.stateArgs[cls+"->"+name] || e.r.stateArgs[e.prog.engineType(cls)+"->"+name]),
		name != "<init>" && e.ruled(e.r.stateArgs, cls, name):
		// A constructor is the class's own (or a web engine's copy of
		// it: X5's and MIUI's WebView take privateBrowsing too): a
		// subclass's takes other parameters.
		for i, p := range ps {
			if p == "Z" {
				c.stateParam = i
			}
		}
	case len(ps) == 1 && (ref.Proto.ReturnType == "V" || strings.HasPrefix(ref.Proto.ReturnType, "L")) &&
		e.r.incognitoName(name) && !e.incognitoIgnored(cls):
		// setIncognito(boolean), or a builder's usePrivateMode(boolean)
		// (GeckoView's session settings).
		c.stateParam = 0
	}
}

// maxWrapDepth bounds the app methods handing a parameter on to another
// that does: WebView's private-browsing constructor called by a WebView
// subclass's, called by a tab's, called by the method opening a tab.
const maxWrapDepth = 3

// wrapKey is a wrapperParam question: method and depth.
type wrapKey struct {
	t     *method
	depth int
}

// wrapperParam returns the declared parameter of app method t that a call
// in t's code hands on as the state, directly or, up to depth levels
// down, through other such methods, or -1. The answer depends on t and
// depth alone (a recursive method is asked at a smaller depth), so it is
// the same in any work order; it is kept.
func (e *engine) wrapperParam(t *method, depth int) int {
	if t == nil || !t.hasCode() || depth < 0 {
		return -1
	}
	k := wrapKey{t, depth}
	if v, ok := e.wrappers[k]; ok {
		return v
	}
	res := -1
	if !e.incognitoIgnored(t.cls.name) {
		t.decode(&e.cfg)
		for i := range t.insts {
			r, ok := e.setterValue(t, i, depth-1)
			if !ok {
				continue
			}
			if slot := t.stableParam(int32(r)); slot >= 0 {
				res = declaredParam(t.static(), t.params, slot)
				break
			}
		}
	}
	if e.wrappers == nil {
		e.wrappers = map[wrapKey]int{}
	}
	e.wrappers[k] = res
	return res
}

// declaredParam maps a parameter register slot (0 is an instance method's
// receiver) to its declared parameter, or -1.
func declaredParam(static bool, params []string, slot int) int {
	for p := range params {
		if paramSlot(static, params, p) == slot {
			return p
		}
	}
	return -1
}

// setterValue returns the register of the state when instruction i of m
// hands it on (a keyed store needs its key named like incognito mode), to
// a setter or to an app method doing so up to depth levels down (-1: to
// a setter only).
func (e *engine) setterValue(m *method, i int, depth int) (uint32, bool) {
	if m.insts[i].flags()&dalvik.IsInvoke == 0 {
		return 0, false
	}
	in := m.inst(i)
	if !namesMethod(in) {
		return 0, false
	}
	c := e.calleeOf(m.file, in.Index)
	if !c.ok {
		return 0, false
	}
	static, ps := isStatic(in.Op), c.ref.Proto.Parameters
	param := c.stateParam
	if param < 0 {
		if c.framework || depth < 0 || !slices.Contains(ps, "Z") {
			return 0, false
		}
		if depth == maxWrapDepth { // most questions: kept in the callee
			if !c.wrapAsked {
				c.wrapTop, c.wrapAsked = e.wrapperParam(e.prog.resolveRef(c.ref), depth), true
			}
			param = c.wrapTop
		} else {
			param = e.wrapperParam(e.prog.resolveRef(c.ref), depth)
		}
		if param < 0 {
			return 0, false
		}
	}
	regs := in.ArgRegs()
	at := paramSlot(static, ps, param)
	if at >= len(regs) {
		return 0, false
	}
	if c.stateKey >= 0 {
		kp := paramSlot(static, ps, c.stateKey)
		if kp >= len(regs) {
			return 0, false
		}
		key, ok := m.constString(in, regs[kp])
		if !ok || !e.r.incognitoName(key) {
			return 0, false
		}
	}
	return regs[at], true
}

func (e *engine) ruled(set map[string]bool, cls, name string) bool {
	if len(set) == 0 {
		return false
	}
	_, ok := lookupIn(e.prog, set, cls, name)
	return ok
}

// readSetters looks once at each call of m that hands the state on.
func (e *engine) readSetters(m *method) {
	m.setsRead = true
	if e.incognitoIgnored(m.cls.name) {
		return
	}
	e.setterOwnState(m)
	for i := range m.insts {
		r, ok := e.setterValue(m, i, maxWrapDepth)
		if !ok {
			continue
		}
		in := m.inst(i)
		if e.mayBeOn(m, i, r) {
			ev := methodEvidence(m, in.PC)
			ev.Value = e.calleeOf(m.file, in.Index).label()
			e.stateSets = append(e.stateSets, ev)
		}
		e.stateOrigin(m, i, r)
	}
}

// setterOwnState marks the fields a method so named that takes the state
// (setIncognito(boolean), a listener's onSecretModeChanged(boolean)) stores
// its parameter in: its callers hand it the state, as setterCallee says
// of them, wherever they are.
func (e *engine) setterOwnState(m *method) {
	if len(m.params) != 1 || m.params[0] != "Z" || !e.r.incognitoName(m.name) || !m.hasCode() {
		return
	}
	if r := paramReg(m.body(), paramSlot(m.static(), m.params, 0)); m.stableParam(r) >= 0 {
		for k := range m.insts {
			if st, ok := m.boolStore(k, uint32(r)); ok {
				e.markState(m, st)
			}
		}
	}
}

// mayBeOn reports whether the state register r holds at instruction i of
// m may turn incognito mode on, which shows the app has one: not a
// constant false (a WebView made never private), and not a parameter m
// itself hands on (its callers' values count instead).
func (e *engine) mayBeOn(m *method, i int, r uint32) bool {
	if slot := m.stableParam(int32(r)); slot >= 0 {
		return e.wrapperParam(m, maxWrapDepth) != declaredParam(m.static(), m.params, slot)
	}
	def, _, ok := m.lastWrite(i, r)
	return !ok || def.Op < dalvik.OpConst4 || def.Op > dalvik.OpConstHigh16 || def.Literal != 0
}

// stateOrigin marks the fields holding the boolean register r holds at
// instruction i of m.
func (e *engine) stateOrigin(m *method, i int, r uint32) {
	if m.stableParam(int32(r)) >= 0 {
		// A parameter nothing reassigns: every store of it.
		for k := range m.insts {
			if st, ok := m.boolStore(k, r); ok {
				e.markState(m, st)
			}
		}
		return
	}
	def, j, ok := m.lastWrite(i, r)
	if !ok {
		return
	}
	for k := j + 1; k < i; k++ { // stored on the way: the same value
		if st, ok := m.boolStore(k, r); ok {
			e.markState(m, st)
		}
	}
	switch {
	case def.Op == dalvik.OpIgetBoolean || def.Op == dalvik.OpSgetBoolean:
		e.markState(m, def)
	case def.Op == dalvik.OpMoveResult:
		e.getterState(e.resultMethod(m, j))
	}
}

// resultMethod returns the app method whose result the move-result at
// instruction j of m takes, or nil.
func (e *engine) resultMethod(m *method, j int) *method {
	if j == 0 {
		return nil
	}
	call := m.inst(j - 1)
	if call.Flags()&dalvik.IsInvoke == 0 || !namesMethod(call) {
		return nil
	}
	if c := e.calleeOf(m.file, call.Index); c.ok && !c.framework {
		return e.prog.resolveRef(c.ref)
	}
	return nil
}

// boolStore returns instruction k of m when it stores register r into a
// boolean field.
func (m *method) boolStore(k int, r uint32) (dalvik.Inst, bool) {
	if op := m.insts[k].Op; op != dalvik.OpIputBoolean && op != dalvik.OpSputBoolean {
		return dalvik.Inst{}, false
	}
	in := m.inst(k)
	return in, in.A == r
}

// getterState marks the boolean fields a getter returns.
func (e *engine) getterState(t *method) {
	if t == nil {
		return
	}
	t.decode(&e.cfg)
	t.writtenAt(dalvik.OpReturn, func(_ int, _, def dalvik.Inst) {
		if def.Op == dalvik.OpIgetBoolean || def.Op == dalvik.OpSgetBoolean {
			e.markState(t, def)
		}
	})
}

// markState makes the field in reads or writes incognito state, and has
// its readers analysed again.
func (e *engine) markState(m *method, in dalvik.Inst) {
	fi := e.fieldKey(m, in)
	if fi.ok && fi.ref.Type == "Z" && !fi.incognito && !e.incognitoIgnored(fi.ref.Class) {
		e.markLoc(&e.stateLocs, fi.loc)
	}
}

// markLoc adds a field to a set of fields the mode is known by, and has
// the field's readers analysed again when it is new there.
func (e *engine) markLoc(set *map[int32]bool, loc int32) {
	if (*set)[loc] {
		return
	}
	if *set == nil {
		*set = map[int32]bool{}
	}
	(*set)[loc] = true
	for _, r := range e.readers[loc].list {
		e.enqueue(r)
	}
}
