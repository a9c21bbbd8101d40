package flow

// What the user does. A browser keeps the shown page's URL in an object's
// state (a tab, a client); what later reads it decides what sending it
// means. Read when the user presses "translate this page", it is the
// user's request; read by a page callback, a timer or a lifecycle method,
// it is the app reporting on its own. An object's state counts as page
// data on the path only in code that runs without the user acting: code
// some entry point reaches other than through a user-action callback (spec
// entry-points user-actions, a layout's onClick handler).

// userAction reports whether the framework calls m when the user acts.
func (e *engine) userAction(m *method) bool {
	if m.static() {
		return false
	}
	if m.entry && m.proto == "(Landroid/view/View;)V" {
		return true // a layout's android:onClick handler
	}
	for _, n := range e.r.entry.UserActions {
		if m.name == n {
			return true
		}
	}
	return false
}

// automatic reports whether m runs without the user acting: some entry
// point reaches it without entering a user-action callback.
func (w *witnesses) automatic(m *method) bool {
	if w.auto == nil {
		w.auto = w.automaticMethods()
	}
	return w.auto[m]
}

// automaticMethods walks the call graph once, forward from the entry
// points (and methods nothing calls) that are not user actions, never into
// a user-action callback the framework calls on an object made in the
// code: what it reaches runs without the user acting. Reachability does
// not depend on the order of the walk.
func (w *witnesses) automaticMethods() map[*method]bool {
	reached := w.reachedMethods()
	succ := map[*method][]*method{}
	var queue []*method
	auto := map[*method]bool{}
	for _, m := range reached {
		user := w.e.userAction(m)
		if (m.entry || len(m.callers) == 0) && !user && !auto[m] {
			auto[m] = true
			queue = append(queue, m)
		}
		for _, cs := range m.callers {
			if user && edgeOf(cs, m) == edgeCallback {
				continue // the framework calls it when the user acts
			}
			succ[cs.m] = append(succ[cs.m], m)
		}
	}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, t := range succ[cur] {
			if !auto[t] {
				auto[t] = true
				queue = append(queue, t)
			}
		}
	}
	return auto
}

// notYetStored reports whether a read of the component's own field in its
// onCreate (this.f in an activity, service, provider or Application the
// framework makes) runs before the method st that stored the value can:
// st is a callback only the framework calls (a listener's onClick,
// another lifecycle callback), and the framework calls none of the
// object's callbacks before onCreate but attachBaseContext, nor any
// listener before it is registered, which is onCreate at the earliest.
// onCreate is the first of a new object's methods to run, unless the app
// calls it itself. A kept load (keptLoad) reads the object, not a value:
// never too early.
func (w *witnesses) notYetStored(st *method, ld loadSite) bool {
	m := ld.m
	if st == nil || st == m || ld.kept || m.name != "onCreate" || m.static() || ld.base < 0 ||
		m.baseParam(int(ld.i), uint32(ld.base)) != 0 || !w.e.frameworkMade(m.cls.name) ||
		len(w.directCallers(m)) > 0 {
		return false
	}
	switch st.name {
	case "<init>", "<clinit>", "attachBaseContext":
		return false
	}
	return len(st.callers) > 0 && len(w.directCallers(st)) == 0 || st.entry && len(st.callers) == 0
}

// oneSite reports whether the app makes the objects of class c, and of
// every class extending it, at one new-instance in reached code, and
// neither the framework nor a library makes any: all of them are made for
// one purpose.
func (w *witnesses) oneSite(c *class) bool {
	e := w.e
	if e.library(c.name) || e.frameworkMade(c.name) || e.instantiated(c) {
		return false
	}
	if w.sites == nil {
		// Once: each made class's sites count for it and its ancestors.
		w.indexSites()
		w.sites = map[string]int{}
		for _, mc := range e.made { // the classes reached code makes
			n := len(w.siteList[mc.name])
			e.prog.ancestors(mc.name, func(a string, _ *class) bool {
				w.sites[a] += n
				return true
			})
		}
	}
	return w.sites[c.name] == 1
}
