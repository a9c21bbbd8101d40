package flow

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"sort"
	"strings"

	rulesflow "github.com/apkscan/apkscan/rules/flow"
	"go.yaml.in/yaml/v3"
)

// Spec is the YAML code-path specification. Several documents (files) merge
// by appending lists; DefaultSpec loads the built-in rules/flow/*.yaml.
type Spec struct {
	Sources []SourceSpec `yaml:"sources"`
	Sinks   []SinkSpec   `yaml:"sinks"`
	Origins []OriginSpec `yaml:"origins"`
	// VendorCallbacks say which unlisted callbacks carry page data.
	VendorCallbacks []VendorCallbackSpec `yaml:"vendor-callbacks"`
	Trackers        []string             `yaml:"trackers"`
	Models          []ModelSpec          `yaml:"models"`
	Sanitizers      []string             `yaml:"sanitizers"`
	Stores          []StoreSpec          `yaml:"stores"`
	SavedState      []SavedStateSpec     `yaml:"saved-state"`
	Incognito       IncognitoSpec        `yaml:"incognito"`
	EntryPoints     EntryPointsSpec      `yaml:"entry-points"`
	// FrameworkSupers maps framework types to their superclass.
	FrameworkSupers map[string]string `yaml:"framework-supers"`
	Dispatch        []DispatchSpec    `yaml:"dispatch"`
	// LibraryPackages are descriptor prefixes of third-party library code
	// (Play services, AndroidX, Kotlin, OkHttp, ...). A leak whose source
	// and sink both sit inside library code is that library's own
	// behaviour (its tracker finding says it ships), not a flow of the app.
	LibraryPackages []string `yaml:"library-packages"`
}

// DispatchSpec is a framework call that runs an app method of the
// receiver's class (AsyncTask.execute runs doInBackground).
type DispatchSpec struct {
	Call   string `yaml:"call"`
	Target string `yaml:"target"`
	// Object is whose method runs: "recv" (the default), "argN", a type
	// descriptor naming the first declared argument of that type
	// (Handler.post's Runnable), or "unknown" (see Type).
	Object string `yaml:"object"`
	Flow   string `yaml:"flow"`
	// Type is the framework type whose app subclasses run Target when the
	// code does not show the object's class (Messenger.send runs a
	// Handler's handleMessage); the call's own class by default.
	Type string `yaml:"type"`
}

// SourceSpec names where one kind of sensitive data enters the app.
type SourceSpec struct {
	ID        string         `yaml:"id"`
	Kind      string         `yaml:"kind"` // identifier, location, account, browsing
	Label     string         `yaml:"label"`
	Methods   []string       `yaml:"methods"`
	ConstArg  *ConstArgSpec  `yaml:"const-arg"`
	Fields    []string       `yaml:"fields"`
	Callbacks []CallbackSpec `yaml:"callbacks"`
	// Sinks are the sink kinds the data counts at (all when empty): a
	// password belongs in the request that logs the user in, never in a
	// log, a file, an SMS or a tracker.
	Sinks []string `yaml:"sinks"`
}

// ConstArgSpec restricts a source call to const-string argument values,
// or (Layout "password") to the resource id of a password view the app's
// layouts declare (layout.go).
type ConstArgSpec struct {
	Index  int      `yaml:"index"`
	Values []string `yaml:"values"`
	Layout string   `yaml:"layout"`
}

// CallbackSpec is a framework callback whose parameter carries the data.
type CallbackSpec struct {
	Method string `yaml:"method"`
	Param  int    `yaml:"param"`
}

// SinkSpec names calls where data leaves the app.
type SinkSpec struct {
	ID      string   `yaml:"id"`
	Kind    string   `yaml:"kind"` // network, tracker, sms, log, file, intent
	Methods []string `yaml:"methods"`
	Args    []int    `yaml:"args"`
	// Origin makes the methods sinks only on a receiver that comes from
	// an origin of these kinds (a stream a connection or a file opened):
	// the sink's kind is then the origin's.
	Origin []string `yaml:"origin"`
	// Returns are framework methods whose overrides' return values the
	// framework sends (Volley's Request.getParams).
	Returns []string `yaml:"returns"`
	// Data limits the sink to these source kinds (a WebView loading a
	// page is a browser's work, not a leak of the page's address).
	Data []string `yaml:"data"`
}

// VendorCallbackSpec: a method of an app subclass of one of Types that
// takes FirstParam first and at least one String, is not one of the
// SDK's own methods (Known), and that nothing in the app calls, is a
// callback of a vendor's build of the framework: its String parameters
// are data of the source Source (an id in sources).
type VendorCallbackSpec struct {
	Types      []string `yaml:"types"`
	FirstParam string   `yaml:"first-param"`
	Source     string   `yaml:"source"`
	Known      []string `yaml:"known"`
}

// OriginSpec names calls whose result (or, for a constructor, new object)
// is a stream data written to leaves the app through: network or file.
// Wrappers built around it (a BufferedWriter around the stream) share it.
type OriginSpec struct {
	ID      string   `yaml:"id"`
	Kind    string   `yaml:"kind"` // network, file
	Methods []string `yaml:"methods"`
}

// ModelSpec says how taint moves through library calls.
type ModelSpec struct {
	Methods []string `yaml:"methods"`
	Flows   []string `yaml:"flows"`
	Mark    string   `yaml:"mark"` // "", encode, crypto, embed, whole
	// Fluent says the call returns its receiver (StringBuilder.append,
	// builders): what is later added through the result is added to the
	// receiver too.
	Fluent bool `yaml:"fluent"`
	// Key names the argument ("arg0") holding the key of a keyed container
	// (Map.put, JSONObject.put, Bundle.getString): with a constant key, a
	// value put under one key is not read back under another.
	Key string `yaml:"key"`
}

// StoreSpec is framework storage that outlives a call (preferences):
// what `writes` store, `reads` may return anywhere.
type StoreSpec struct {
	ID     string   `yaml:"id"`
	Writes []string `yaml:"writes"`
	Reads  []string `yaml:"reads"`
}

// SavedStateSpec is a component's saved instance state: what a `save`
// callback of a subclass of Class puts into its Bundle parameter, the
// framework hands back in the Bundle parameter of the `restore` callbacks
// when it recreates the component.
type SavedStateSpec struct {
	Class   string   `yaml:"class"`
	Save    []string `yaml:"save"`
	Restore []string `yaml:"restore"`
}

// IncognitoSpec names incognito state.
type IncognitoSpec struct {
	Contains          []string `yaml:"contains"`
	Exact             []string `yaml:"exact"`
	PreferenceGetters []string `yaml:"preference-getters"`
	IgnorePackages    []string `yaml:"ignore-packages"`
}

// EntryPointsSpec says which app methods the framework calls.
type EntryPointsSpec struct {
	LifecyclePrefixes []string `yaml:"lifecycle-prefixes"`
	CallbackPackages  []string `yaml:"callback-packages"`
	CallbackTypes     []string `yaml:"callback-types"`
	CallbackMethods   []string `yaml:"callback-methods"`
	// ManifestOnlyTypes are framework base classes the system instantiates
	// only when the manifest declares (and enables) the subclass.
	ManifestOnlyTypes []string `yaml:"manifest-only-types"`
	// InstantiatedTypes are framework base classes whose subclasses the
	// framework makes itself, from XML or by reflection (views from
	// layouts, fragments, workers): their callbacks are entry points.
	// Other callback classes are reached where app code makes them.
	InstantiatedTypes []string `yaml:"instantiated-types"`
}

// sourceByID returns the source with that id, or nil.
func (s *Spec) sourceByID(id string) *SourceSpec {
	for i := range s.Sources {
		if s.Sources[i].ID == id {
			return &s.Sources[i]
		}
	}
	return nil
}

// DefaultSpec loads and validates the embedded rules/flow/*.yaml.
func DefaultSpec() (*Spec, error) { return LoadFS(rulesflow.FS) }

// LoadFS loads every *.yaml file at the root of fsys, in name order.
func LoadFS(fsys fs.FS) (*Spec, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, fmt.Errorf("flow: %w", err)
	}
	sort.Strings(names)
	spec := &Spec{}
	for _, n := range names {
		data, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, fmt.Errorf("flow: %w", err)
		}
		if err := spec.merge(n, data); err != nil {
			return nil, err
		}
	}
	if err := spec.Validate(); err != nil {
		return nil, err
	}
	return spec, nil
}

// Load parses one YAML document strictly (unknown keys are errors) and
// validates it.
func Load(name string, data []byte) (*Spec, error) {
	spec := &Spec{}
	if err := spec.merge(name, data); err != nil {
		return nil, err
	}
	if err := spec.Validate(); err != nil {
		return nil, err
	}
	return spec, nil
}

func (s *Spec) merge(name string, data []byte) error {
	var part Spec
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&part); err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("flow: %s: %w", name, err)
	}
	if s.FrameworkSupers == nil {
		s.FrameworkSupers = map[string]string{}
	}
	for k, v := range part.FrameworkSupers {
		s.FrameworkSupers[k] = v
	}
	s.Dispatch = append(s.Dispatch, part.Dispatch...)
	s.LibraryPackages = append(s.LibraryPackages, part.LibraryPackages...)
	s.Sources = append(s.Sources, part.Sources...)
	s.Sinks = append(s.Sinks, part.Sinks...)
	s.Origins = append(s.Origins, part.Origins...)
	s.VendorCallbacks = append(s.VendorCallbacks, part.VendorCallbacks...)
	s.Trackers = append(s.Trackers, part.Trackers...)
	s.Models = append(s.Models, part.Models...)
	s.Sanitizers = append(s.Sanitizers, part.Sanitizers...)
	s.Stores = append(s.Stores, part.Stores...)
	s.SavedState = append(s.SavedState, part.SavedState...)
	i, p := &s.Incognito, part.Incognito
	i.Contains = append(i.Contains, p.Contains...)
	i.Exact = append(i.Exact, p.Exact...)
	i.PreferenceGetters = append(i.PreferenceGetters, p.PreferenceGetters...)
	i.IgnorePackages = append(i.IgnorePackages, p.IgnorePackages...)
	e, q := &s.EntryPoints, part.EntryPoints
	e.LifecyclePrefixes = append(e.LifecyclePrefixes, q.LifecyclePrefixes...)
	e.CallbackPackages = append(e.CallbackPackages, q.CallbackPackages...)
	e.CallbackTypes = append(e.CallbackTypes, q.CallbackTypes...)
	e.CallbackMethods = append(e.CallbackMethods, q.CallbackMethods...)
	e.ManifestOnlyTypes = append(e.ManifestOnlyTypes, q.ManifestOnlyTypes...)
	e.InstantiatedTypes = append(e.InstantiatedTypes, q.InstantiatedTypes...)
	return nil
}

var (
	memberRe = regexp.MustCompile(`^(\*|L[^;\s]+;)->(\*|[^\s(]+)$`)
	typeRe   = regexp.MustCompile(`^L[^;\s]*;?$`)
	idRe     = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	flowRe   = regexp.MustCompile(`^(recv|args|arg[0-9]+)->(recv|ret|arg[0-9]+)$`)
	argRe    = regexp.MustCompile(`^arg[0-9]+$`)
)

var (
	sourceKinds = map[string]bool{KindIdentifier: true, KindLocation: true, KindAccount: true, KindBrowsing: true}
	sinkKinds   = map[string]bool{SinkNetwork: true, SinkTracker: true, SinkSMS: true, SinkLog: true, SinkFile: true, SinkIntent: true}
)

// Validate checks every entry and returns all problems at once.
func (s *Spec) Validate() error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf("flow: "+format, a...)) }
	members := func(where string, list []string) {
		for _, m := range list {
			if !memberRe.MatchString(m) {
				bad("%s: %q is not \"Lclass;->name\"", where, m)
			}
		}
	}
	seen := map[string]bool{}
	for i, src := range s.Sources {
		where := fmt.Sprintf("sources[%d] %s", i, src.ID)
		if !idRe.MatchString(src.ID) || seen[src.ID] {
			bad("%s: id must be unique kebab-case", where)
		}
		seen[src.ID] = true
		if !sourceKinds[src.Kind] {
			bad("%s: unknown kind %q", where, src.Kind)
		}
		if len(src.Methods)+len(src.Fields)+len(src.Callbacks) == 0 {
			bad("%s: no methods, fields or callbacks", where)
		}
		members(where, src.Methods)
		members(where, src.Fields)
		for _, cb := range src.Callbacks {
			members(where, []string{cb.Method})
			if cb.Param < 0 || cb.Param > 255 {
				bad("%s: callback param %d out of range", where, cb.Param)
			}
		}
		if ca := src.ConstArg; ca != nil && (ca.Index < 0 || (len(ca.Values) == 0) == (ca.Layout == "") || ca.Layout != "" && ca.Layout != "password") {
			bad("%s: const-arg needs index >= 0 and values or layout: password", where)
		}
		for _, k := range src.Sinks {
			if !sinkKinds[k] {
				bad("%s: unknown sink kind %q", where, k)
			}
		}
	}
	for i, sk := range s.Sinks {
		where := fmt.Sprintf("sinks[%d] %s", i, sk.ID)
		if !idRe.MatchString(sk.ID) || seen[sk.ID] {
			bad("%s: id must be unique kebab-case", where)
		}
		seen[sk.ID] = true
		if !sinkKinds[sk.Kind] {
			bad("%s: unknown kind %q", where, sk.Kind)
		}
		members(where, sk.Methods)
		members(where, sk.Returns)
		for _, k := range sk.Data {
			if !sourceKinds[k] {
				bad("%s: data kind %q is not a source kind", where, k)
			}
		}
		for _, o := range sk.Origin {
			if o != SinkNetwork && o != SinkFile {
				bad("%s: origin %q is not network or file", where, o)
			}
		}
	}
	for i, o := range s.Origins {
		where := fmt.Sprintf("origins[%d] %s", i, o.ID)
		if !idRe.MatchString(o.ID) || seen[o.ID] {
			bad("%s: id must be unique kebab-case", where)
		}
		seen[o.ID] = true
		if o.Kind != SinkNetwork && o.Kind != SinkFile {
			bad("%s: kind %q is not network or file", where, o.Kind)
		}
		members(where, o.Methods)
	}
	for i, v := range s.VendorCallbacks {
		where := fmt.Sprintf("vendor-callbacks[%d]", i)
		for _, t := range append(append([]string(nil), v.Types...), v.FirstParam) {
			if !typeRe.MatchString(t) || !strings.HasSuffix(t, ";") {
				bad("%s: %q is not a type descriptor", where, t)
			}
		}
		if s.sourceByID(v.Source) == nil {
			bad("%s: source %q is not a source id", where, v.Source)
		}
	}
	members("trackers", s.Trackers)
	for i, m := range s.Models {
		where := fmt.Sprintf("models[%d]", i)
		members(where, m.Methods)
		for _, f := range m.Flows {
			if !flowRe.MatchString(f) {
				bad("%s: flow %q is not from->to (recv, args, argN, ret)", where, f)
			}
		}
		if m.Key != "" && !argRe.MatchString(m.Key) {
			bad("%s: key %q is not argN", where, m.Key)
		}
		if m.Mark != "" && m.Mark != "encode" && m.Mark != "crypto" && m.Mark != "embed" && m.Mark != "whole" {
			bad("%s: unknown mark %q", where, m.Mark)
		}
	}
	members("sanitizers", s.Sanitizers)
	for i, st := range s.Stores {
		where := fmt.Sprintf("stores[%d] %s", i, st.ID)
		if !idRe.MatchString(st.ID) || seen[st.ID] {
			bad("%s: id must be unique kebab-case", where)
		}
		seen[st.ID] = true
		members(where, st.Writes)
		members(where, st.Reads)
	}
	for i, st := range s.SavedState {
		if !strings.HasPrefix(st.Class, "L") || !strings.HasSuffix(st.Class, ";") || len(st.Save) == 0 || len(st.Restore) == 0 {
			bad("saved-state[%d]: needs a class descriptor, save and restore callbacks", i)
		}
	}
	for i, d := range s.Dispatch {
		members(fmt.Sprintf("dispatch[%d]", i), []string{d.Call})
		if d.Target == "" || (d.Flow != "" && !flowRe.MatchString(d.Flow)) {
			bad("dispatch[%d]: needs a target and a from->to flow", i)
		}
		if d.Type != "" && (!typeRe.MatchString(d.Type) || !strings.HasSuffix(d.Type, ";")) {
			bad("dispatch[%d]: type %q is not a type descriptor", i, d.Type)
		}
		if d.Object != "" && d.Object != "recv" && d.Object != "unknown" && !argRe.MatchString(d.Object) && !typeRe.MatchString(d.Object) {
			bad("dispatch[%d]: object %q is not recv, argN, unknown or a type", i, d.Object)
		}
	}
	for k, v := range s.FrameworkSupers {
		if !typeRe.MatchString(k) || !typeRe.MatchString(v) {
			bad("framework-supers: %q: %q is not a type pair", k, v)
		}
	}
	members("incognito.preference-getters", s.Incognito.PreferenceGetters)
	types := append(append([]string(nil), s.EntryPoints.CallbackTypes...), s.EntryPoints.CallbackPackages...)
	types = append(types, s.EntryPoints.InstantiatedTypes...)
	for _, t := range append(types, s.EntryPoints.ManifestOnlyTypes...) {
		if !typeRe.MatchString(t) {
			bad("entry-points: %q is not a type descriptor or prefix", t)
		}
	}
	for _, p := range s.LibraryPackages {
		if !typeRe.MatchString(p) || !strings.HasSuffix(p, "/") {
			bad("library-packages: %q is not a package prefix such as \"Landroidx/\"", p)
		}
	}
	for _, n := range append(append([]string(nil), s.Incognito.Contains...), s.Incognito.Exact...) {
		if n == "" || n != strings.ToLower(n) {
			bad("incognito: name %q must be non-empty lower case", n)
		}
	}
	return errors.Join(errs...)
}
