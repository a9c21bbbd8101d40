package flow

import "github.com/apkscan/apkscan/scanner/read/dalvik"

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
// where reached code may run (not in a branch its method's constants rule
// out: a compatibility class for devices older than the app's minSdk), by
// the framework (what the manifest declares, views, fragments) or by a
// library.
func (w *witnesses) hasObjects(t *method) bool {
	if t.static() || t.name == "<init>" {
		return true
	}
	c := t.cls
	if w.e.library(c.name) || w.e.frameworkMade(c.name) || w.e.instantiated(c) || w.declared(c.name) {
		return true
	}
	if w.live == nil {
		// Once: the classes made where reached code may run, and their
		// ancestors.
		w.indexSites()
		w.live = map[string]bool{}
		for _, mc := range w.e.made {
			for _, s := range w.siteList[mc.name] {
				if w.feasibleHere(s.m, s.pc) {
					w.e.prog.ancestors(mc.name, func(n string, _ *class) bool {
						w.live[n] = true
						return true
					})
					break
				}
			}
		}
	}
	return w.live[c.name]
}

// declared reports whether the manifest declares a class extending cls:
// the framework makes it.
func (w *witnesses) declared(cls string) bool {
	if w.declaredAnc == nil {
		w.declaredAnc = map[string]bool{}
		if w.e.app != nil && w.e.app.Manifest != nil {
			for _, c := range w.e.app.Manifest.Components {
				w.e.prog.ancestors(descriptor(c.Name), func(n string, _ *class) bool {
					w.declaredAnc[n] = true
					return true
				})
			}
		}
	}
	return w.declaredAnc[cls]
}

// indexSites lists, once, the new-instance sites of each type in the
// reached methods, in method order.
func (w *witnesses) indexSites() {
	if w.siteList != nil {
		return
	}
	w.siteList = map[string][]callSite{}
	for _, m := range w.reachedMethods() {
		for i := range m.insts {
			if m.insts[i].Op != dalvik.OpNewInstance {
				continue
			}
			if t, err := m.file.Type(m.inst(i).Index); err == nil {
				w.siteList[t] = append(w.siteList[t], callSite{m, int(m.insts[i].PC)})
			}
		}
	}
}

// liveMethod reports whether m may run: an entry point, a method reached
// by no recorded call (linked some other way), or one a call that may run
// reaches, through targets that have objects (liveTargets) from a site
// its method's constants leave live (feasibleHere). A compatibility
// class made only for devices older than the app's minSdk runs nowhere,
// and the identifiers it reads are no findings.
func (w *witnesses) liveMethod(m *method) bool {
	if w.liveSet == nil {
		w.liveSet = map[*method]bool{}
		var queue []*method
		push := func(t *method) {
			if !w.liveSet[t] {
				w.liveSet[t] = true
				queue = append(queue, t)
			}
		}
		for _, r := range w.reachedMethods() {
			if r.entry || len(r.callers) == 0 {
				push(r)
			}
		}
		for len(queue) > 0 {
			cur := queue[0]
			queue = queue[1:]
			for pc, ts := range cur.calls { // a set is built: any order
				if w.feasibleHere(cur, pc) {
					for _, t := range w.liveTargets(ts) {
						push(t)
					}
				}
			}
			for pc, as := range cur.async {
				if w.feasibleHere(cur, pc) {
					for _, a := range as {
						push(a.t)
					}
				}
			}
		}
	}
	return w.liveSet[m]
}
