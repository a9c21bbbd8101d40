package flow

import (
	"slices"
	"sort"
	"strings"

	"github.com/apkscan/apkscan/scanner/read/axml"
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// entryPoints lists the app methods the framework may call, in a
// deterministic order: lifecycle methods of enabled manifest components
// and the Application subclass, layout onClick handlers, methods of
// classes extending framework callback types, and static initialisers.
func (e *engine) entryPoints(man *axml.Manifest) []*method {
	var out []*method
	seen := map[*method]bool{}
	add := func(m *method) {
		if m != nil && m.hasCode() && !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	components := map[string]bool{}
	if man != nil {
		for _, c := range man.Components {
			if !c.Enabled {
				continue
			}
			name := c.Name
			if c.Kind == "activity-alias" {
				name = c.TargetActivity
			}
			components[descriptor(name)] = true
		}
		if man.Application.Name != "" {
			components[descriptor(man.Application.Name)] = true
		}
	}
	for _, c := range e.prog.order {
		// Tracker SDK and library code (spec library-packages) is
		// analysed where the app's code calls into it, but its own
		// callbacks and initialisers are not entry points: what an SDK
		// does on its own is not a code path of the app.
		if e.trackerOf(c.name) != "" || e.library(c.name) {
			continue
		}
		if components[c.name] {
			e.componentEntries(c, add)
		} else if e.instantiated(c) {
			// The framework makes these from XML or by reflection (a
			// layout's views, fragments, workers, view models): app code
			// may never call their constructors, which run all the same.
			for _, m := range sortedMethods(c) {
				if m.name == "<init>" {
					add(m)
				}
			}
			for _, m := range e.callbacksOf(c) {
				add(m)
			}
		}
		if m := c.methods[sig{"<clinit>", "()V"}]; m != nil {
			add(m)
		}
	}
	return out
}

// componentEntries adds a component's constructors, its lifecycle methods
// (declared or inherited from app base classes) and onClick handlers.
func (e *engine) componentEntries(c *class, add func(*method)) {
	for _, m := range sortedMethods(c) {
		if m.name == "<init>" || (!m.static() && m.access&accPublic != 0 && m.proto == "(Landroid/view/View;)V") {
			add(m)
		}
	}
	e.prog.ancestors(c.name, func(_ string, a *class) bool {
		if a == nil {
			return true
		}
		for _, m := range sortedMethods(a) {
			if !m.static() && m.name != "<init>" && e.callbackName(m.name) {
				add(e.prog.resolve(c.name, sig{m.name, m.proto}))
			}
		}
		return true
	})
}

// callbackClass reports whether c extends or implements a framework
// callback type and is not a component only the manifest can start.
func (e *engine) callbackClass(c *class) bool {
	callback, manifestOnly := false, false
	e.prog.ancestors(c.name, func(n string, a *class) bool {
		if e.r.cbTypes[n] {
			// A listed type, in the framework or read as one (a web
			// engine's WebViewClient, engines.go).
			callback = true
		}
		if a != nil {
			return true
		}
		for _, t := range e.r.entry.ManifestOnlyTypes {
			if n == t {
				manifestOnly = true
			}
		}
		for _, p := range e.r.entry.CallbackPackages {
			if strings.HasPrefix(n, p) {
				callback = true
			}
		}
		return true
	})
	return callback && !manifestOnly
}

// instantiated reports whether c extends a type the framework instantiates
// by reflection (spec entry-points instantiated-types).
func (e *engine) instantiated(c *class) bool {
	found := false
	e.prog.ancestors(c.name, func(n string, a *class) bool {
		for _, t := range e.r.entry.InstantiatedTypes {
			if n == t {
				found = true
			}
		}
		return !found
	})
	return found
}

func (e *engine) callbackName(name string) bool {
	for _, p := range e.r.entry.LifecyclePrefixes {
		if strings.HasPrefix(name, p) && len(name) > len(p) {
			return true
		}
	}
	for _, n := range e.r.entry.CallbackMethods {
		if n == name {
			return true
		}
	}
	return false
}

func sortedMethods(c *class) []*method {
	out := make([]*method, 0, len(c.methods))
	for _, m := range c.methods {
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool { return keyLess(out[i], out[j]) })
	return out
}

// descriptor turns "com.foo.Bar" into "Lcom/foo/Bar;".
func descriptor(name string) string {
	return "L" + strings.ReplaceAll(name, ".", "/") + ";"
}

// allocated links the callbacks of an object app code makes to the
// instruction that makes it: a listener, a WebViewClient, a Runnable is
// called by the framework only once it exists, so its callbacks are
// reached from (and guarded like) its constructor call, not as entry
// points of their own. The constructor call of a super or this() inside
// a constructor is not a new object (the receiver was not just made).
func (e *engine) allocated(m *method, in dalvik.Inst, cls string, recv uint32) {
	c := e.prog.classes[cls]
	if c == nil || in.Op != dalvik.OpInvokeDirect && in.Op != dalvik.OpInvokeDirectRange {
		return
	}
	if m.receiverType(in, recv) != cls {
		return
	}
	if !e.madeSeen[c] {
		e.madeSeen[c] = true
		e.made = append(e.made, c)
		// Dispatch sites waiting for a subclass of their type run again.
		for _, p := range e.pending {
			if e.prog.extends(cls, p.dr.owner) {
				p.cs.m.dirty = true
				e.enqueue(p.cs.m)
			}
		}
	}
	cs := callSite{m, in.PC}
	if b := e.coroutineBody(c); b != nil {
		// Run where its lambda is made: by the launch a rule knows
		// (invokeSuspend), else from here (coroutine.go).
		if e.r.dispatchTargets[b.name] {
			e.deferAlloc(cs, b)
		} else {
			e.linkAlloc(cs, b)
		}
	}
	cbs, sites := e.callbacksOf(c), []callSite{cs}
	if len(cbs) > 0 {
		if reg := e.registrations(m, in, recv); len(reg) > 0 {
			sites = reg // called once handed to the framework (registered.go)
		}
	}
	for _, t := range cbs {
		for _, site := range sites {
			if e.r.dispatchTargets[t.name] {
				// Run by a dispatch (Handler.post, Executor.execute) whose
				// site, and guards, the code shows: linked here only if no
				// dispatch reaches it (linkUndispatched).
				e.deferAlloc(site, t)
				continue
			}
			e.linkAlloc(site, t)
		}
	}
}

// linkAlloc links a callback to the constructor call making its object.
func (e *engine) linkAlloc(cs callSite, t *method) {
	if !cs.m.hasAsync(cs.pc, t) {
		cs.m.addAsync(cs.pc, asyncEdge{t: t})
		e.callInto(cs, t, nil, true)
	}
}

type allocEdge struct {
	cs callSite
	t  *method
}

func (e *engine) deferAlloc(cs callSite, t *method) {
	k := allocEdge{cs, t}
	if !e.deferredSeen[k] {
		e.deferredSeen[k] = true
		e.deferred = append(e.deferred, k)
	}
}

// linkUndispatched links, once the fixpoint has settled, the dispatch-run
// callbacks (run, handleMessage, ...) that no dispatch reached to where
// their objects are made: a Runnable handed to code the rules do not
// model still runs. It reports whether it linked any.
func (e *engine) linkUndispatched() bool {
	// Decide first, then link: linking reaches the method, and which of
	// its sites came first must not matter. A method linked so once is
	// linked from every site that makes its object, in later rounds too.
	for _, d := range e.deferred {
		if !d.t.reached {
			e.fallback[d.t] = true
		}
	}
	linked := false
	for _, d := range e.deferred {
		if e.fallback[d.t] && !d.cs.m.hasAsync(d.cs.pc, d.t) {
			e.linkAlloc(d.cs, d.t)
			linked = true
		}
	}
	return linked
}

// hasReturnSink reports whether c or an app ancestor defines a method
// whose return the framework sends (spec sinks returns).
func (e *engine) hasReturnSink(c *class) bool {
	found := false
	e.prog.ancestors(c.name, func(_ string, a *class) bool {
		if a == nil {
			return true
		}
		for _, m := range sortedMethods(a) {
			if e.returnSink(m) != nil {
				found = true
				return false
			}
		}
		return true
	})
	return found
}

// callbacksOf lists, once per class, the methods the framework may call on
// an object of class c: for a class extending framework callback types,
// its (own or inherited) methods named like callbacks, but private ones
// (R8 names a helper of a callback's shape a, like a callback).
func (e *engine) callbacksOf(c *class) []*method {
	if cbs, ok := e.callbacks[c]; ok {
		return cbs
	}
	var out []*method
	if e.callbackClass(c) || e.hasReturnSink(c) {
		seen := map[*method]bool{}
		e.prog.ancestors(c.name, func(_ string, a *class) bool {
			if a == nil {
				return true
			}
			for _, m := range sortedMethods(a) {
				if m.static() || m.private() || m.name == "<init>" || !e.callbackName(m.name) && e.returnSink(m) == nil && e.vendorCallback(m) == nil {
					continue
				}
				if t := e.prog.resolve(c.name, sig{m.name, m.proto}); t != nil && !seen[t] {
					seen[t] = true
					out = append(out, t)
				}
			}
			return true
		})
	}
	e.callbacks[c] = out
	return out
}

// frameworkMade reports whether cls is a component only the framework
// makes (an activity, service, provider or the Application: spec
// entry-points manifest-only-types).
func (e *engine) frameworkMade(cls string) bool {
	made := false
	e.prog.ancestors(cls, func(n string, _ *class) bool {
		made = slices.Contains(e.r.entry.ManifestOnlyTypes, n)
		return !made
	})
	return made
}
