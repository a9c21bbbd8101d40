package flow

import (
	"iter"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/apkscan/apkscan/rules"
)

// Source kinds.
const (
	KindIdentifier = rules.SourceIdentifier
	KindLocation   = rules.SourceLocation
	KindAccount    = rules.SourceAccount
	KindBrowsing   = rules.SourceBrowsing
	kindIncognito  = "incognito" // internal: incognito state, for guards
	kindHandle     = "handle"    // internal: a view or content URI that says where data is read (view.go, uri.go)
	// kindIncognitoConst: internal, the constant that stands for incognito
	// mode (an enum's INCOGNITO): a value compared with it is the state.
	kindIncognitoConst = "incognito-const"
	kindParam          = "param" // internal: symbolic parameter (summary.go)
	kindTop            = "top"   // internal: some data, source unknown (taint.go)
)

// Sink kinds.
const (
	SinkNetwork = rules.SinkNetwork
	SinkTracker = rules.SinkTracker
	SinkSMS     = rules.SinkSMS
	SinkLog     = rules.SinkLog
	SinkFile    = rules.SinkFile
	SinkIntent  = rules.SinkIntent
)

// Model flow endpoints.
const (
	posRecv     = -1
	posArgs     = -2
	posRet      = -3
	posNone     = -4 // a dispatch whose object the call does not show
	posMaker    = -5 // a dispatch run on the object whose call made the receiver (dispatch.go)
	posMadeWith = -6 // a dispatch run on an argument of the receiver's constructor (dispatchobj.go)
	// posMakerMadeWith: a dispatch run on an argument of the constructor
	// of the object whose call made the receiver.
	posMakerMadeWith = -7
)

type flowEdge struct{ from, to int }

type model struct {
	flows  []flowEdge
	mark   uint32
	fluent bool // the call returns its receiver
	whole  bool // the result is an object made wholly from the data (a deserialiser)
	key    int  // the declared argument holding a container's key, or -1
	// element: the call moves whole elements into or out of a collection
	// (an object holding the data in a field stays that object).
	element bool
	copy    bool // a keyed container's entries copied under their keys
	prints  bool // the call prints its Object arguments with their toString
	clears  bool // the call empties its receiver, or removes its key's entry
	keys    bool // the call gives its keyed receiver's keys
}

type sinkRule struct {
	id, kind string
	args     []int
	origins  []string    // a sink only on a receiver of these origins (origin.go)
	data     []string    // source kinds it is a sink for (all when empty)
	body     bool        // the arguments are what a request carries, not its address
	inApp    bool        // an explicit intent to an app class stays in the app (rules.Sink.InApp)
	base     *serverRule // calls setting an annotated sink's base address (rules.Sink.BaseURL)
}

type callbackRule struct {
	owner string // framework type the app method overrides, or the annotation it is declared with
	param int    // or -1: every String parameter of a method declared with the annotation owner
	src   *rules.Source
}

// compiled is a code-path spec compiled into lookups keyed "Lcls;->name".
type compiled struct {
	sources      map[string][]*rules.Source
	fieldSources map[string]*rules.Source
	callbacks    map[string][]callbackRule // by method name
	sinks        map[string]*sinkRule
	shapes       []*shapeRule // sinks known by their code (shape.go)
	// elementTypes are the classes element models name: containers.
	// observables are those of them dispatch rules hand to subscribers
	// (LiveData, StateFlow, RxJava's subjects).
	elementTypes, observables map[string]bool
	annotated                 map[string]*sinkRule // sinks known by an annotation type (annotated.go)
	// annotCallbacks: sources whose data is the String parameters of app
	// methods declared with an annotation (owner).
	annotCallbacks []callbackRule
	// wantedTypes are the annotation types of annotated sinks, sources
	// and dispatch rules: the program notes which of them a dex names.
	wantedTypes map[string]bool
	returnSinks map[string]*sinkRule     // methods whose overrides' returns are sent
	origins     map[string]string        // calls whose result (or new object) is a stream of a kind
	vendor      []*vendorRule            // vendor callbacks (vendor.go)
	layout      []*rules.Source          // sources of views found by layout kind (view.go)
	uriFields   map[string]*rules.Source // content URI fields of a source's const-arg uris (uri.go)
	uriPrefixes []uriPrefix              // and its content:// prefixes
	trackers    map[string]bool
	servers     []*serverRule // spec tracker-servers (servers.go)
	trackerPfx  []string      // descriptor prefixes, "Lcom/sensorsdata/"
	libraryPfx  []string      // spec library-packages
	models      map[string]*model
	sets        map[string][]string // the fields a call's int arguments fill (rules.Model.Sets)
	sanitizers  map[string]bool
	prefGetters map[string]bool
	lookups     map[string]bool // container lookups (Set.contains): state asked of an incognito-named container
	switches    map[string]bool // tracker SDKs' collection switches (spec incognito tracker-switches)
	prefSetters map[string]bool // boolean stores under a key (spec incognito preference-setters)
	stateArgs   map[string]bool // calls taking the state as their last boolean (spec incognito state-arguments)
	stateTypes  map[string]bool // types holding a boolean state (spec incognito state-types)
	incContains []string
	incExact    map[string]bool
	incNormal   map[string]bool // names of normal browsing's constant (spec incognito normal)
	incIgnore   []string
	entry       rules.EntryPoints
	cbTypes     map[string]bool
	dispatch    map[string][]dispatchRule
	// dispatchTargets are the method names dispatch rules run.
	dispatchTargets map[string]bool
	// objectTypes are the argument types dispatch rules run an object of
	// (Runnable): an app method given one may hand it on (argclasses.go).
	objectTypes     map[string]bool
	storeWrites     map[string]string    // method -> store id
	componentStores map[string]string    // store ids kept per app class: their key (rules.Component*)
	storeCallbacks  map[string]string    // method name -> the component store its first parameter reads
	originStores    map[string]string    // sink kind -> the store its stream writes write (a file's contents)
	originStoreIDs  map[string]bool      // the ids of those stores
	storeKeys       map[string]int       // store id -> the declared argument its calls' key is in (keyed stores)
	storeFiles      map[string]*fileRule // store id -> how its files are told apart (storefiles.go)
	savedState      []savedStateRule
	stateNames      map[string]bool // every save and restore callback name
	storeReads      map[string]string
	anyCall         map[string]bool // every key of the call maps above
}

// literalFlow reports whether a rule names the class that runs by a class
// literal and passes the object on by its flow (an intent to the app's
// own service): the object is then not the component itself, as a
// WorkManager request, whose data the worker reads as its own, is.
func (d *dispatchRule) literalFlow() bool { return d.literal && d.hasArg }

type dispatchRule struct {
	owner  string // the type whose app subclasses run target when the object's class is unknown
	target string
	then   string // the method of the same object given target's result (dispatchThen)
	annot  string // or the methods declared with this annotation (subscribers.go)
	prefix string // or the public methods named with this prefix
	// literal: the object's class is the one a class literal names
	// where the object was made (literal.go).
	literal bool
	// provider: the object is the app's content provider whose authority
	// the URI argument names (provider.go).
	provider bool
	object   int    // whose method runs: posRecv, or a declared argument
	objTyp   string // or the first declared argument of this type (of the receiver's constructor: posMadeWith)
	flow     flowEdge
	hasArg   bool
}

func compile(s *rules.CodePaths, trackerPrefixes []string) *compiled {
	r := &compiled{
		sources: map[string][]*rules.Source{}, fieldSources: map[string]*rules.Source{},
		callbacks: map[string][]callbackRule{}, sinks: map[string]*sinkRule{}, elementTypes: map[string]bool{}, observables: map[string]bool{},
		trackers: map[string]bool{}, models: map[string]*model{}, sets: map[string][]string{}, sanitizers: map[string]bool{},
		prefGetters: map[string]bool{}, prefSetters: map[string]bool{}, stateArgs: map[string]bool{}, stateTypes: map[string]bool{}, incExact: map[string]bool{}, cbTypes: map[string]bool{},
		entry: s.EntryPoints, incContains: s.Incognito.Contains, incIgnore: s.Incognito.IgnorePackages,
		wantedTypes: map[string]bool{},
	}
	for _, src := range s.Sources {
		if viewSource(src) {
			r.layout = append(r.layout, src)
		}
		r.addURIs(src)
		for _, m := range src.Methods {
			r.sources[m] = append(r.sources[m], src)
		}
		for _, f := range src.Fields {
			r.fieldSources[f] = src
		}
		for _, cb := range src.Callbacks {
			if cb.Annotation != "" {
				r.annotCallbacks = append(r.annotCallbacks, callbackRule{owner: cb.Annotation, param: -1, src: src})
				r.wantedTypes[cb.Annotation] = true
				continue
			}
			owner, name, _ := strings.Cut(cb.Method, "->")
			r.callbacks[name] = append(r.callbacks[name], callbackRule{owner: owner, param: cb.Param, src: src})
		}
	}
	r.returnSinks = map[string]*sinkRule{}
	for _, sk := range s.Sinks {
		rule := &sinkRule{id: sk.ID, kind: sk.Kind, args: sk.Args, origins: sk.Origin, data: sk.Data, body: sk.Body, inApp: sk.InApp, base: baseServer(sk.BaseURL)}
		for _, m := range sk.Methods {
			r.sinks[m] = rule
		}
		for _, m := range sk.Returns {
			r.returnSinks[m] = rule
		}
		r.shapes = append(r.shapes, compileShapes(sk, rule)...)
		for _, t := range sk.Annotated {
			if r.annotated == nil {
				r.annotated = map[string]*sinkRule{}
			}
			r.annotated[t] = rule
			r.wantedTypes[t] = true
		}
	}
	for _, v := range s.VendorCallbacks {
		vr := &vendorRule{types: v.Types, first: v.FirstParam, src: s.SourceByID(v.Source), known: map[string]bool{}}
		for _, k := range v.Known {
			vr.known[k] = true
		}
		if vr.src != nil {
			r.vendor = append(r.vendor, vr)
		}
	}
	r.origins = map[string]string{}
	for _, o := range s.Origins {
		for _, m := range o.Methods {
			r.origins[m] = o.Kind
		}
	}
	for _, m := range s.Trackers {
		r.trackers[m] = true
	}
	for _, t := range s.TrackerServers {
		r.servers = append(r.servers, trackerServer(t))
	}
	for _, p := range trackerPrefixes {
		r.trackerPfx = append(r.trackerPfx, descriptorPrefix(p))
	}
	r.libraryPfx = s.LibraryPackages
	for _, ms := range s.Models {
		md := &model{fluent: ms.Fluent, element: ms.Element, copy: ms.Copy, prints: ms.Prints, clears: ms.Clears, keys: ms.Keys, key: -1}
		if ms.Key != "" {
			md.key = parsePos(ms.Key)
		}
		for _, f := range ms.Flows {
			from, to, ok := strings.Cut(f, "->")
			if !ok {
				continue // none
			}
			md.flows = append(md.flows, flowEdge{parsePos(from), parsePos(to)})
		}
		switch ms.Mark {
		case "encode":
			md.mark = flagEncode
		case "crypto":
			md.mark = flagCrypto
		case "embed":
			md.mark = flagEmbed
		case "whole":
			md.whole = true
		}
		for _, m := range ms.Methods {
			if len(ms.Sets) > 0 {
				r.sets[m] = append(r.sets[m], ms.Sets...)
				if len(ms.Flows) == 0 && ms.Mark == "" {
					continue // the default model moves the data
				}
			}
			r.models[m] = md
			if ms.Element {
				cls, _, _ := strings.Cut(m, "->")
				r.elementTypes[cls] = true
			}
		}
	}
	for _, m := range s.Sanitizers {
		r.sanitizers[m] = true
	}
	for _, m := range s.Incognito.PreferenceGetters {
		r.prefGetters[m] = true
	}
	for _, m := range s.Incognito.PreferenceSetters {
		r.prefSetters[m] = true
	}
	for _, m := range s.Incognito.StateArguments {
		r.stateArgs[m] = true
	}
	r.switches = map[string]bool{}
	for _, m := range s.Incognito.TrackerSwitches {
		r.switches[m] = true
	}
	r.lookups = map[string]bool{}
	for _, m := range s.Incognito.Lookups {
		r.lookups[m] = true
	}
	for _, t := range s.Incognito.StateTypes {
		r.stateTypes[t] = true
	}
	for _, n := range s.Incognito.Exact {
		r.incExact[n] = true
	}
	r.incNormal = map[string]bool{}
	for _, n := range s.Incognito.Normal {
		r.incNormal[n] = true
	}
	r.storeWrites, r.storeReads = map[string]string{}, map[string]string{}
	r.componentStores, r.storeCallbacks, r.originStores = map[string]string{}, map[string]string{}, map[string]string{}
	r.originStoreIDs, r.storeKeys = map[string]bool{}, map[string]int{}
	r.storeFiles = map[string]*fileRule{}
	for _, st := range s.Stores {
		if st.Key != "" {
			r.storeKeys[st.ID] = parsePos(st.Key)
		}
		if len(st.Files) > 0 {
			fr := &fileRule{opens: map[string]bool{}, handles: map[string]bool{}}
			for _, m := range st.Files {
				fr.opens[m] = true
			}
			for _, m := range append(slices.Clone(st.Writes), st.Reads...) {
				cls, _, _ := strings.Cut(m, "->")
				fr.handles[cls] = true
			}
			r.storeFiles[st.ID] = fr
		}
		if st.Component != "" {
			r.componentStores[st.ID] = st.Component
			for _, cb := range st.Callbacks {
				r.storeCallbacks[cb] = st.ID
			}
		}
		for _, m := range st.Writes {
			r.storeWrites[m] = st.ID
		}
		for _, m := range st.Reads {
			r.storeReads[m] = st.ID
		}
		if st.Origin != "" {
			r.originStores[st.Origin] = st.ID
			r.originStoreIDs[st.ID] = true
		}
	}
	r.stateNames = map[string]bool{}
	for _, st := range s.SavedState {
		sr := savedStateRule{owner: st.Class, save: map[string]bool{}, restore: map[string]bool{}}
		for _, n := range st.Save {
			sr.save[n], r.stateNames[n] = true, true
		}
		for _, n := range st.Restore {
			sr.restore[n], r.stateNames[n] = true, true
		}
		r.savedState = append(r.savedState, sr)
	}
	r.dispatch = map[string][]dispatchRule{}
	r.dispatchTargets = map[string]bool{}
	r.objectTypes = map[string]bool{}
	for _, d := range s.Dispatch {
		owner, _, _ := strings.Cut(d.Call, "->")
		if d.Type != "" {
			owner = d.Type
		}
		dr := dispatchRule{owner: owner, target: d.Target, then: d.Then, annot: d.Annotation, prefix: d.Prefix, object: posRecv}
		switch {
		case d.Object == "unknown":
			dr.object = posNone
		case d.Object == "maker":
			dr.object = posMaker
		case strings.HasPrefix(d.Object, "maker-made-with:"):
			dr.object, dr.objTyp = posMakerMadeWith, strings.TrimPrefix(d.Object, "maker-made-with:")
		case strings.HasPrefix(d.Object, "made-with:"):
			dr.object, dr.objTyp = posMadeWith, strings.TrimPrefix(d.Object, "made-with:")
		case strings.HasPrefix(d.Object, "literal:"):
			dr.object, dr.literal = parsePos(strings.TrimPrefix(d.Object, "literal:")), true
		case strings.HasPrefix(d.Object, "provider:"):
			dr.object, dr.provider = parsePos(strings.TrimPrefix(d.Object, "provider:")), true
		case strings.HasPrefix(d.Object, "L"):
			dr.object, dr.objTyp = posArgs, d.Object
			r.objectTypes[d.Object] = true
		case d.Object != "" && d.Object != "recv":
			dr.object = parsePos(d.Object)
		}
		if from, to, ok := strings.Cut(d.Flow, "->"); ok {
			dr.flow, dr.hasArg = flowEdge{parsePos(from), parsePos(to)}, true
		}
		r.dispatch[d.Call] = append(r.dispatch[d.Call], dr)
		if cls, _, _ := strings.Cut(d.Call, "->"); r.elementTypes[cls] {
			r.observables[cls] = true
		}
		if d.Target != "" {
			r.dispatchTargets[d.Target] = true
		}
		if d.Then != "" {
			r.dispatchTargets[d.Then] = true
		}
		if d.Annotation != "" {
			r.wantedTypes[d.Annotation] = true
		}
	}
	for _, t := range s.EntryPoints.CallbackTypes {
		r.cbTypes[t] = true
	}
	// The union of the call maps calleeOf consults, so that a call in none
	// of them costs one lookup, not eleven.
	r.anyCall = map[string]bool{}
	for _, keys := range []iter.Seq[string]{maps.Keys(r.sources), maps.Keys(r.sinks), maps.Keys(r.trackers),
		maps.Keys(r.models), maps.Keys(r.sets), maps.Keys(r.switches), maps.Keys(r.sanitizers), maps.Keys(r.dispatch), maps.Keys(r.storeWrites), maps.Keys(r.storeReads), maps.Keys(r.origins)} {
		for k := range keys {
			r.anyCall[k] = true
		}
	}
	return r
}

// descriptorPrefix turns "com.sensorsdata.analytics" or
// "Lcom/sensorsdata/analytics" into "Lcom/sensorsdata/analytics/", so a
// prefix never matches a longer package name ("com.sensorsdataX").
func descriptorPrefix(p string) string {
	p = strings.TrimSuffix(strings.TrimSuffix(p, "."), "/")
	if !strings.HasPrefix(p, "L") || strings.Contains(p, ".") {
		p = "L" + strings.ReplaceAll(p, ".", "/")
	}
	return p + "/"
}

func parsePos(s string) int {
	switch s {
	case "recv":
		return posRecv
	case "args":
		return posArgs
	case "ret":
		return posRet
	}
	n, _ := strconv.Atoi(strings.TrimPrefix(s, "arg"))
	return n
}

// lookup finds key "cls->name" in m, then the wildcards "*->name" and "cls->*".
func lookup[T any](m map[string]T, cls, name string) (T, bool) {
	// Keys are built in a stack buffer: m[string(bytes)] does not allocate,
	// and this runs for every call and field access the analysis steps over.
	var buf [192]byte
	k := append(append(append(buf[:0], cls...), "->"...), name...)
	if v, ok := m[string(k)]; ok {
		return v, true
	}
	k = append(append(buf[:0], "*->"...), name...)
	if v, ok := m[string(k)]; ok {
		return v, true
	}
	k = append(append(buf[:0], cls...), "->*"...)
	v, ok := m[string(k)]
	return v, ok
}

// lookupIn is lookup through the hierarchy: a call written against an app
// class (this.startActivity in an Activity subclass) matches the framework
// type the method is inherited from, and a call written against a
// framework subclass (HttpsURLConnection.getOutputStream) the rules of its
// framework superclasses (spec framework-supers).
func lookupIn[T any](p *program, m map[string]T, cls, name string) (T, bool) {
	if v, ok := lookup(m, cls, name); ok {
		return v, ok
	}
	for _, n := range p.ruleAncestors(cls) {
		if v, ok := lookup(m, n, name); ok {
			return v, true
		}
	}
	var zero T
	return zero, false
}

// trackerPrefix returns the tracker prefix (as given in Options) a class
// belongs to, or "".
func (r *compiled) trackerPrefix(cls string, given []string) string {
	for i, p := range r.trackerPfx {
		if strings.HasPrefix(cls, p) {
			return given[i]
		}
	}
	return ""
}

// incognitoIgnored reports whether incognito-named state in cls is ignored
// (library code, or tracker SDK code).
func (e *engine) incognitoIgnored(cls string) bool {
	return hasPrefix(cls, e.r.incIgnore) || e.trackerOf(cls) != ""
}

var nameFolder = strings.NewReplacer("_", "", "$", "", "-", "", " ", "")

// incognitoName reports whether a member name names incognito state.
func (r *compiled) incognitoName(name string) bool {
	n := nameFolder.Replace(strings.ToLower(name))
	if r.incExact[n] {
		return true
	}
	return r.incognitoText(n)
}

// normalName reports whether name is that of normal browsing's constant.
func (r *compiled) normalName(name string) bool {
	return r.incNormal[nameFolder.Replace(strings.ToLower(name))]
}

// incognitoText reports whether text shown to the user (a string
// resource's value) names incognito mode: it contains one of the names
// (an exact name, "Private", says too little in a sentence).
func (r *compiled) incognitoText(text string) bool {
	n := nameFolder.Replace(strings.ToLower(text))
	for _, c := range r.incContains {
		if strings.Contains(n, c) {
			return true
		}
	}
	return false
}

// savedStateRule is a compiled rules.SavedState.
type savedStateRule struct {
	owner         string
	save, restore map[string]bool
}
