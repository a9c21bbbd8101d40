package flow

import (
	"sort"
	"strings"

	"github.com/apkscan/apkscan/scanner/read/axml"
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
		// Tracker SDK code is a black box: calls into it are sinks, and what
		// it does inside (its own device-id reads, its own uploads) is the
		// tracker finding's business, not a code path of the app.
		if e.trackerOf(c.name) != "" {
			continue
		}
		// Library code (spec library-packages) is analysed when the app's
		// code calls into it, but its own callbacks and initialisers are
		// not entry points: what a library does on its own is not a code
		// path of the app, and a library-only leak is not reported anyway.
		if e.library(c.name) {
			continue
		}
		if components[c.name] {
			e.componentEntries(c, add)
		} else if e.callbackClass(c) {
			for _, m := range sortedMethods(c) {
				if !m.static() && m.name != "<init>" && e.callbackName(m.name) {
					add(m)
				}
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
		if a != nil {
			return true
		}
		for _, t := range e.r.entry.ManifestOnlyTypes {
			if n == t {
				manifestOnly = true
			}
		}
		if e.r.cbTypes[n] {
			callback = true
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
