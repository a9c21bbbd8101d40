package rules

import (
	"fmt"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

func (d *decoder) model(n *yaml.Node, what string) *Model {
	fields, ok := d.mapping(n, what, "methods", "flows", "mark", "fluent", "key", "element", "copy", "sets", "prints", "clears", "keys")
	if !ok {
		return nil
	}
	m := &Model{Pos: d.pos(n)}
	flags := map[string]*bool{"fluent": &m.Fluent, "element": &m.Element, "copy": &m.Copy, "prints": &m.Prints, "clears": &m.Clears, "keys": &m.Keys}
	got := keysOf(fields)
	for _, f := range fields {
		w := what + "." + f.key
		switch f.key {
		case "methods":
			m.Methods = d.items(f.value, w, memberRef)
		case "flows":
			m.Flows = d.items(f.value, w, modelFlow)
		case "mark":
			m.Mark = d.one(f.value, w, oneOf(modelMarks...))
		case "key":
			m.Key = d.one(f.value, w, argument)
		case "sets":
			m.Sets = d.items(f.value, w, memberRef)
		default: // the boolean keys
			if b := flags[f.key]; b != nil {
				*b, _ = d.boolean(f.value, w)
			}
		}
	}
	d.require(n, what, got, "methods")
	if slices.Contains(m.Flows, "none") && len(m.Flows) > 1 {
		d.errf(n, "%s: flows: none excludes other flows", what)
	}
	if m.Element && len(m.Flows) == 0 {
		d.errf(n, "%s: element needs flows (how elements go in or come out)", what)
	}
	if m.Prints && (len(m.Flows) == 0 || m.Element || m.Key != "") {
		d.errf(n, "%s: prints needs flows, and no element or key (a container holds its objects, it does not print them)", what)
	}
	if m.Copy && (len(m.Flows) == 0 || m.Element || m.Key != "") {
		d.errf(n, "%s: copy needs flows, and no element or key (the entries move under their own keys)", what)
	}
	if m.Keys && (!slices.Equal(m.Flows, []string{"recv->ret"}) || m.Key != "" || m.Element || m.Copy || m.Clears) {
		d.errf(n, "%s: keys needs flows [recv->ret] alone, and no key, element, copy or clears (it reads a keyed container's keys out)", what)
	}
	if !got["flows"] && !got["mark"] && !got["sets"] && !got["clears"] {
		d.errf(n, "%s: needs flows, a mark, sets or clears (a model without any is a sanitizer)", what)
	}
	if m.Clears && (m.Copy || m.Element && m.Key == "" && !intoRecv(m.Flows)) {
		d.errf(n, "%s: clears empties a container or removes a key: no copy, and element only with a key (a put replacing its key's entry) or a flow into recv (a one-element holder's set)", what)
	}
	return m
}

// flowEdge checks "from->to": recv, args or argN to recv, ret or argN.
func flowEdge(s string) error {
	if !flowRe.MatchString(s) {
		return fmt.Errorf("%q is not from->to (from recv, args or argN; to recv, ret or argN)", s)
	}
	return nil
}

// modelFlow checks a model's flow: a flowEdge, or none.
func modelFlow(s string) error {
	if err := flowEdge(s); err != nil && s != "none" {
		return fmt.Errorf("%v or none", err)
	}
	return nil
}

// argument checks "argN", a declared argument.
func argument(s string) error {
	if !argRe.MatchString(s) {
		return fmt.Errorf("%q is not argN (a declared argument, 0-based)", s)
	}
	return nil
}

func (d *decoder) store(n *yaml.Node, _ string) *Store {
	what := "store" + peekID(n)
	fields, ok := d.mapping(n, what, "id", "writes", "reads", "component", "callbacks", "origin", "key", "files")
	if !ok {
		return nil
	}
	s := &Store{Pos: d.pos(n)}
	got := keysOf(fields)
	for _, f := range fields {
		w := what + ": " + f.key
		switch f.key {
		case "id":
			s.ID = d.entryID(f.value, w)
		case "writes":
			s.Writes = d.items(f.value, w, memberRef)
		case "reads":
			s.Reads = d.items(f.value, w, memberRef)
		case "component":
			s.Component = d.one(f.value, w, oneOf(ComponentIntent, ComponentReceiver))
		case "callbacks":
			s.Callbacks = d.items(f.value, w, methodName)
		case "origin":
			s.Origin = d.one(f.value, w, oneOf(SinkNetwork, SinkFile))
		case "key":
			s.Key = d.one(f.value, w, argument)
		case "files":
			s.Files = d.items(f.value, w, memberRef)
		}
	}
	if got["files"] && !got["key"] {
		d.errf(n, "%s: files key a keyed store's entries by file: it needs key", what)
	}
	if got["key"] && (got["component"] || got["origin"]) {
		d.errf(n, "%s: key is for plain stores (a component's or a file's is kept by class or name)", what)
	}
	if got["origin"] {
		d.require(n, what, got, "id", "reads")
	} else {
		d.require(n, what, got, "id", "writes", "reads")
	}
	if len(s.Callbacks) > 0 && !got["component"] {
		d.errf(n, "%s: callbacks need component (they read what is kept for their class)", what)
	}
	return s
}

func (d *decoder) savedState(n *yaml.Node, what string) *SavedState {
	fields, ok := d.mapping(n, what, "class", "save", "restore")
	if !ok {
		return nil
	}
	s := &SavedState{Pos: d.pos(n)}
	got := keysOf(fields)
	for _, f := range fields {
		w := what + "." + f.key
		switch f.key {
		case "class":
			s.Class = d.one(f.value, w, typeDescriptor)
		case "save":
			s.Save = d.items(f.value, w, methodName)
		case "restore":
			s.Restore = d.items(f.value, w, methodName)
		}
	}
	d.require(n, what, got, "class", "save", "restore")
	return s
}

func (d *decoder) dispatch(n *yaml.Node, what string) *Dispatch {
	fields, ok := d.mapping(n, what, "call", "target", "then", "annotation", "prefix", "object", "flow", "type")
	if !ok {
		return nil
	}
	x := &Dispatch{Pos: d.pos(n)}
	got := keysOf(fields)
	for _, f := range fields {
		w := what + "." + f.key
		switch f.key {
		case "call":
			x.Call = d.one(f.value, w, memberRef)
		case "target":
			x.Target = d.one(f.value, w, methodName)
		case "then":
			x.Then = d.one(f.value, w, methodName)
		case "annotation":
			x.Annotation = d.one(f.value, w, typeDescriptor)
		case "prefix":
			x.Prefix = d.one(f.value, w, methodName)
		case "object":
			x.Object = d.one(f.value, w, dispatchObject)
		case "flow":
			x.Flow = d.one(f.value, w, flowEdge)
		case "type":
			x.Type = d.one(f.value, w, typeDescriptor)
		}
	}
	d.require(n, what, got, "call")
	picks := 0
	for _, k := range []string{"target", "annotation", "prefix"} {
		if got[k] {
			picks++
		}
	}
	switch {
	case picks == 0:
		d.errf(n, "%s: needs target (a method name), annotation or prefix", what)
	case picks > 1:
		d.errf(n, "%s: target, annotation and prefix exclude each other", what)
	case got["prefix"] && !got["flow"]:
		d.errf(n, "%s: prefix needs a flow (the object whose type picks the methods)", what)
	case got["annotation"] && !got["flow"] && (!got["object"] || x.Object == "unknown"):
		d.errf(n, "%s: annotation needs a flow (the object whose type picks the methods) or an object (whose methods run)", what)
	case got["then"] && !got["target"]:
		d.errf(n, "%s: then needs a target (the method whose result it is given)", what)
	}
	return x
}

// dispatchObject checks whose method a dispatch runs.
func dispatchObject(s string) error {
	lit, ok := strings.CutPrefix(s, "literal:")
	made, ok2 := strings.CutPrefix(strings.TrimPrefix(s, "maker-"), "made-with:")
	prov, ok3 := strings.CutPrefix(s, "provider:")
	if s == "recv" || s == "unknown" || s == "maker" || argRe.MatchString(s) || descriptorRe.MatchString(s) || ok && argRe.MatchString(lit) ||
		ok2 && descriptorRe.MatchString(made) || ok3 && argRe.MatchString(prov) {
		return nil
	}
	return fmt.Errorf("%q is not recv, argN, maker, literal:argN, made-with:TYPE, maker-made-with:TYPE, provider:argN, unknown or a type descriptor", s)
}

func (d *decoder) incognito(n *yaml.Node, what string) Incognito {
	var in Incognito
	fields, _ := d.mapping(n, what, "contains", "exact", "normal", "preference-getters", "state-types",
		"preference-setters", "state-arguments", "lookups", "tracker-switches", "ignore-packages")
	for _, f := range fields {
		w := what + "." + f.key
		switch f.key {
		case "contains":
			in.Contains = d.items(f.value, w, lowerName)
		case "exact":
			in.Exact = d.items(f.value, w, lowerName)
		case "normal":
			in.Normal = d.items(f.value, w, lowerName)
		case "preference-getters":
			in.PreferenceGetters = d.items(f.value, w, memberRef)
		case "state-types":
			in.StateTypes = d.items(f.value, w, typeDescriptor)
		case "preference-setters":
			in.PreferenceSetters = d.items(f.value, w, memberRef)
		case "state-arguments":
			in.StateArguments = d.items(f.value, w, memberRef)
		case "lookups":
			in.Lookups = d.items(f.value, w, memberRef)
		case "tracker-switches":
			in.TrackerSwitches = d.items(f.value, w, memberRef)
		case "ignore-packages":
			in.IgnorePackages = d.items(f.value, w, libraryPrefix)
		}
	}
	return in
}

func (d *decoder) entryPoints(n *yaml.Node, what string) EntryPoints {
	var e EntryPoints
	fields, _ := d.mapping(n, what, "lifecycle-prefixes", "callback-packages", "callback-types",
		"callback-methods", "manifest-only-types", "instantiated-types", "user-actions")
	for _, f := range fields {
		w := what + "." + f.key
		switch f.key {
		case "lifecycle-prefixes":
			e.LifecyclePrefixes = d.items(f.value, w, methodName)
		case "callback-packages":
			e.CallbackPackages = d.items(f.value, w, typeOrPrefix)
		case "callback-types":
			e.CallbackTypes = d.items(f.value, w, typeDescriptor)
		case "callback-methods":
			e.CallbackMethods = d.items(f.value, w, methodName)
		case "manifest-only-types":
			e.ManifestOnlyTypes = d.items(f.value, w, typeDescriptor)
		case "instantiated-types":
			e.InstantiatedTypes = d.items(f.value, w, typeDescriptor)
		case "user-actions":
			e.UserActions = d.items(f.value, w, methodName)
		}
	}
	return e
}

// supers decodes framework-supers: a mapping of type to supertype.
func (d *decoder) supers(n *yaml.Node, what string) (map[string]string, map[string]Pos) {
	fields, ok := d.mapping(n, what)
	if !ok {
		return nil, nil
	}
	out, where := map[string]string{}, map[string]Pos{}
	for _, f := range fields {
		if err := typeDescriptor(f.key); err != nil {
			d.errf(f.keyN, "%s: %v", what, err)
			continue
		}
		if v := d.one(f.value, what+": "+f.key, typeDescriptor); v != "" {
			out[f.key], where[f.key] = v, d.pos(f.keyN)
		}
	}
	return out, where
}

func (d *decoder) callback(n *yaml.Node, what string) *Callback {
	if n.Kind == yaml.MappingNode && slices.ContainsFunc(n.Content, func(k *yaml.Node) bool { return k.Value == "annotation" }) {
		fields, ok := d.mapping(n, what, "annotation")
		if !ok || len(fields) == 0 {
			return nil
		}
		return &Callback{Annotation: d.one(fields[0].value, what+".annotation", typeDescriptor)}
	}
	m, p, ok := d.memberAt(n, what, "param")
	if !ok {
		return nil
	}
	return &Callback{Method: m, Param: p}
}

// memberAt decodes a {method, key} mapping: a member and a position in
// its parameters or registers (0 to 255).
func (d *decoder) memberAt(n *yaml.Node, what, key string) (string, int, bool) {
	fields, ok := d.mapping(n, what, "method", key)
	if !ok {
		return "", 0, false
	}
	var m string
	var at int
	for _, f := range fields {
		switch f.key {
		case "method":
			m = d.one(f.value, what+".method", memberRef)
		case key:
			at, _ = d.intIn(f.value, what+"."+key, 0, 255)
		}
	}
	d.require(n, what, keysOf(fields), "method", key)
	return m, at, true
}

func (d *decoder) trackerServer(n *yaml.Node, what string) *TrackerServer {
	fields, ok := d.mapping(n, what, "package", "calls")
	if !ok {
		return nil
	}
	t := &TrackerServer{Pos: d.pos(n)}
	got := keysOf(fields)
	for _, f := range fields {
		switch f.key {
		case "package":
			t.Package = d.one(f.value, what+".package", libraryPrefix)
		case "calls":
			t.Calls = entries(d, f.value, what+".calls", d.serverCall)
		}
	}
	d.require(n, what, got, "package", "calls")
	return t
}

func (d *decoder) serverCall(n *yaml.Node, what string) *ServerCall {
	m, arg, ok := d.memberAt(n, what, "arg")
	if !ok {
		return nil
	}
	return &ServerCall{Method: m, Arg: arg}
}

// intoRecv reports whether a model moves something into its receiver.
func intoRecv(flows []string) bool {
	for _, f := range flows {
		if strings.HasSuffix(f, "->recv") {
			return true
		}
	}
	return false
}
