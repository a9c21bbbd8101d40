package flow

// Calls on objects that exist. Class-hierarchy analysis links a call on
// an app interface or class to every implementation; the witness search
// follows, among several, only those of classes an object of which
// exists: one reached code makes (or of a class extending it), or one the
// framework makes (components, views, fragments). A listener interface
// with a logging implementation the app never makes does not log what its
// callers pass. One target, or none of them made, is followed as it is.

// liveTargets returns the targets of a call the witness search follows.
func (w *witnesses) liveTargets(targets []*method) []*method {
	if len(targets) < 2 {
		return targets
	}
	live := 0
	for _, t := range targets {
		if w.hasObjects(t) {
			live++
		}
	}
	if live == len(targets) || live == 0 {
		return targets
	}
	out := make([]*method, 0, live)
	for _, t := range targets {
		if w.hasObjects(t) {
			out = append(out, t)
		}
	}
	return out
}

// hasObjects reports whether an object that may run method t exists: t
// is static or a constructor, or its class (or one extending it) is made
// by reached code, the framework (what the manifest declares, views,
// fragments) or a library.
func (w *witnesses) hasObjects(t *method) bool {
	if t.static() || t.name == "<init>" {
		return true
	}
	if w.made == nil {
		w.made = map[string]bool{}
		mark := func(cls string) {
			w.e.prog.ancestors(cls, func(n string, _ *class) bool {
				w.made[n] = true
				return true
			})
		}
		for _, c := range w.e.made {
			mark(c.name)
		}
		if w.e.app != nil && w.e.app.Manifest != nil {
			for _, c := range w.e.app.Manifest.Components {
				mark(descriptor(c.Name)) // the framework makes what the manifest declares
			}
		}
	}
	c := t.cls
	return w.made[c.name] || w.e.library(c.name) || w.e.frameworkMade(c.name) || w.e.instantiated(c)
}
