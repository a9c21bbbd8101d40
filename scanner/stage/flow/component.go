package flow

import (
	"slices"
	"strings"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/read/axml"
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Component stores (spec stores with a component key) hold what the app
// hands to one of its own components: the activity an explicit intent
// names by a class literal (new Intent(context, Details.class)) reads it
// back with getIntent(), the fragment made as an app class
// (new Details().setArguments(bundle)) with getArguments(). The store is
// kept per class, so a component nothing names reads nothing of it.

// componentLoc returns the heap location of what store id holds for
// app class cls.
func (e *engine) componentLoc(id, cls string) int32 {
	loc := e.heapLoc("store:" + id + "@" + cls)
	if e.compLocs == nil {
		e.compLocs = map[int32]bool{}
	}
	e.compLocs[loc] = true
	return loc
}

// componentLocs returns the locations a write of component store id at
// call in puts argument register r into: those of the app class the write
// names (the intent's literal, or the receiver's class, regs[0]) and of
// every app class that class extends, whose code may read it too. None
// when the code does not show the class.
func (e *engine) componentLocs(m *method, in dalvik.Inst, id string, regs []uint32, r uint32) []int32 {
	var classes []string
	switch e.r.componentStores[id] {
	case rules.ComponentIntent:
		classes, _ = e.intentTargets(m, in, r)
	case rules.ComponentReceiver:
		if len(regs) > 0 && r != regs[0] {
			classes = []string{m.receiverType(in, regs[0])}
		}
	}
	var locs []int32
	for _, cls := range classes {
		if cls == "" || e.prog.framework(cls) {
			continue
		}
		e.prog.ancestors(cls, func(name string, c *class) bool {
			if c != nil {
				locs = append(locs, e.componentLoc(id, name))
			}
			return true
		})
	}
	return locs
}

// intentTarget is what intentTargets keeps for an intent argument.
type intentTarget struct {
	classes  []string
	explicit bool
}

// intentTargets returns the app classes the intent in register r at call
// in of m goes to: the one a class literal names where it was made
// (explicit), or the activities taking an action of the app's own
// (actionTargets). The answers are kept: the fixpoint asks at every pass,
// for the sink and for the store.
func (e *engine) intentTargets(m *method, in dalvik.Inst, r uint32) ([]string, bool) {
	k := intentArg{callSite{m, in.PC}, r}
	if t, ok := e.intentTo[k]; ok {
		return t.classes, t.explicit
	}
	var t intentTarget
	if cls := e.literalClass(m, in, r); cls != "" {
		t = intentTarget{[]string{cls}, true}
	} else {
		t.classes = e.actionTargets(m, in, r, axml.KindActivity)
	}
	if e.intentTo == nil {
		e.intentTo = map[intentArg]intentTarget{}
	}
	e.intentTo[k] = t
	return t.classes, t.explicit
}

// intentArg names an intent argument: the call and its register.
type intentArg struct {
	cs callSite
	r  uint32
}

// actionTargets returns the app's components of the given kinds whose
// intent filters take the action of the app's own the intent in register
// r was made with (new Intent("org.example.SHOW"), or setAction on it, a
// constant in the same straight run): an implicit intent the app's own
// activity (receiver, service) handles. A platform action (android.*) is
// left out: other apps take it too.
func (e *engine) actionTargets(m *method, in dalvik.Inst, r uint32, kinds ...string) []string {
	action := m.intentAction(in, r)
	if !customAction(action) || e.app == nil || e.app.Manifest == nil {
		return nil
	}
	var out []string
	for _, c := range e.app.Manifest.Components {
		if !slices.Contains(kinds, c.Kind) {
			continue
		}
		for _, f := range c.IntentFilters {
			if slices.Contains(f.Actions, action) {
				out = append(out, descriptor(c.Name))
				break
			}
		}
	}
	return out
}

// intentAction returns the constant action the intent in register r was
// made with before instruction at, or "".
func (m *method) intentAction(at dalvik.Inst, r uint32) string {
	i := m.instAt(at.PC)
	if i < 0 {
		return ""
	}
	w, j, ok := m.lastWrite(i, r)
	if !ok || w.Op != dalvik.OpNewInstance {
		return ""
	}
	if t, err := m.file.Type(w.Index); err != nil || t != "Landroid/content/Intent;" {
		return ""
	}
	// The constructor's first argument, or a setAction on the intent.
	for k := j + 1; k < i && k < len(m.insts); k++ {
		x := &m.insts[k]
		if x.flags()&dalvik.IsInvoke == 0 {
			continue
		}
		call := m.inst(k)
		regs := call.ArgRegs()
		if len(regs) < 2 || regs[0] != r {
			continue
		}
		ref, err := m.file.MethodRef(call.Index)
		if err != nil || ref.Class != "Landroid/content/Intent;" || len(ref.Proto.Parameters) == 0 || ref.Proto.Parameters[0] != "Ljava/lang/String;" {
			continue
		}
		if ref.Name == "<init>" || ref.Name == "setAction" {
			if s, ok := m.constString(call, regs[1]); ok {
				return s
			}
		}
	}
	return ""
}

// customAction reports whether an action is the app's own rather than the
// platform's (android.intent.action.VIEW, which other apps take too).
func customAction(a string) bool { return a != "" && !strings.HasPrefix(a, "android.") }

// componentWrite stores the arguments of a component store write under
// the classes the write names (componentLocs).
func (e *engine) componentWrite(m *method, in dalvik.Inst, c *callee, static bool, regs []uint32, args []tset) {
	for p := btoi(!static); p < len(regs) && p < len(args); p++ {
		t := dataFacts(e.concrete(m, args[p]))
		if len(t) == 0 {
			continue
		}
		for _, loc := range e.componentLocs(m, in, c.storeComp, regs, regs[p]) {
			e.writeKey(loc, t)
		}
	}
}

// componentRead returns the location a component store read at call in
// of m returns, or -1: the one kept for the class the call names, or, for
// a call a shrinker rebound to the framework's class
// (Activity.getIntent), for m's own class when the receiver is this.
func (e *engine) componentRead(m *method, in dalvik.Inst, c *callee, regs []uint32) int32 {
	cls := c.ref.Class
	if e.prog.framework(cls) {
		if len(regs) == 0 || m.static() || m.baseParam(m.instAt(in.PC), regs[0]) != 0 {
			return -1
		}
		cls = m.cls.name
	}
	return e.componentLoc(c.storeCompR, cls)
}

// componentParam returns, for a store callback of an app class (an
// activity's onNewIntent), the location of what is kept for its class
// and the slot and register of its first parameter, which that is.
func (e *engine) componentParam(m *method) (loc int32, slot int, reg int32, ok bool) {
	id := e.r.storeCallbacks[m.name]
	code := m.body()
	if id == "" || m.static() || len(m.params) == 0 || code == nil {
		return -1, 0, 0, false
	}
	slot = paramSlot(false, m.params, 0)
	return e.componentLoc(id, m.cls.name), slot, paramReg(code, slot), true
}

// componentCallback adds what is kept for m's class to the first
// parameter of a store callback (and makes m a reader of it).
func (e *engine) componentCallback(m *method) {
	if loc, slot, _, ok := e.componentParam(m); ok {
		if t := e.heapRead(e.readKey(m, loc)); len(t) > 0 {
			e.mergeParam(m, slot, t)
		}
	}
}

// componentStore reports whether heap location loc is what a component
// store keeps for a class (componentLoc).
func (e *engine) componentStore(loc int32) bool { return e.compLocs[loc] }

// storeRead returns the heap location a store read at call in of m takes
// in the fixpoint, or -1: a component store's for the class the call
// names (componentRead), none for a file the code does not name (which
// links to nothing: filestore.go), else the store's.
func (e *engine) storeRead(m *method, in dalvik.Inst, c *callee, regs []uint32) int32 {
	switch {
	case c.storeCompR != "":
		return e.componentRead(m, in, c, regs)
	case c.storeFile && e.fileName(m, in) == "":
		return -1
	}
	return c.storeR
}

// startable reports whether an explicit intent can start app class cls:
// a component only the manifest can start (a service, an activity) or a
// broadcast receiver (an explicit broadcast reaches declared ones only)
// when the manifest declares it enabled; any other class as before.
func (e *engine) startable(cls string) bool {
	if e.app == nil || e.app.Manifest == nil || !e.frameworkMade(cls) && !e.prog.extends(cls, typeReceiver) {
		return true
	}
	for _, c := range e.app.Manifest.Components {
		if c.Enabled && descriptor(c.Name) == cls {
			return true
		}
	}
	return false
}

// typeReceiver is the framework's broadcast receiver class.
const typeReceiver = "Landroid/content/BroadcastReceiver;"
