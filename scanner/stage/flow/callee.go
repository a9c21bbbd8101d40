package flow

import (
	"slices"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// callee is everything the spec says about one method reference, looked up
// once per dex file and method index: methods are analysed many times
// during the fixpoint and the lookups build strings.
type callee struct {
	ok        bool
	ref       dex.MethodRef
	framework bool   // the class the call names has no class_def in the app
	what      string // "Lcls;->name", for evidence: use label()
	sanitizer bool
	srcs      []*rules.Source // the sources the call may be, told apart by const-arg
	idArgs    []int           // declared int arguments that may be a view's id (view.go)
	viewOp    uint8           // what the call does with a text view's handle (view.go)
	uriOp     uint8           // the call parses or extends a content URI (uri.go)
	inputOp   bool            // the call sets a text view's input type or keyboard action (view.go)
	sinkKind  string
	server    *serverRule // calls giving the address the sink sends to (servers.go)
	sinkArgs  []int
	// originSink: a sink only when the receiver has one of these origins
	// (a write to a network or file stream); sinkKind is then "".
	originSink []string
	origin     string   // the call makes a stream of this kind (origin.go)
	sinkData   []string // source kinds the sink is for (all when empty)
	embeds     bool     // the sink places its arguments inside a request
	inApp      bool     // an explicit intent to an app class is no sink (ownIntent)
	tracker    string   // tracker prefix of the class, as given in Options (for Result.Called)
	model      *model
	sets       []string // fields of the result its int arguments fill (rules.Model.Sets)
	dispatch   []dispatchRule
	storeW     int32  // heap location of the store the call writes, or -1
	storeR     int32  // of the store it reads, or -1
	storeKey   int    // the declared argument holding a keyed store's key (storekeys.go), or -1
	storeID    string // the keyed store's id
	storeComp  string // or the component store it writes (component.go)
	storeCompR string // or reads
	storeFile  bool   // storeR is a file's contents (an origin store: filestore.go)
	incName    bool   // boolean method named like incognito state
	prefGet    bool   // boolean or int preference getter (key decides)
	lookup     bool   // a container lookup (the container's name decides)
	switcher   bool   // a tracker SDK's collection switch (switches.go)
	keySlot    int    // or an app helper passing this parameter slot as a getter's key (prefwrap.go), or -1
	// The call hands the incognito state on (setters.go): the declared
	// parameter holding it, and the one holding its key, or -1.
	stateParam, stateKey int
	// wrapTop caches, once asked (wrapAsked), the wrapper parameter
	// of the app method the call runs at maxWrapDepth, or -1.
	wrapTop   int
	wrapAsked bool
	targets   [3][]*method
	resolved  [3]bool
}

// label names the callee for evidence, "Lcls;->name", built on first use:
// most callees are never a source or a sink.
func (c *callee) label() string {
	if c.what == "" {
		c.what = c.ref.Class + "->" + c.ref.Name
	}
	return c.what
}

func (e *engine) calleeOf(f *dex.File, idx uint32) *callee {
	slot := e.callees.slot(f, idx)
	if slot != nil && *slot != nil {
		return *slot
	}
	c := &callee{storeW: -1, storeR: -1, keySlot: -1, stateParam: -1, stateKey: -1, storeKey: -1}
	if slot != nil {
		*slot = c
	}
	ref, err := f.MethodRef(idx)
	if err != nil {
		return c
	}
	cls, name := ref.Class, ref.Name
	p := e.prog
	c.ok, c.ref, c.tracker = true, ref, e.trackerOf(cls)
	c.framework = p.framework(cls)
	// Most calls are in no rule map: one lookup in their union first.
	if _, ok := lookupIn(p, e.r.anyCall, cls, name); ok {
		e.ruleCallee(c, cls, name)
	}
	if c.sinkKind == "" && c.originSink == nil && c.model == nil && c.srcs == nil {
		if len(e.r.shapes) > 0 {
			e.shapeCallee(c, ref)
		}
		if c.sinkKind == "" && e.annotSinks && !c.framework {
			e.annotatedCallee(c, ref)
		}
	}
	if slices.Contains(ref.Proto.Parameters, "Z") {
		e.setterCallee(c, ref)
	}
	if len(e.r.layout) > 0 {
		c.viewOp = e.viewOpOf(ref)
		if c.srcs == nil {
			c.idArgs = e.viewIDArgs(ref)
			c.inputOp = (name == "setInputType" || name == "setRawInputType" || name == "setImeOptions") &&
				len(ref.Proto.Parameters) == 1 && ref.Proto.Parameters[0] == "I" && p.extends(cls, textView)
		}
	}
	if len(e.r.uriFields)+len(e.r.uriPrefixes) > 0 {
		c.uriOp = uriOpOf(ref)
	}
	ret := ref.Proto.ReturnType
	// A lookup's class is the library's; the container's name decides.
	_, c.lookup = lookupIn(e.prog, e.r.lookups, cls, name)
	if ret == "Z" || ret == "I" || ret == typeObject || ret == "Ljava/lang/Boolean;" || ret == "Ljava/lang/Integer;" { // an int tested against zero, a boxed Boolean compared or Integer unboxed
		// A store's getter (androidx's WorkManager Data too): the key decides.
		_, c.prefGet = lookupIn(e.prog, e.r.prefGetters, cls, name)
	}
	if e.incognitoIgnored(cls) {
		return c
	}
	if ret == "Z" || e.r.stateTypes[ret] {
		c.incName = e.r.incognitoName(name)
	}
	if ret == "Z" && !c.incName && !c.prefGet && !c.framework {
		c.keySlot = e.keySlot(p.resolveRef(ref), maxWrapDepth)
	}
	return c
}

// ruleCallee fills in what the rule maps say of a call of cls->name.
func (e *engine) ruleCallee(c *callee, cls, name string) {
	p := e.prog
	_, c.sanitizer = lookupIn(p, e.r.sanitizers, cls, name)
	c.srcs, _ = lookupIn(p, e.r.sources, cls, name)
	if s, ok := lookupIn(p, e.r.sinks, cls, name); ok {
		c.sinkArgs, c.sinkData, c.embeds, c.inApp = s.args, s.data, s.body, s.inApp
		if len(s.origins) > 0 {
			c.originSink = s.origins
		} else {
			c.sinkKind = s.kind
		}
		if s.kind == SinkTracker {
			c.server = e.r.serverOf(cls) // a tracker SDK's sink with its own args (Matomo's with)
		}
	} else if _, ok := lookupIn(p, e.r.trackers, cls, name); ok {
		// A tracker SDK's documented ingest API (spec trackers); the rest
		// of its code is analysed like any library's.
		c.sinkKind = SinkTracker
		c.server = e.r.serverOf(cls)
	}
	c.model, _ = lookupIn(p, e.r.models, cls, name)
	c.sets, _ = lookupIn(p, e.r.sets, cls, name)
	_, c.switcher = lookupIn(p, e.r.switches, cls, name)
	c.origin, _ = lookupIn(p, e.r.origins, cls, name)
	c.dispatch, _ = lookupIn(p, e.r.dispatch, cls, name)
	if id, ok := lookupIn(p, e.r.storeWrites, cls, name); ok && id != "" {
		if e.r.componentStores[id] != "" {
			c.storeComp = id
		} else {
			c.storeW = e.heapLoc("store:" + id)
			c.storeKey, c.storeID = e.storeKeyOf(id), id
		}
	}
	if id, ok := lookupIn(p, e.r.storeReads, cls, name); ok && id != "" {
		if e.r.componentStores[id] != "" {
			c.storeCompR = id
		} else {
			c.storeR = e.heapLoc("store:" + id)
			c.storeKey, c.storeID = e.storeKeyOf(id), id
			c.storeFile = e.r.originStoreIDs[id]
		}
	}
}
