package rules

import (
	"slices"

	"go.yaml.in/yaml/v3"
)

var codePathKeys = []string{
	"sources", "sinks", "origins", "vendor-callbacks", "trackers", "tracker-servers", "models", "sanitizers",
	"stores", "saved-state", "incognito", "entry-points", "framework-supers", "dispatch",
	"library-packages", "web-engines",
}

// codePaths decodes a file's `code-paths:` mapping. Entries with a problem
// are left out; the problems make the whole load fail anyway.
func (d *decoder) codePaths(n *yaml.Node) *CodePaths {
	c := &CodePaths{}
	fields, ok := d.mapping(n, "code-paths", codePathKeys...)
	if !ok {
		return c
	}
	for _, f := range fields {
		what := "code-paths." + f.key
		switch f.key {
		case "sources":
			c.Sources = entries(d, f.value, what, d.source)
		case "sinks":
			c.Sinks = entries(d, f.value, what, d.sink)
		case "origins":
			c.Origins = entries(d, f.value, what, d.origin)
		case "vendor-callbacks":
			c.VendorCallbacks = entries(d, f.value, what, d.vendorCallback)
		case "trackers":
			c.Trackers = d.items(f.value, what, memberRef)
		case "tracker-servers":
			c.TrackerServers = entries(d, f.value, what, d.trackerServer)
		case "models":
			c.Models = entries(d, f.value, what, d.model)
		case "sanitizers":
			c.Sanitizers = d.items(f.value, what, memberRef)
		case "stores":
			c.Stores = entries(d, f.value, what, d.store)
		case "saved-state":
			c.SavedState = entries(d, f.value, what, d.savedState)
		case "incognito":
			c.Incognito = d.incognito(f.value, what)
		case "entry-points":
			c.EntryPoints = d.entryPoints(f.value, what)
		case "framework-supers":
			c.FrameworkSupers, c.superPos = d.supers(f.value, what)
		case "dispatch":
			c.Dispatch = entries(d, f.value, what, d.dispatch)
		case "library-packages":
			c.LibraryPackages = d.items(f.value, what, libraryPrefix)
		case "web-engines":
			c.WebEngines = d.items(f.value, what, libraryPrefix)
		}
	}
	return c
}

// entries decodes a list of mappings with one, keeping those decoded
// without a problem.
func entries[T any](d *decoder, n *yaml.Node, what string, one func(*yaml.Node, string) *T) []*T {
	items, ok := d.list(n, what)
	if !ok {
		return nil
	}
	var out []*T
	for _, it := range items {
		before := len(d.p.list)
		if e := one(it, what); e != nil && len(d.p.list) == before {
			out = append(out, e)
		}
	}
	return out
}

// pos is where n was written.
func (d *decoder) pos(n *yaml.Node) Pos {
	if n = resolve(n); n != nil {
		return Pos{File: d.file, Line: n.Line}
	}
	return Pos{File: d.file}
}

// require reports each key of want that got lacks.
func (d *decoder) require(n *yaml.Node, what string, got map[string]bool, want ...string) {
	for _, k := range want {
		if !got[k] {
			d.errf(n, "%s: missing key %q", what, k)
		}
	}
}

func (d *decoder) source(n *yaml.Node, _ string) *Source {
	what := "source" + peekID(n)
	fields, ok := d.mapping(n, what, "id", "kind", "label", "methods", "const-arg", "fields", "callbacks", "sinks", "outside-incognito", "viewed-in")
	if !ok {
		return nil
	}
	s := &Source{Pos: d.pos(n)}
	got := keysOf(fields)
	for _, f := range fields {
		w := what + ": " + f.key
		switch f.key {
		case "id":
			s.ID = d.entryID(f.value, w)
		case "kind":
			s.Kind = d.one(f.value, w, oneOf(SourceKinds...))
		case "label":
			s.Label, _ = d.str(f.value, w)
		case "methods":
			s.Methods = d.items(f.value, w, memberRef)
		case "const-arg":
			s.ConstArg = d.constArg(f.value, w)
		case "fields":
			s.Fields = d.items(f.value, w, memberRef)
		case "callbacks":
			s.Callbacks = entries(d, f.value, w, d.callback)
		case "sinks":
			s.Sinks = d.items(f.value, w, oneOf(SinkKinds...))
		case "outside-incognito":
			s.OutsideIncognito = d.items(f.value, w, oneOf(append([]string{OutsideNowhere}, SinkKinds...)...))
			if len(s.OutsideIncognito) > 1 && slices.Contains(s.OutsideIncognito, OutsideNowhere) {
				d.errf(f.value, "%s: %s excludes other sink kinds", w, OutsideNowhere)
			}
		case "viewed-in":
			s.ViewedIn = d.items(f.value, w, uriScheme)
		}
	}
	d.require(n, what, got, "id", "kind")
	if !got["methods"] && !got["fields"] && !got["callbacks"] {
		d.errf(n, "%s: needs methods, fields or callbacks", what)
	}
	if got["viewed-in"] && !got["methods"] {
		d.errf(n, "%s: viewed-in restricts methods, and there are none", what)
	}
	if got["const-arg"] && !got["methods"] {
		d.errf(n, "%s: const-arg restricts methods, and there are none", what)
	}
	if got["outside-incognito"] && s.Kind != SourceBrowsing {
		d.errf(n, "%s: outside-incognito is for browsing data", what)
	}
	return s
}

func (d *decoder) constArg(n *yaml.Node, what string) *ConstArg {
	fields, ok := d.mapping(n, what, "index", "values", "layout", "uris")
	if !ok {
		return nil
	}
	c := &ConstArg{}
	got := keysOf(fields)
	for _, f := range fields {
		w := what + "." + f.key
		switch f.key {
		case "index":
			c.Index, _ = d.intIn(f.value, w, 0, 255)
		case "values":
			c.Values = d.items(f.value, w, anyString)
		case "layout":
			c.Layout = d.one(f.value, w, oneOf("password", "address", "search", "personal"))
		case "uris":
			c.URIs = d.items(f.value, w, contentURI)
		}
	}
	d.require(n, what, got, "index")
	if btoi(got["values"])+btoi(got["layout"])+btoi(got["uris"]) != 1 {
		d.errf(n, "%s: needs one of values, layout (password, address, search, personal) or uris", what)
	}
	return c
}

func (d *decoder) sink(n *yaml.Node, _ string) *Sink {
	what := "sink" + peekID(n)
	fields, ok := d.mapping(n, what, "id", "kind", "methods", "args", "origin", "returns", "data", "shapes", "annotated", "base-url", "body", "in-app")
	if !ok {
		return nil
	}
	s := &Sink{Pos: d.pos(n)}
	got := keysOf(fields)
	for _, f := range fields {
		w := what + ": " + f.key
		switch f.key {
		case "id":
			s.ID = d.entryID(f.value, w)
		case "kind":
			s.Kind = d.one(f.value, w, oneOf(SinkKinds...))
		case "methods":
			s.Methods = d.items(f.value, w, memberRef)
		case "args":
			s.Args = d.ints(f.value, w, 0, 255)
		case "origin":
			s.Origin = d.items(f.value, w, oneOf(SinkNetwork, SinkFile))
		case "returns":
			s.Returns = d.items(f.value, w, memberRef)
		case "data":
			s.Data = d.items(f.value, w, oneOf(SourceKinds...))
		case "shapes":
			s.Shapes = entries(d, f.value, w, d.shape)
		case "annotated":
			s.Annotated = d.items(f.value, w, typeDescriptor)
		case "base-url":
			s.BaseURL = d.items(f.value, w, memberRef)
		case "body":
			s.Body, _ = d.boolean(f.value, w)
		case "in-app":
			s.InApp, _ = d.boolean(f.value, w)
		}
	}
	d.require(n, what, got, "id", "kind")
	if !got["methods"] && !got["returns"] && !got["shapes"] && !got["annotated"] {
		d.errf(n, "%s: needs methods, returns, shapes or annotated", what)
	}
	if got["base-url"] && !got["annotated"] {
		d.errf(n, "%s: base-url is for annotated sinks", what)
	}
	if (got["shapes"] || got["annotated"]) && (got["args"] || got["origin"]) {
		d.errf(n, "%s: shapes and annotated take neither args nor origin (every declared argument is checked)", what)
	}
	return s
}

func (d *decoder) shape(n *yaml.Node, what string) *Shape {
	fields, ok := d.mapping(n, what, "label", "params", "strings", "address")
	if !ok {
		return nil
	}
	s := &Shape{}
	got := keysOf(fields)
	for _, f := range fields {
		w := what + "." + f.key
		switch f.key {
		case "label":
			s.Label, _ = d.str(f.value, w)
		case "params":
			s.Params = d.items(f.value, w, paramType)
		case "strings":
			s.Strings = d.items(f.value, w, anyString) // d.str refuses empty ones
		case "address":
			s.Address, _ = d.boolean(f.value, w)
		}
	}
	d.require(n, what, got, "label", "params", "strings")
	return s
}

func (d *decoder) origin(n *yaml.Node, _ string) *Origin {
	what := "origin" + peekID(n)
	fields, ok := d.mapping(n, what, "id", "kind", "methods")
	if !ok {
		return nil
	}
	o := &Origin{Pos: d.pos(n)}
	got := keysOf(fields)
	for _, f := range fields {
		w := what + ": " + f.key
		switch f.key {
		case "id":
			o.ID = d.entryID(f.value, w)
		case "kind":
			o.Kind = d.one(f.value, w, oneOf(SinkNetwork, SinkFile))
		case "methods":
			o.Methods = d.items(f.value, w, memberRef)
		}
	}
	d.require(n, what, got, "id", "kind", "methods")
	return o
}

func (d *decoder) vendorCallback(n *yaml.Node, what string) *VendorCallback {
	fields, ok := d.mapping(n, what, "types", "first-param", "source", "known")
	if !ok {
		return nil
	}
	v := &VendorCallback{Pos: d.pos(n)}
	got := keysOf(fields)
	for _, f := range fields {
		w := what + "." + f.key
		switch f.key {
		case "types":
			v.Types = d.items(f.value, w, typeDescriptor)
		case "first-param":
			v.FirstParam = d.one(f.value, w, typeDescriptor)
		case "source":
			v.Source = d.entryID(f.value, w)
		case "known":
			v.Known = d.items(f.value, w, methodName)
		}
	}
	d.require(n, what, got, "types", "first-param", "source")
	return v
}
