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

// automatic reports whether m runs without the user acting: walking
// callers from m, some entry point is reached without entering a
// user-action callback. The answers are kept per method.
func (w *witnesses) automatic(m *method) bool {
	if v, ok := w.auto[m]; ok {
		return v
	}
	seen := map[*method]bool{m: true}
	queue := []*method{m}
	found := false
	for len(queue) > 0 && !found {
		cur := queue[0]
		queue = queue[1:]
		user := w.e.userAction(cur)
		if cur.entry || cur.mstate == nil || len(cur.callers) == 0 {
			found = !user
			continue
		}
		for _, cs := range sortedCallers(cur) {
			if user && callbackEdge(cs, cur) {
				continue // the framework calls it when the user acts
			}
			if !seen[cs.m] {
				seen[cs.m] = true
				queue = append(queue, cs.m)
			}
		}
	}
	if w.auto == nil {
		w.auto = map[*method]bool{}
	}
	w.auto[m] = found
	return found
}

// callbackEdge reports whether call site cs reaches m as a callback the
// framework calls on the object made there (not a call, not a dispatch).
func callbackEdge(cs callSite, m *method) bool {
	if containsMethod(cs.m.calls[cs.pc], m) {
		return false
	}
	for _, a := range cs.m.async[cs.pc] {
		if a.t == m && a.rule != nil {
			return false
		}
	}
	return true
}
