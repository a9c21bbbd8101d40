package flow

import (
	"cmp"
	"slices"
	"sort"

	"github.com/apkscan/apkscan/scanner/read/axml"
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// dispatch links a framework call that runs an app method later
// (Handler.post(r) runs r.run(), Thread.start runs run(), AsyncTask.execute
// runs doInBackground) to that method, passing argument taint as the
// rule's flow says. The object whose method runs is the receiver or an
// argument, as the rule says; its class is the class the call is written
// against, or the class the code shows the object has. When the class is
// unknown and data flows in (Handler.sendMessage's message), every app
// subclass of the rule's type that reached code makes is linked.
func (e *engine) dispatch(m *method, in dalvik.Inst, c *callee, static bool, args []tset, regs []uint32) (own bool) {
	cs := callSite{m, in.PC}
	overridden := -1 // appOverride's answer, once asked
	for i := range c.dispatch {
		dr := &c.dispatch[i]
		if dr.object != posRecv && dr.object != posNone {
			if overridden < 0 {
				overridden = btoi(e.appOverride(m, in, c, static, regs))
			}
			if overridden == 1 {
				continue // the app's own code runs: it hands the object on (argclasses.go)
			}
		}
		obj := e.dispatchObject(dr, c, static, regs)
		if obj < 0 && dr.object != posNone && dr.object != posMaker && dr.object != posMadeWith && dr.object != posMakerMadeWith {
			continue
		}
		cls, objCls := "", ""
		var handed []string // the classes whose method may run, when more than one
		if obj == 0 && !static && !c.framework {
			cls = c.ref.Class
		}
		if obj >= 0 {
			t := m.knownType(in, regs[obj])
			if obj == 0 && !static && t != "" && e.prog.framework(t) && m.justMade(in, regs[obj]) {
				continue // a receiver of the framework's own class (a plain new Handler()): no app method runs
			}
			if objCls = e.appClass(m, in, regs[obj], t); objCls != "" {
				cls = objCls
			}
		}
		if dr.object == posMaker && !static && len(regs) > 0 {
			cls = e.makerClass(m, in, regs[0])
		}
		if dr.object == posMadeWith {
			if static || len(regs) == 0 {
				continue
			}
			if cls, handed = oneOrMany(e.madeWithClasses(m, in, regs[0], dr.objTyp)); cls == "" && len(handed) == 0 {
				continue // made without one (a Handler subclass: another rule's)
			}
		}
		if dr.object == posMakerMadeWith {
			if static || len(regs) == 0 {
				continue
			}
			if cls, handed = oneOrMany(e.makerMadeWith(m, in, regs[0], dr.objTyp)); cls == "" && len(handed) == 0 {
				continue
			}
		}
		if dr.provider {
			if handed = e.providersOf(m, in, regs[obj], dr.target); len(handed) == 0 {
				continue // no provider of the app's own: another app's, or unknown
			}
			own = true
		}
		if dr.literal {
			if cls = e.literalClass(m, in, regs[obj]); cls == "" {
				// An implicit intent with an action of the app's own: its
				// components taking it (a receiver's intent filter).
				for _, a := range e.actionTargets(m, in, regs[obj], axml.KindReceiver, axml.KindService) {
					if e.startable(a) && e.findByName(a, dr.target) != nil {
						handed = append(handed, a)
					}
				}
				if len(handed) == 0 {
					continue // no class literal made it: nothing is known to run
				}
			} else if !e.startable(cls) {
				continue // an app component the manifest does not enable: it never runs
			}
			own = true
		}
		inParam := 0 // 1 + the parameter slot handed holds the classes of
		if cls == "" && obj >= 0 && !dr.literal && !dr.provider && dr.annot == "" && dr.prefix == "" {
			handed = e.classesOf(m, in, regs[obj], objCls)
			if objCls == "" {
				inParam = 1 + m.stableParam(int32(regs[obj]))
			}
		}
		var targets []*method
		switch {
		case dr.annot != "" && !dr.hasArg:
			// The object's methods declared with the annotation (a
			// WebView's bridge).
			targets = e.annotatedMethods(cls, dr.annot)
		case dr.annot != "" || dr.prefix != "":
			targets = e.subscriberTargets(m, in, c, static, regs, dr)
		case cls != "":
			if t := e.findByName(cls, dr.target); t != nil {
				targets = []*method{t}
			}
		case len(handed) > 0:
			// An object the method was given: the classes its callers pass.
			// In incognito mode, those passed by callers running then
			// (incargs.go).
			for _, pc := range handed {
				if t := e.findByName(pc, dr.target); t != nil && !containsMethod(targets, t) {
					targets = append(targets, t)
				}
			}
		case dr.hasArg:
			targets = e.pendingDispatch(cs, dr)
			if dr.object == posMaker && e.familyDefines(m.cls.name, dr.owner) {
				// The maker is unknown, but the caller's own class family
				// defines subclasses of the type (an activity's handler):
				// the message goes to one of those.
				targets = slices.DeleteFunc(slices.Clone(targets), func(t *method) bool {
					return !e.prog.sameFamily(m.cls.name, t.cls.name)
				})
			}
		}
		if len(handed) == 0 {
			inParam = 0
		}
		for _, t := range targets {
			callee := e.dispatchInto(cs, t, dr, c, static, args, obj, inParam)
			if dr.then != "" {
				e.dispatchThen(cs, t, dr, cmp.Or(cls, t.cls.name), callee, inParam)
			}
		}
	}
	return own
}

// familyDefines reports whether the class family of cls (its outer class
// and the classes nested in it, its super- and subclasses) defines a
// subclass of owner. It depends on the program only, not on what the
// analysis has reached so far.
func (e *engine) familyDefines(cls, owner string) bool {
	k := [2]string{cls, owner}
	if v, ok := e.families[k]; ok {
		return v
	}
	found := false
	for _, c := range e.prog.order {
		if e.prog.sameFamily(cls, c.name) && e.prog.extends(c.name, owner) {
			found = true
			break
		}
	}
	if e.families == nil {
		e.families = map[[2]string]bool{}
	}
	e.families[k] = found
	return found
}

// dispatchObject returns the register-list position of the object whose
// method a dispatch rule runs, or -1.
func (e *engine) dispatchObject(dr *dispatchRule, c *callee, static bool, regs []uint32) int {
	pos := -1
	switch {
	case dr.object == posMadeWith, dr.object == posMakerMadeWith:
	case dr.objTyp != "":
		for k, p := range c.ref.Proto.Parameters {
			if p == dr.objTyp {
				pos = declaredArg(static, c.ref, k)
				break
			}
		}
	case dr.object == posNone:
	case dr.object == posRecv:
		if !static {
			pos = 0
		}
	default:
		pos = declaredArg(static, c.ref, dr.object)
	}
	if pos >= len(regs) {
		return -1
	}
	return pos
}

// dispatchInto links one dispatch edge and passes taint: the object
// becomes the method's this, the rule's flow fills a parameter.
// It returns the values the method is given, by parameter slot.
func (e *engine) dispatchInto(cs callSite, t *method, dr *dispatchRule, c *callee, static bool, args []tset, obj, inParam int) []tset {
	m := cs.m
	callee := make([]tset, 1, 1+len(t.params))
	if obj >= 0 && obj < len(args) && !dr.literalFlow() {
		callee[0] = args[obj]
	}
	if dr.hasArg && len(args) > 0 {
		var from tset
		switch dr.flow.from {
		case posArgs:
			for _, a := range args[min(btoi(!static), len(args)):] {
				from = union(from, a)
			}
		case posRecv:
			if !static {
				// An observable kept in a field: what it is given
				// through the field is the observer's too.
				in := m.inst(e.curI)
				from = union(args[0], e.keptIn(m, e.curI, in, c, in.ArgRegs()))
			}
		default:
			if p := declaredArg(static, c.ref, dr.flow.from); p < len(args) {
				from = args[p]
			}
		}
		slot := paramSlot(false, t.params, max(dr.flow.to, 0))
		for len(callee) <= slot {
			callee = append(callee, nil)
		}
		if k := max(dr.flow.to, 0); k < len(t.params) && t.params[k] == cursorType {
			from = e.cursorOf(t, k, e.concrete(m, from))
		} else if k < len(t.params) && textTypes[t.params[k]] {
			from = e.textOf(t, k, cmp.Or(dr.objTyp, t.cls.name)+"->"+t.name, e.concrete(m, from))
		}
		callee[slot] = from
	}
	known := m.hasAsync(cs.pc, t) // seen on an earlier pass
	if !known {
		m.addAsync(cs.pc, asyncEdge{t: t, rule: dr, inParam: inParam})
	}
	for i := range callee {
		callee[i] = e.concrete(m, callee[i])
	}
	e.callInto(cs, t, callee, !known)
	return callee
}

// dispatchThen links the method that runs after a dispatch's target on
// the same object of class cls, given what the target returned with the
// values it was given (doInBackground's result goes to onPostExecute).
// When the target's result grows, its callers, this site's method among
// them, run again and pass it on.
func (e *engine) dispatchThen(cs callSite, t *method, dr *dispatchRule, cls string, callee []tset, inParam int) {
	p := e.findByName(cls, dr.then)
	if p == nil || p == t {
		return
	}
	args := make([]tset, 1, 2)
	args[0] = callee[0]
	if len(p.params) > 0 {
		args = append(args, e.concrete(cs.m, e.substitute(t.ret, callee)))
	}
	known := cs.m.hasAsync(cs.pc, p)
	if !known {
		cs.m.addAsync(cs.pc, asyncEdge{t: p, rule: dr, after: t, inParam: inParam})
		if e.thenAfter == nil {
			e.thenAfter = map[*method]bool{}
		}
		e.thenAfter[t] = true
	}
	e.callInto(cs, p, args, !known)
}

// pendingSite is a dispatch whose object's class is unknown.
type pendingSite struct {
	cs callSite
	dr *dispatchRule
}

// pendingDispatch records a dispatch site whose object's class is unknown
// and returns the methods it runs on the app classes made so far; when
// another subclass of the rule's type is made, the site's method is
// analysed again (allocated).
func (e *engine) pendingDispatch(cs callSite, dr *dispatchRule) []*method {
	k := pendingSite{cs, dr}
	if !e.pendingSeen[k] {
		e.pendingSeen[k] = true
		e.pending = append(e.pending, k)
	}
	var out []*method
	for _, c := range e.made {
		if e.prog.extends(c.name, dr.owner) {
			if t := e.findByName(c.name, dr.target); t != nil && !containsMethod(out, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

// asyncEdge is a call the framework makes later on behalf of an invoke:
// Thread.start runs run(), AsyncTask.execute runs doInBackground; with no
// rule, an object's callbacks linked where app code makes it.
type asyncEdge struct {
	t    *method
	rule *dispatchRule
	// after is the dispatch's target whose result t is given, when t runs
	// after it (a rule's then): no argument of the call flows into t.
	after *method
	// inParam is 1 + the parameter slot of the caller the object came in
	// by, when its class is one callers pass (argclasses.go), or 0.
	inParam int
}

func (m *method) hasAsync(pc int, t *method) bool {
	for _, a := range m.async[pc] {
		if a.t == t {
			return true
		}
	}
	return false
}

// addAsync adds an edge, keeping a site's edges in method order (they are
// found in an order the work list decides).
func (m *method) addAsync(pc int, a asyncEdge) {
	if m.async == nil {
		m.async = map[int][]asyncEdge{}
	}
	list := m.async[pc]
	k := sort.Search(len(list), func(i int) bool { return !keyLess(list[i].t, a.t) })
	list = append(list, asyncEdge{})
	copy(list[k+1:], list[k:])
	list[k] = a
	m.async[pc] = list
}

// findByName returns the instance method called name (any descriptor) that
// an object of class cls runs: its own or the nearest inherited one.
func (e *engine) findByName(cls, name string) *method {
	var found *method
	e.prog.ancestors(cls, func(_ string, c *class) bool {
		if c == nil {
			return true
		}
		for _, m := range sortedMethods(c) {
			if m.name == name && !m.static() && m.hasCode() {
				found = m
				return false
			}
		}
		return true
	})
	return found
}

// ownSend dispatches a sink call that is also a dispatcher (startService,
// sendBroadcast with an intent) and reports whether it sends to the app's
// own component, named by a class literal where the intent was made (new
// Intent(context, Upload.class)): the data does not leave the app there,
// it goes on in the component, so the call is no sink.
func (e *engine) ownSend(m *method, in dalvik.Inst, c *callee, static bool, args []tset, regs []uint32) bool {
	if !e.dispatch(m, in, c, static, args, regs) {
		return false
	}
	if e.ownSends == nil {
		e.ownSends = map[callSite]bool{}
	}
	e.ownSends[callSite{m, in.PC}] = true
	return true
}

// ownIntent reports whether a sink call whose rule says so (in-app:
// startActivity) sends an explicit intent to one of the app's own
// components (new Intent(context, Details.class)), or, where the call
// starts an activity (a component store write), an intent with an action
// of the app's own that one of its activities takes: what it carries
// stays in the app.
func (e *engine) ownIntent(m *method, in dalvik.Inst, c *callee, regs []uint32) bool {
	if !c.inApp || len(c.sinkArgs) == 0 {
		return false
	}
	for _, p := range c.sinkArgs {
		if p >= len(regs) {
			return false
		}
		// An implicit intent counts where the call starts an activity (a
		// component store write).
		if to, explicit := e.intentTargets(m, in, regs[p]); !explicit && (c.storeComp == "" || len(to) == 0) {
			return false
		}
	}
	return true
}

// oneOrMany returns the one class of classes, or, for several, all of
// them as the classes an object may be of.
func oneOrMany(classes []string) (string, []string) {
	if len(classes) == 1 {
		return classes[0], nil
	}
	return "", classes
}
