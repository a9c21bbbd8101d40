package flow

// Objects handed on in incognito mode. A helper that posts the Runnable it
// is given (argclasses.go) runs, in incognito mode, only the classes that
// callers running then pass it: a shared posting helper that one caller
// uses whatever the mode, and another only behind its incognito guard,
// does not run the second caller's Runnable in incognito mode. The
// classes follow the object from call to call through helpers that hand
// their parameter on; a helper the framework calls (an entry point) may
// be given any of them.

// incArgs tracks, during incognitoReach, the app classes passed in each
// parameter of a dispatch object type by calls that may run in incognito
// mode, and the dispatch edges waiting for one.
type incArgs struct {
	e        *engine
	classes  map[paramKey]map[string]bool // classes passed in incognito mode
	forwards map[paramKey][]paramKey      // a parameter handed on as another method's
	waiting  map[argClass][]waitingCall   // dispatch edges waiting for a class in a parameter
	free     map[*method]bool             // methods an entry point is: given anything
}

// argClass is one class in one parameter.
type argClass struct {
	p   paramKey
	cls string
}

func (e *engine) newIncognitoArgs() *incArgs {
	return &incArgs{e: e, classes: map[paramKey]map[string]bool{}, forwards: map[paramKey][]paramKey{},
		waiting: map[argClass][]waitingCall{}, free: map[*method]bool{}}
}

// calls records the classes the invoke at instruction i of m, running in incognito mode,
// passes to t, and returns the dispatch edges that were waiting for them.
func (a *incArgs) calls(m *method, i int, t *method, out []waitingCall) []waitingCall {
	e := a.e
	if len(e.argClasses) == 0 || e.library(t.cls.name) {
		return out
	}
	x := m.inst(i)
	regs := x.ArgRegs()
	for _, p := range e.objectSlots(t) {
		if p >= len(regs) {
			continue
		}
		to := paramKey{t, p}
		if len(e.argClasses[to]) == 0 {
			continue
		}
		r := regs[p]
		known := e.appClass(m, x, r, m.knownType(x, r))
		if s := m.stableParam(int32(r)); known == "" && s >= 0 && !a.free[m] {
			// Handed on: what m is given in incognito mode, now and later.
			from := paramKey{m, s}
			a.forwards[from] = append(a.forwards[from], to)
			for _, cls := range e.argClasses[from] {
				if a.classes[from][cls] {
					out = a.pass(to, cls, out)
				}
			}
			continue
		}
		for _, cls := range e.classesOf(m, x, r, known) {
			out = a.pass(to, cls, out)
		}
	}
	return out
}

// pass records class cls in parameter p in incognito mode, and in those
// p is handed on as, appending the edges that were waiting for it.
func (a *incArgs) pass(p paramKey, cls string, out []waitingCall) []waitingCall {
	if a.classes[p][cls] {
		return out
	}
	if a.classes[p] == nil {
		a.classes[p] = map[string]bool{}
	}
	a.classes[p][cls] = true
	k := argClass{p, cls}
	out = append(out, a.waiting[k]...)
	delete(a.waiting, k)
	for _, to := range a.forwards[p] {
		out = a.pass(to, cls, out)
	}
	return out
}

// waitCall reports whether the call of t at instruction i of m is held
// back: the call, on an object of a dispatch object type m was given
// (a helper's r.run()), runs t for a class callers pass (handedTargets),
// and no caller running in incognito mode has passed one yet.
func (a *incArgs) waitCall(m *method, i int, t *method) bool {
	if len(a.e.argClasses) == 0 || a.free[m] || t.static() {
		return false
	}
	x := m.inst(i)
	if invokeKind(x.Op) != 2 {
		return false
	}
	ref, err := m.file.MethodRef(x.Index)
	if err != nil || !a.e.r.objectTypes[ref.Class] {
		return false
	}
	regs := x.ArgRegs()
	if len(regs) == 0 || a.e.appClass(m, x, regs[0], m.knownType(x, regs[0])) != "" {
		return false
	}
	s := m.stableParam(int32(regs[0]))
	if s < 0 {
		return false
	}
	return a.hold(paramKey{m, s}, t, callSite{m, int(x.PC)})
}

// wait reports whether dispatch edge d at cs is held back: its object is
// one m was given, and no caller running in incognito mode has passed a
// class whose method it runs. It is then followed when one does.
func (a *incArgs) wait(d asyncEdge, cs callSite) bool {
	if d.inParam == 0 || a.free[cs.m] {
		return false
	}
	return a.hold(paramKey{cs.m, d.inParam - 1}, d.t, cs)
}

// hold reports whether the edge from cs to t, run for the classes passed
// in parameter p, waits: no class passed in incognito mode runs t. It
// is then followed when one is.
func (a *incArgs) hold(p paramKey, t *method, cs callSite) bool {
	var runs []string // the classes passed that run t
	for _, cls := range a.e.argClasses[p] {
		if !a.e.prog.extends(cls, t.cls.name) {
			continue
		}
		if a.classes[p][cls] {
			return false
		}
		runs = append(runs, cls)
	}
	if len(runs) == 0 {
		return false // not linked for a class callers pass: followed as before
	}
	for _, cls := range runs {
		k := argClass{p, cls}
		a.waiting[k] = append(a.waiting[k], waitingCall{t, cs})
	}
	return true
}
