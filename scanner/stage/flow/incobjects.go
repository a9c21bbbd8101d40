package flow

import "github.com/apkscan/apkscan/scanner/read/dalvik"

// Objects in incognito mode. An object of an app class exists while
// incognito mode is on only if code running then makes it: a browser that
// picks its page tracker by the mode (incognito ? new NoOpTracker() : new
// SensorsTracker()) never has a SensorsTracker in incognito mode, so the
// methods of that class do not run then, whatever interface call would
// reach them; nor does a method of a class whose only objects made then
// are of a subclass overriding it (an IncognitoTab whose onVisited does
// nothing). This holds for classes the app itself makes (new-instance
// in reached code), not for those the framework makes (components,
// views and fragments from layouts), whose objects may exist whatever
// code ran.

// incObjects tracks, during incognitoReach, the app classes made in code
// that may run in incognito mode and the calls waiting for an object of
// a class.
type incObjects struct {
	e       *engine
	made    map[string]bool          // classes the app makes, and their ancestors
	madeInc map[string]bool          // classes made in incognito mode, and their ancestors
	waiting map[string][]waitingCall // calls of a class's methods waiting for an object of it
	// madeBy lists, for each class, the classes made in incognito mode
	// that extend it, in the order they were made (listed: once each);
	// runs[t] is -1 once an object of one of those of t's class runs t,
	// else how many of them were found not to.
	madeBy map[string][]string
	listed map[string]bool
	runs   map[*method]int
	consts *constSites // objects kept as a class's constants (incconsts.go)
}

// waitingCall is a call edge held back until an object of its target's
// class is made in incognito mode.
type waitingCall struct {
	t    *method
	from callSite
}

// newIncognitoObjects indexes the classes reached code makes (e.made) and
// their app ancestors.
func (e *engine) newIncognitoObjects() *incObjects {
	o := &incObjects{e: e, made: map[string]bool{}, madeInc: map[string]bool{}, waiting: map[string][]waitingCall{}, listed: map[string]bool{}, runs: map[*method]int{}, madeBy: map[string][]string{},
		consts: e.constantSites()}
	for _, c := range e.made {
		e.prog.ancestors(c.name, func(n string, _ *class) bool {
			o.made[n] = true
			return true
		})
	}
	return o
}

// wait reports whether the call of t from cs is held back: t is an
// instance method of a class only the app makes, and no object made in
// incognito mode runs it (none of its class, or only of subclasses that
// override it: an IncognitoTab whose onVisited does nothing). It is then
// run when one is. A call on the caller's own object (invoke-super,
// invoke-direct) is not held back: the object exists.
func (o *incObjects) wait(t *method, cs callSite) bool {
	cls := t.cls.name
	if t.static() || t.name == "<init>" || !o.made[cls] || o.frameworkMade(t.cls) || o.ownObject(cs) {
		return false
	}
	if o.madeInc[cls] && o.madeRuns(t) {
		return false
	}
	o.waiting[cls] = append(o.waiting[cls], waitingCall{t, cs})
	return true
}

// ownObject reports whether the call at cs runs on the caller's object.
func (o *incObjects) ownObject(cs callSite) bool {
	i := cs.m.instAt(cs.pc)
	if i < 0 {
		return false
	}
	op := cs.m.insts[i].Op
	return op == dalvik.OpInvokeSuper || op == dalvik.OpInvokeSuperRange || op == dalvik.OpInvokeDirect || op == dalvik.OpInvokeDirectRange
}

// madeRuns reports whether an object of a class made in incognito mode
// runs t when called; the classes already found not to are not asked
// again.
func (o *incObjects) madeRuns(t *method) bool {
	n := o.runs[t]
	if n < 0 {
		return true
	}
	made := o.madeBy[t.cls.name]
	for ; n < len(made); n++ {
		if o.runsOn(made[n], t) {
			o.runs[t] = -1
			return true
		}
	}
	o.runs[t] = n
	return false
}

// runsOn reports whether a call of t's method on an object of class d
// runs t.
func (o *incObjects) runsOn(d string, t *method) bool {
	return o.e.prog.resolve(d, sig{t.name, t.proto}) == t
}

// frameworkMade reports whether objects of c (or of a class extending
// it) may be made by the framework rather than by app code.
func (o *incObjects) frameworkMade(c *class) bool {
	return o.e.frameworkMade(c.name) || o.e.instantiated(c)
}

// makes records the object the new-instance at instruction i of m makes in
// incognito mode, or the constants a read there puts in use, and returns
// the calls that were waiting for them.
func (o *incObjects) makes(m *method, i int) []waitingCall {
	x := m.inst(i)
	if x.Op != dalvik.OpNewInstance {
		// A constant put in use (incconsts.go).
		var out []waitingCall
		for _, t := range o.consts.constantsRead(m, i) {
			out = append(out, o.madeClass(t)...)
		}
		return out
	}
	if o.consts.sites[callSite{m, x.PC}] {
		return nil // a constant: in use where it is read
	}
	t, err := m.file.Type(x.Index)
	if err != nil || o.e.prog.classes[t] == nil {
		return nil
	}
	return o.madeClass(t)
}

// madeClass records an object of class t made in incognito mode and
// returns the calls that were waiting for it.
func (o *incObjects) madeClass(t string) []waitingCall {
	if o.listed[t] {
		return nil
	}
	o.listed[t] = true
	var out []waitingCall
	o.e.prog.ancestors(t, func(n string, _ *class) bool {
		o.madeInc[n] = true
		o.madeBy[n] = append(o.madeBy[n], t)
		kept := o.waiting[n][:0]
		for _, w := range o.waiting[n] {
			if o.runsOn(t, w.t) {
				o.runs[w.t] = -1
				out = append(out, w)
			} else {
				kept = append(kept, w)
			}
		}
		if len(kept) == 0 {
			delete(o.waiting, n)
		} else {
			o.waiting[n] = kept
		}
		return true
	})
	return out
}
