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
