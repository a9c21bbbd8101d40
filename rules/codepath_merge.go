package rules

import (
	"fmt"
	"strings"
)

// add appends o's entries to c, reporting a framework type o gives another
// supertype than c does.
func (c *CodePaths) add(o *CodePaths, p *problems) {
	if o == nil {
		return
	}
	c.Sources = append(c.Sources, o.Sources...)
	c.Sinks = append(c.Sinks, o.Sinks...)
	c.Origins = append(c.Origins, o.Origins...)
	c.VendorCallbacks = append(c.VendorCallbacks, o.VendorCallbacks...)
	c.Trackers = append(c.Trackers, o.Trackers...)
	c.TrackerServers = append(c.TrackerServers, o.TrackerServers...)
	c.Models = append(c.Models, o.Models...)
	c.Sanitizers = append(c.Sanitizers, o.Sanitizers...)
	c.Stores = append(c.Stores, o.Stores...)
	c.SavedState = append(c.SavedState, o.SavedState...)
	c.Dispatch = append(c.Dispatch, o.Dispatch...)
	c.LibraryPackages = append(c.LibraryPackages, o.LibraryPackages...)
	c.WebEngines = append(c.WebEngines, o.WebEngines...)
	i, q := &c.Incognito, o.Incognito
	i.Contains = append(i.Contains, q.Contains...)
	i.Exact = append(i.Exact, q.Exact...)
	i.Normal = append(i.Normal, q.Normal...)
	i.PreferenceGetters = append(i.PreferenceGetters, q.PreferenceGetters...)
	i.StateTypes = append(i.StateTypes, q.StateTypes...)
	i.PreferenceSetters = append(i.PreferenceSetters, q.PreferenceSetters...)
	i.StateArguments = append(i.StateArguments, q.StateArguments...)
	i.Lookups = append(i.Lookups, q.Lookups...)
	i.TrackerSwitches = append(i.TrackerSwitches, q.TrackerSwitches...)
	i.IgnorePackages = append(i.IgnorePackages, q.IgnorePackages...)
	e, r := &c.EntryPoints, o.EntryPoints
	e.LifecyclePrefixes = append(e.LifecyclePrefixes, r.LifecyclePrefixes...)
	e.CallbackPackages = append(e.CallbackPackages, r.CallbackPackages...)
	e.CallbackTypes = append(e.CallbackTypes, r.CallbackTypes...)
	e.CallbackMethods = append(e.CallbackMethods, r.CallbackMethods...)
	e.ManifestOnlyTypes = append(e.ManifestOnlyTypes, r.ManifestOnlyTypes...)
	e.InstantiatedTypes = append(e.InstantiatedTypes, r.InstantiatedTypes...)
	e.UserActions = append(e.UserActions, r.UserActions...)
	for k, v := range o.FrameworkSupers {
		if c.FrameworkSupers == nil {
			c.FrameworkSupers, c.superPos = map[string]string{}, map[string]Pos{}
		}
		at := o.superPos[k]
		if old, ok := c.FrameworkSupers[k]; ok && old != v {
			first := c.superPos[k]
			p.add(at.File, at.Line, "code-paths.framework-supers: %s: supertype %s, but it is %s (first defined at %s:%d)", k, v, old, first.File, first.Line)
			continue
		}
		if _, ok := c.FrameworkSupers[k]; !ok {
			c.FrameworkSupers[k], c.superPos[k] = v, at
		}
	}
}

// Len counts the entries: sources, sinks, origins, vendor callbacks,
// tracker APIs and servers, models, sanitizers, stores, saved states, dispatch
// calls, framework supertypes, library and web engine packages, incognito names and
// preference getters, entry-point types, prefixes and methods.
func (c *CodePaths) Len() int {
	if c == nil {
		return 0
	}
	i, e := c.Incognito, c.EntryPoints
	return len(c.Sources) + len(c.Sinks) + len(c.Origins) + len(c.VendorCallbacks) + len(c.Trackers) + len(c.TrackerServers) +
		len(c.Models) + len(c.Sanitizers) + len(c.Stores) + len(c.SavedState) + len(c.Dispatch) +
		len(c.FrameworkSupers) + len(c.LibraryPackages) + len(c.WebEngines) +
		len(i.Contains) + len(i.Exact) + len(i.Normal) + len(i.PreferenceGetters) + len(i.StateTypes) +
		len(i.PreferenceSetters) + len(i.StateArguments) + len(i.Lookups) + len(i.TrackerSwitches) + len(i.IgnorePackages) +
		len(e.LifecyclePrefixes) + len(e.CallbackPackages) + len(e.CallbackTypes) + len(e.CallbackMethods) +
		len(e.ManifestOnlyTypes) + len(e.InstantiatedTypes) + len(e.UserActions)
}

// check reports what only the whole spec shows: an id used twice, a call
// given one role twice (the code-path stage keeps one entry per call and
// role, so the second would silently replace the first; a source method
// may be a source of several sources that each have a const-arg), and a vendor
// callback naming no source (when whole: a part may name another part's).
func (c *CodePaths) check(p *problems, whole bool) {
	ids := map[string]Pos{}
	id := func(kind, v string, at Pos) {
		if first, ok := ids[v]; ok {
			p.add(at.File, at.Line, "%s %s: duplicate id (first defined at %s:%d)", kind, v, first.File, first.Line)
			return
		}
		ids[v] = at
	}
	roles := map[string]Pos{}
	role := func(kind, owner, r string, list []string, at Pos) {
		for _, m := range list {
			if first, ok := roles[r+"\x00"+m]; ok {
				p.add(at.File, at.Line, "%s%s: %s is already %s (first defined at %s:%d)", kind, owner, m, r, first.File, first.Line)
				continue
			}
			roles[r+"\x00"+m] = at
		}
	}
	conditional := map[string]bool{} // source methods whose sources all have a const-arg
	for _, s := range c.Sources {
		id("source", s.ID, s.Pos)
		// A call may be several sources, told apart by their constant
		// arguments (a password field's id, an address bar's).
		for _, m := range s.Methods {
			if _, ok := roles["a source method\x00"+m]; ok && s.ConstArg != nil && conditional[m] {
				continue
			}
			conditional[m] = s.ConstArg != nil
			role("source", " "+s.ID, "a source method", []string{m}, s.Pos)
		}
		role("source", " "+s.ID, "a source field", s.Fields, s.Pos)
		for _, cb := range s.Callbacks {
			// Overloads differ in where the data is: one callback name
			// may be a source in several parameters.
			role("source", " "+s.ID, "a source callback", []string{fmt.Sprintf("%s parameter %d", cb.Method, cb.Param)}, s.Pos)
		}
	}
	for _, s := range c.Sinks {
		id("sink", s.ID, s.Pos)
		role("sink", " "+s.ID, "a sink", s.Methods, s.Pos)
		role("sink", " "+s.ID, "a sink by its return", s.Returns, s.Pos)
	}
	for _, o := range c.Origins {
		id("origin", o.ID, o.Pos)
		role("origin", " "+o.ID, "an origin", o.Methods, o.Pos)
	}
	for _, s := range c.Stores {
		id("store", s.ID, s.Pos)
		role("store", " "+s.ID, "a store write", s.Writes, s.Pos)
		role("store", " "+s.ID, "a store read", s.Reads, s.Pos)
		role("store", " "+s.ID, "a store callback", s.Callbacks, s.Pos)
	}
	for _, m := range c.Models {
		role("code-paths.models", "", "modelled", m.Methods, m.Pos)
	}
	for _, t := range c.TrackerServers {
		for _, sc := range t.Calls {
			role("code-paths.tracker-servers", " "+t.Package, "a server address call", []string{sc.Method}, t.Pos)
		}
	}
	for _, v := range c.VendorCallbacks {
		if whole && c.SourceByID(v.Source) == nil {
			p.add(v.Pos.File, v.Pos.Line, "code-paths.vendor-callbacks: source %q is not the id of a source", v.Source)
		}
	}
}

// String summarises c for listings: "12 sources, 17 sinks, ...".
func (c *CodePaths) String() string {
	if c == nil {
		return "none"
	}
	var parts []string
	for _, n := range []struct {
		n            int
		one, several string
	}{
		{len(c.Sources), "source", "sources"}, {len(c.Sinks), "sink", "sinks"},
		{len(c.Origins), "origin", "origins"}, {len(c.Trackers), "tracker API", "tracker APIs"},
		{len(c.TrackerServers), "tracker server", "tracker servers"},
		{len(c.Models), "model", "models"}, {len(c.Sanitizers), "sanitizer", "sanitizers"},
		{len(c.Stores), "store", "stores"}, {len(c.Dispatch), "dispatch call", "dispatch calls"},
		{len(c.WebEngines), "web engine", "web engines"},
		{len(c.Incognito.Contains) + len(c.Incognito.Exact), "incognito name", "incognito names"},
	} {
		word := n.several
		if n.n == 1 {
			word = n.one
		}
		parts = append(parts, fmt.Sprintf("%d %s", n.n, word))
	}
	return strings.Join(parts, ", ")
}
