package flow

import (
	"context"
	"math/rand/v2"
	"slices"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
	"github.com/apkscan/apkscan/scanner/stage/app"
)

// sourceSite is one place data enters: a call or field read (pc >= 0) or a
// callback parameter (param >= 0).
type sourceSite struct {
	spec   *rules.Source // nil for incognito state
	kind   string
	m      *method
	pc     int
	param  int
	what   string // the call, field or callback, for evidence
	vendor bool   // a vendor callback's parameter (vendor.go)
	// handle: a handle site's (view.go), what it is: "view 0x7f040000",
	// a content URI. via: a site reading data through handles, theirs,
	// sorted.
	handle string
	via    []string
}

type siteKey struct {
	m     *method
	pc    int
	param int
	spec  *rules.Source
	kind  string
}

// sinkHit is one sink call reached by tainted data.
type sinkHit struct {
	m     *method
	pc    int
	kind  string
	taint tset
}

// engine runs one whole-program fixpoint.
type engine struct {
	ctx  context.Context
	prog *program
	r    *compiled
	opts Options
	// annotSinks: some dex names a sink annotation (annotated.go).
	annotSinks bool
	// subscribers holds, per annotation type or name prefix, the app
	// methods that subscribe by it (subscribers.go).
	subscribers map[string][]*method
	// families memoises familyDefines by (class, type).
	families   map[[2]string]bool
	viewerActs map[*rules.Source][]string // viewers' answers (viewer.go)
	// bodies and resumeIdx memoise coroutine bodies by class and the
	// index of kotlinc's message by dex file (coroutine.go).
	bodies    map[*class]*method
	resumeIdx map[*dex.File]int64
	// report holds the code-path rules findings are reported under, by
	// kind of finding.
	report  map[string]*rules.Rule
	sources []sourceSite
	// symParams[k] is the set of parameter k's symbolic fact, shared by
	// every method's entry state.
	symParams [maxSymParams]tset
	srcIdx    map[siteKey]int
	// fields and readers are the heap locations' summaries and readers,
	// by the id locs gives each location (heapLoc).
	locs     map[string]int32
	locNames []string // by id, built when a witness names a location
	// held and heldOf map two fields to the location of their path and
	// back (heldLoc).
	held    map[[2]int32]int32
	heldOf  map[int32][2]int32
	appPkgs []string // descriptor prefixes of the app's own code (sdk.go)
	// trackerHosts are the hosts tracker and endpoint rules name
	// (address.go): a request to one is sent to a tracker.
	trackerHosts hostSet
	// callbacks caches callbacksOf.
	callbacks map[*class][]*method
	// objFields caches objectFieldLocs: an app class's object fields.
	objFields map[*class][]int32
	// made lists the app classes reached code makes (new-instance and a
	// constructor call), in the order they are first made; pending the
	// dispatch sites whose object's class is unknown (dispatch.go).
	made        []*class
	madeSeen    map[*class]bool
	pending     []pendingSite
	pendingSeen map[pendingSite]bool
	// argClasses lists, per app method parameter of a dispatch object
	// type, the app classes its callers pass there (argclasses.go).
	argClasses map[paramKey][]string
	// fieldClasses lists, per app field of a dispatch object type, the
	// app classes stored in it; fieldReaders the methods that asked.
	fieldClasses map[int32][]string
	fieldReaders map[int32]*readerSet
	// thenAfter holds the dispatch targets a rule's then runs a method
	// after (dispatchThen).
	thenAfter map[*method]bool
	// registered keeps registrations' answers by constructor call.
	registered map[callSite][]callSite
	// retSinks caches returnSink.
	retSinks map[*method]*sinkRule
	states   map[*method]*stateInfo // savedState's cache
	app      *app.App
	viewIDs  *viewIDs           // views, read on first use
	allocs   map[*method]string // allocatedReturn's answers
	// switchKeys memoises the keys switches on incognito mode take
	// (switch.go).
	switchKeys map[switchKey]keyAnswer
	// branchy are the methods whose branches test incognito state
	// (decided.go), in the order they were found.
	branchy []*method
	// keySlots memoises keySlot: preference helpers' key parameters.
	keySlots map[wrapKey]int
	// enumNamed memoises enumNames: an enum's constants' names by field.
	enumNamed map[string]map[string]string
	// intConsts memoises intConstants: a class's int constants by name.
	intConsts map[string]map[string]int64
	// switchedOff: tracker classes whose collection the app switches off
	// in incognito mode (true), or on (false) (switches.go).
	switchedOff map[string]bool
	// normalSupers memoises normalClass by superclass: whether one of its
	// subclasses is named like incognito mode.
	normalSupers map[string]bool
	// madeWith memoises fieldMadeWith by field and argument type.
	madeWith  map[[2]string][]string
	callIndex map[*method][]callSite // callsTo's index (initcalls.go)
	// storeSites and stored are objectStoreSites' index and
	// storedClasses' answers (fieldstores.go).
	storeSites map[string][]callSite
	stored     map[string]storedAnswer
	rnd        *rand.Rand // Options.shuffle
	// deferred are dispatch-run callbacks of made objects (entry.go).
	deferred     []allocEdge
	deferredSeen map[allocEdge]bool
	fallback     map[*method]bool // deferred methods linked where their objects are made
	fields       []tset
	readers      []readerSet
	// stateLocs are fields found holding the incognito state by where
	// their value is handed on; stateSets are those calls (setters.go).
	stateLocs map[int32]bool
	stateSets []finding.Evidence
	wrappers  map[wrapKey]int // wrapperParam's answers
	// ownSends are sink calls that send to the app's own component
	// (ownSend).
	ownSends map[callSite]bool
	// uiClasses are app classes a test's UI shows to be the mode's
	// (uistate.go), classTests the methods asking about each class.
	uiClasses  map[string]bool
	classTests map[string]*readerSet
	constLocs  map[int32]bool // constants a comparison's UI shows to be the mode's
	// intentTo memoises intentTargets.
	intentTo map[intentArg]intentTarget
	// compLocs are the heap locations of component stores (componentLoc).
	compLocs map[int32]bool
	// uiHelpers memoises helperLoadsIncognito.
	uiHelpers map[*method]bool
	// uiRes memoises incognitoResource; actionSeen holds the stores
	// uiaction.go found turning the mode on.
	uiRes      map[uint32]bool
	actionSeen map[callSite]bool
	// recvReturns memoises returnsReceiver.
	recvReturns map[*method]bool
	hits        map[callSite]*sinkHit
	called      map[string]bool
	targets     map[targetKey][]*method
	callees     *poolCache[callee] // by method_ids index
	// fieldInfo caches field references by dex file and field_ids index.
	fieldInfo *poolCache[fieldInfo]
	work      []*method
	slab      []tset // scratch register states, reused by analyze
	frames    []frame
	queuedBuf []bool
	ringBuf   []int      // analyze's work list of blocks
	cfg       cfgScratch // buildBlocks' temporaries
	regBuf    []uint32   // scratch for invoke
	argBuf    []tset
	concBuf   []tset
	edgeBuf   []int // incognitoEdge's successor list, reused
	steps     int
	budget    int
	stopped   bool
	// oversized counts methods only scanned because of their size.
	oversized int
	cur       frame // the frame step is updating, for models that taint arguments
	// curM and curI are the method and instruction index of the call a
	// model is applied to (fillField looks back from it).
	curM *method
	curI int
	// alias links a register to the object it is part of or wraps (an
	// array row to its array, a Formatter to its StringBuffer), within the
	// method being analysed; writes into the part taint the whole. Nil
	// until a method records one (setAlias).
	alias map[uint32]uint32
}

type targetKey struct {
	kind byte
	cls  string
	sig  sig
}

func newEngine(ctx context.Context, p *program, r *compiled, opts Options) *engine {
	e := &engine{ctx: ctx, prog: p, r: r, opts: opts, srcIdx: map[siteKey]int{},
		locs: map[string]int32{},
		hits: map[callSite]*sinkHit{}, called: map[string]bool{}, callbacks: map[*class][]*method{}, retSinks: map[*method]*sinkRule{}, states: map[*method]*stateInfo{},
		madeSeen: map[*class]bool{}, pendingSeen: map[pendingSite]bool{}, deferredSeen: map[allocEdge]bool{}, fallback: map[*method]bool{}, targets: map[targetKey][]*method{}, callees: newPoolCache[callee]((*dex.File).NumMethods),
		fieldInfo: newPoolCache[fieldInfo]((*dex.File).NumFields)}
	for t := range r.annotated {
		e.annotSinks = e.annotSinks || p.named[t]
	}
	e.initSymbolic()
	return e
}

// source returns the id of a source site, adding it on first use.
func (e *engine) source(k siteKey, kind, what string) int {
	k.kind = kind
	if id, ok := e.srcIdx[k]; ok {
		return id
	}
	id := len(e.sources)
	e.sources = append(e.sources, sourceSite{spec: k.spec, kind: kind, m: k.m, pc: k.pc, param: k.param, what: what})
	e.srcIdx[k] = id
	return id
}

// reach marks m reachable and queues it for analysis.
func (e *engine) reach(m *method) {
	if !m.reached {
		m.reached = true
		m.state()
		m.calls = map[int][]*method{}
		e.seedCallbackSources(m)
	}
	e.enqueue(m)
}

func (e *engine) enqueue(m *method) {
	if !m.queued {
		m.queued = true
		e.work = append(e.work, m)
	}
}

// run analyses queued methods until nothing changes or the budget is spent.
func (e *engine) run() {
	for len(e.work) > 0 {
		if e.steps >= e.budget {
			e.stopped = true
			return
		}
		if e.steps&63 == 0 && e.ctx.Err() != nil {
			e.stopped = true
			return
		}
		e.steps++
		if e.rnd != nil { // tests only: an arbitrary order (Options.shuffle)
			k := e.rnd.IntN(len(e.work))
			e.work[0], e.work[k] = e.work[k], e.work[0]
		}
		m := e.work[0]
		e.work = e.work[1:]
		m.queued = false
		e.analyze(m)
	}
}

// paramSlot maps declared parameter p of m to its register offset among
// the incoming registers (wide types take two).
func paramSlot(static bool, params []string, p int) int {
	slot := 0
	if !static {
		slot = 1
	}
	for i := 0; i < p && i < len(params); i++ {
		slot += typeWidth(params[i])
	}
	return slot
}

func typeWidth(t string) int {
	if t == "J" || t == "D" {
		return 2
	}
	return 1
}

// seedCallbackSources taints the parameters of framework callbacks that
// carry sensitive data (the URL of onPageFinished, ...).
func (e *engine) seedCallbackSources(m *method) {
	e.seedVendorSources(m)
	e.seedAnnotatedSources(m)
	rules := e.r.callbacks[m.name]
	if len(rules) == 0 || m.static() {
		return
	}
	for _, cb := range rules {
		if cb.param >= len(m.params) || len(m.params[cb.param]) == 1 || !e.prog.extends(m.cls.name, cb.owner) {
			continue // no such parameter, or a number (the overload's error code)
		}
		id := e.source(siteKey{m: m, pc: -1, param: cb.param, spec: cb.src}, cb.src.Kind, e.prog.viewedAs(m.cls.name, cb.owner)+"->"+m.name)
		slot := paramSlot(false, m.params, cb.param)
		e.mergeParam(m, slot, tset{fact(id, 0)})
	}
}

// mergeParam adds taint to one parameter slot; it reports a change.
func (e *engine) mergeParam(m *method, slot int, t tset) bool {
	code := m.body()
	if len(t) == 0 || code == nil || slot >= int(code.InsSize) {
		return false
	}
	if len(m.paramTaint) == 0 { // body allocated m's state
		m.paramTaint = make([]tset, code.InsSize)
	}
	u := union(m.paramTaint[slot], t)
	if slices.Equal(u, m.paramTaint[slot]) {
		return false
	}
	m.paramTaint[slot] = u
	m.dirty = true
	return true
}

// targetsOf returns the call targets of c for the invoke kind of in,
// computed once per callee and kind.
func (e *engine) targetsOf(in dalvik.Inst, c *callee) []*method {
	k := invokeKind(in.Op)
	if k < 0 {
		return nil
	}
	if !c.resolved[k] {
		c.resolved[k] = true
		c.targets[k] = e.callTargets(in, c.ref)
	}
	return c.targets[k]
}

func invokeKind(op dalvik.Opcode) int {
	switch op {
	case dalvik.OpInvokeStatic, dalvik.OpInvokeStaticRange:
		return 0
	case dalvik.OpInvokeDirect, dalvik.OpInvokeDirectRange, dalvik.OpInvokeSuper, dalvik.OpInvokeSuperRange:
		return 1
	case dalvik.OpInvokeVirtual, dalvik.OpInvokeVirtualRange, dalvik.OpInvokeInterface, dalvik.OpInvokeInterfaceRange:
		return 2
	}
	return -1
}

// callTargets returns the app methods an invoke may run, by class-hierarchy
// analysis for virtual and interface calls.
func (e *engine) callTargets(in dalvik.Inst, ref dex.MethodRef) []*method {
	s := sig{ref.Name, ref.Proto.String()}
	var kind byte
	switch in.Op {
	case dalvik.OpInvokeStatic, dalvik.OpInvokeStaticRange:
		kind = 's'
	case dalvik.OpInvokeDirect, dalvik.OpInvokeDirectRange, dalvik.OpInvokeSuper, dalvik.OpInvokeSuperRange:
		kind = 'd'
	case dalvik.OpInvokeVirtual, dalvik.OpInvokeVirtualRange, dalvik.OpInvokeInterface, dalvik.OpInvokeInterfaceRange:
		kind = 'v'
	default:
		return nil
	}
	k := targetKey{kind, ref.Class, s}
	if t, ok := e.targets[k]; ok {
		return t
	}
	var out []*method
	if m := e.prog.resolve(ref.Class, s); m != nil {
		out = append(out, m)
	}
	if kind == 'v' && !e.prog.framework(ref.Class) {
		out = e.overriders(ref.Class, s, out)
	}
	e.targets[k] = out
	return out
}

// virtualTargets returns what a virtual call of s runs on an object of
// app class cls or a subclass.
func (e *engine) virtualTargets(cls string, s sig) []*method {
	k := targetKey{'v', cls, s}
	if t, ok := e.targets[k]; ok {
		return t
	}
	var out []*method
	if m := e.prog.resolve(cls, s); m != nil {
		out = append(out, m)
	}
	out = e.overriders(cls, s, out)
	e.targets[k] = out
	return out
}

// maxTargets bounds CHA fan-out: a call on a very common interface would
// otherwise link to every implementation in a large app.
const maxTargets = 64

func (e *engine) overriders(cls string, s sig, out []*method) []*method {
	seen := map[string]bool{cls: true}
	queue := []string{cls}
	for len(queue) > 0 && len(out) < maxTargets {
		n := queue[0]
		queue = queue[1:]
		for _, sub := range e.prog.subs[n] {
			if seen[sub.name] {
				continue
			}
			seen[sub.name] = true
			queue = append(queue, sub.name)
			if m := sub.methods[s]; m != nil && m.hasCode() && !containsMethod(out, m) {
				out = append(out, m)
			}
		}
	}
	return out
}

func containsMethod(list []*method, m *method) bool {
	for _, x := range list {
		if x == m {
			return true
		}
	}
	return false
}
