package flow

// Objects in incognito mode. An object of an app class exists while
// incognito mode is on only if code running then makes it: a browser that
// picks its page tracker by the mode (incognito ? new NoOpTracker() : new
// SensorsTracker()) never has a SensorsTracker in incognito mode, so the
// methods of that class do not run then, whatever interface call would
// reach them. This holds for classes the app itself makes (new-instance
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
	o := &incObjects{e: e, made: map[string]bool{}, madeInc: map[string]bool{}, waiting: map[string][]waitingCall{}}
	for _, c := range e.made {
		e.prog.ancestors(c.name, func(n string, _ *class) bool {
			o.made[n] = true
			return true
		})
	}
	return o
}

// wait reports whether the call of t from cs is held back: t is an
// instance method of a class only the app makes, and no object of it
// has been made in incognito mode yet. It is then run when one is.
func (o *incObjects) wait(t *method, cs callSite) bool {
	cls := t.cls.name
	if t.static() || t.name == "<init>" || !o.made[cls] || o.madeInc[cls] || o.frameworkMade(t.cls) {
		return false
	}
	o.waiting[cls] = append(o.waiting[cls], waitingCall{t, cs})
	return true
}

// frameworkMade reports whether objects of c (or of a class extending
// it) may be made by the framework rather than by app code.
func (o *incObjects) frameworkMade(c *class) bool {
	return o.e.frameworkMade(c.name) || o.e.instantiated(c)
}

// makes records the object the new-instance at instruction i of m makes in
// incognito mode and returns the calls that were waiting for it.
func (o *incObjects) makes(m *method, i int) []waitingCall {
	t, err := m.file.Type(m.inst(i).Index)
	if err != nil || o.e.prog.classes[t] == nil {
		return nil
	}
	var out []waitingCall
	o.e.prog.ancestors(t, func(n string, _ *class) bool {
		if !o.madeInc[n] {
			o.madeInc[n] = true
			out = append(out, o.waiting[n]...)
			delete(o.waiting, n)
		}
		return true
	})
	return out
}
