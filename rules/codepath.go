package rules

// CodePaths is the code-path specification the `code-paths:` sections of
// rule files add up to: where sensitive data enters an app (sources),
// where it leaves (sinks), how library calls move it (models), what names
// incognito state, and which app methods the framework calls. The
// code-path stage (scanner/stage/flow) compiles it; the code-path rules
// (Rule.CodePath) say what its findings are reported as. Entries of
// several files are appended; members are written `Lclass;->name`, either
// part `*` for any.
type CodePaths struct {
	Sources []*Source `json:"sources,omitempty"`
	Sinks   []*Sink   `json:"sinks,omitempty"`
	Origins []*Origin `json:"origins,omitempty"`
	// VendorCallbacks say which unlisted callbacks carry page data.
	VendorCallbacks []*VendorCallback `json:"vendorCallbacks,omitempty"`
	// Trackers are tracker SDKs' ingest APIs: what they are given is sent.
	Trackers []string `json:"trackers,omitempty"`
	// TrackerServers say where tracker SDKs send: the calls that give an
	// SDK its server's address.
	TrackerServers []*TrackerServer `json:"trackerServers,omitempty"`
	Models         []*Model         `json:"models,omitempty"`
	Sanitizers     []string         `json:"sanitizers,omitempty"`
	Stores         []*Store         `json:"stores,omitempty"`
	SavedState     []*SavedState    `json:"savedState,omitempty"`
	Incognito      Incognito        `json:"incognito"`
	// EntryPoints say which app methods the framework calls.
	EntryPoints EntryPoints `json:"entryPoints"`
	// FrameworkSupers maps framework types to their superclass.
	FrameworkSupers map[string]string `json:"frameworkSupers,omitempty"`
	Dispatch        []*Dispatch       `json:"dispatch,omitempty"`
	// LibraryPackages are descriptor prefixes of third-party library code
	// (Play services, AndroidX, Kotlin, OkHttp, ...). A leak whose source
	// and sink both sit inside library code is that library's own
	// behaviour (its tracker finding says it ships), not a flow of the app.
	LibraryPackages []string `json:"libraryPackages,omitempty"`
	// WebEngines are packages of browser engines whose classes copy
	// android.webkit's API (WebView, WebViewClient, WebChromeClient, ...)
	// while their engine is loaded at run time: a type of one is read as
	// android.webkit's type of the same name.
	WebEngines []string `json:"webEngines,omitempty"`
	// superPos says where each framework-supers key was written.
	superPos map[string]Pos
}

// Source kinds: what the data is.
const (
	SourceIdentifier = "identifier"
	SourceLocation   = "location"
	SourceAccount    = "account"
	SourceBrowsing   = "browsing"
	// SourcePersonal: the user's contacts, text messages or call log.
	SourcePersonal = "personal"
)

// SourceKinds lists every source kind.
var SourceKinds = []string{SourceIdentifier, SourceLocation, SourceAccount, SourceBrowsing, SourcePersonal}

// Sink kinds: where the data goes.
const (
	SinkNetwork = "network"
	SinkTracker = "tracker"
	SinkSMS     = "sms"
	SinkLog     = "log"
	SinkFile    = "file"
	SinkIntent  = "intent"
)

// SinkKinds lists every sink kind.
var SinkKinds = []string{SinkNetwork, SinkTracker, SinkSMS, SinkLog, SinkFile, SinkIntent}

// Source names where one kind of sensitive data enters the app.
type Source struct {
	ID        string      `json:"id"`
	Kind      string      `json:"kind"`
	Label     string      `json:"label,omitempty"`
	Methods   []string    `json:"methods,omitempty"`
	ConstArg  *ConstArg   `json:"constArg,omitempty"`
	Fields    []string    `json:"fields,omitempty"`
	Callbacks []*Callback `json:"callbacks,omitempty"`
	// Sinks are the sink kinds the data counts at (all when empty): a
	// password belongs in the request that logs the user in, never in a
	// log, a file, an SMS or a tracker.
	Sinks []string `json:"sinks,omitempty"`
	// OutsideIncognito, for browsing data: in an app with no incognito
	// mode the data counts only at these sink kinds (a search box's query
	// belongs in the request to the app's own search; at a tracker it is
	// tracking), where page data counts at a request too; "nowhere": not
	// at all (what a page's script hands a hybrid app's bridge is the
	// app's own web content, tracked as the app sees fit).
	OutsideIncognito []string `json:"outsideIncognito,omitempty"`
	// ViewedIn, URI schemes: the methods count only in the code of an
	// activity whose intent filter views links of one of these schemes
	// on any host (a browser's), or of its class family.
	ViewedIn []string `json:"viewedIn,omitempty"`
	Pos      Pos      `json:"-"`
}

// ConstArg restricts a source call to const-string argument values, or
// (Layout) to the resource id of a view of that kind the app's layouts
// declare: "password", a password input; "address", an input for a web
// address (an address bar); "search", a search box; "personal", an input for an email address, a
// person's name, a postal address or a phone number.
type ConstArg struct {
	Index  int      `json:"index"`
	Values []string `json:"values,omitempty"`
	Layout string   `json:"layout,omitempty"`
	// URIs: the argument is a content URI read from one of these fields
	// ("Lcls;->CONTENT_URI") or parsed from a constant that starts with one
	// of these ("content://sms"), perhaps with a path or an id appended.
	URIs []string `json:"uris,omitempty"`
}

// Callback is a framework callback whose parameter carries the data.
// OutsideNowhere, alone in a source's OutsideIncognito, says the data
// counts at no sink in an app with no incognito mode.
const OutsideNowhere = "nowhere"

type Callback struct {
	Method string `json:"method,omitempty"`
	Param  int    `json:"param"`
	// Annotation, instead of Method and Param: every String parameter of
	// an app method declared with this annotation type (a WebView's
	// @JavascriptInterface methods, which a page's script calls).
	Annotation string `json:"annotation,omitempty"`
}

// TrackerServer names the calls that give a tracker SDK the address of
// the server it sends to (Sensors Analytics' SAConfigOptions(serverUrl)):
// where the app's calls make one such address, what the SDK's tracker
// APIs are given goes to its host.
type TrackerServer struct {
	// Package is the SDK's descriptor prefix ("Lcom/sensorsdata/"): the
	// tracker APIs under it send to the address.
	Package string        `json:"package"`
	Calls   []*ServerCall `json:"calls"`
	Pos     Pos           `json:"-"`
}

// ServerCall is a call giving an SDK its server's address as argument Arg
// (a register position: 0 is the receiver of an instance call, the first
// argument of a static one). Overloads without a String there are skipped.
type ServerCall struct {
	Method string `json:"method"`
	Arg    int    `json:"arg"`
}

// Sink names calls where data leaves the app.
type Sink struct {
	ID      string   `json:"id"`
	Kind    string   `json:"kind"`
	Methods []string `json:"methods,omitempty"`
	// Args are the register positions checked (0 is the receiver of an
	// instance call); every declared argument when empty.
	Args []int `json:"args,omitempty"`
	// Origin makes the methods sinks only on a receiver that comes from
	// an origin of these kinds (a stream a connection or a file opened):
	// the sink's kind is then the origin's.
	Origin []string `json:"origin,omitempty"`
	// Returns are framework methods whose overrides' return values the
	// framework sends (Volley's Request.getParams).
	Returns []string `json:"returns,omitempty"`
	// Data limits the sink to these source kinds (a WebView loading a
	// page is a browser's work, not a leak of the page's address).
	Data []string `json:"data,omitempty"`
	// Shapes find the sink's methods by their code where a shrinker has
	// renamed them (a bundled library's API).
	Shapes []*Shape `json:"shapes,omitempty"`
	// Annotated find the sink's methods by their annotations: an app's
	// method declared with one of these (Retrofit's @GET on a service
	// interface) is a sink for every declared argument, which the library
	// that reads the annotation places in a request.
	Annotated []string `json:"annotated,omitempty"`
	// BaseURL are the calls that set the address an annotated sink's
	// library resolves the methods' paths against (Retrofit.Builder's
	// baseUrl): where the app makes one such address, the sink's requests
	// go to its host.
	BaseURL []string `json:"baseUrl,omitempty"`
	// Body says the checked arguments are what a request carries (a web
	// socket message, a datagram), not where it goes: a page's URL there
	// is sent, as in a request's body or query.
	Body bool `json:"body,omitempty"`
	// InApp says a checked argument made as an explicit intent to one of
	// the app's classes (new Intent(context, Details.class)) stays in the
	// app: the call is no sink for it.
	InApp bool `json:"inApp,omitempty"`
	Pos   Pos  `json:"-"`
}

// Shape recognises a method the app bundles by its code, not its name: a
// method whose declared parameters are Params ("*" for any type) and
// whose code holds every one of Strings as a const-string. A call that
// runs it is a sink for every declared argument, which it places inside
// a request (a form field, a query parameter) or, with Address, which is
// the whole address the request goes to (browsing data then counts only
// when it was placed inside the address first).
type Shape struct {
	Label   string   `json:"label"`
	Params  []string `json:"params"`
	Strings []string `json:"strings"`
	Address bool     `json:"address,omitempty"`
}

// Origin names calls whose result (or, for a constructor, new object) is
// a stream data written to leaves the app through: network or file.
type Origin struct {
	ID      string   `json:"id"`
	Kind    string   `json:"kind"`
	Methods []string `json:"methods"`
	Pos     Pos      `json:"-"`
}

// VendorCallback: a method of an app subclass of one of Types that takes
// FirstParam first and at least one String, is not one of the SDK's own
// methods (Known), and that nothing in the app calls, is a callback of a
// vendor's build of the framework: its String parameters are data of the
// source Source (an id of Sources).
type VendorCallback struct {
	Types      []string `json:"types"`
	FirstParam string   `json:"firstParam"`
	Source     string   `json:"source"`
	Known      []string `json:"known,omitempty"`
	Pos        Pos      `json:"-"`
}

// Model says how data moves through library calls. Flows are "from->to",
// each end recv, args, argN (declared argument N) or ret; "none" alone
// says nothing moves, not even by the default (a stream opened on a file
// reads the file, not its name).
type Model struct {
	Methods []string `json:"methods"`
	Flows   []string `json:"flows,omitempty"`
	Mark    string   `json:"mark,omitempty"` // encode, crypto, embed, whole
	// Fluent says the call returns its receiver (StringBuilder.append,
	// builders): what is later added through the result is added to the
	// receiver too.
	Fluent bool `json:"fluent,omitempty"`
	// Key names the argument ("arg0") holding the key of a keyed container
	// (Map.put, JSONObject.put, Bundle.getString): with a constant key, a
	// value put under one key is not read back under another.
	Key string `json:"key,omitempty"`
	// Element says the call puts whole elements into a collection or
	// takes them out (List.add, Queue.poll, Iterator.next): an object
	// holding the data in one of its fields goes in and comes out as
	// that object, the data still in that field.
	Element bool `json:"element,omitempty"`
	// Copy says the call copies a keyed container's entries into another
	// (Intent.putExtras, Bundle.putAll, Intent.getExtras): what one held
	// under a key, the other holds under that key.
	Copy bool `json:"copy,omitempty"`
	// Prints says the call makes a string of its Object arguments with
	// their toString (StringBuilder.append(Object), String.format): an
	// app object whose class overrides toString is printed with what its
	// fields hold, one that does not as its class and hash.
	Prints bool `json:"prints,omitempty"`
	// Clears says the call empties its receiver (clear(), setLength(0):
	// a size argument must be the constant 0); with Key, it removes what
	// the receiver holds under the key given (remove("imei")).
	Clears bool `json:"clears,omitempty"`
	// Keys says the call gives its keyed receiver's keys (keySet(),
	// JSONObject.keys()): what was put as a key comes out, no value
	// does. A keyed put (Key) holds its key argument among the keys.
	Keys bool `json:"keys,omitempty"`
	// Sets names fields ("Landroid/os/Message;->arg1") of the object the
	// call returns that its int and boolean arguments fill
	// (Message.obtain(handler, what, arg1, arg2, obj)): the incognito
	// state a caller passes in one of them is in those fields where a
	// reader tests them. A model with sets and no flows moves the data as
	// the default model does.
	Sets []string `json:"sets,omitempty"`
	Pos  Pos      `json:"-"`
}

// Model marks.
var modelMarks = []string{"encode", "crypto", "embed", "whole"}

// Store is framework storage that outlives a call (preferences): what
// Writes store, Reads may return anywhere. A Component store keeps what
// it holds per app class, the class a write names (ComponentIntent: an
// argument made as an explicit intent to one of the app's classes, a
// class literal where it was made; ComponentReceiver: the class the call's
// receiver was made as) and the classes it extends; a read returns what
// is kept for the class it is called on (an activity's getIntent(), a
// fragment's getArguments()), and so does the first parameter of a
// Callbacks method of the class (an activity's onNewIntent). With Origin
// (a sink kind), the writes are also the stream writes that are sinks of
// that kind by their stream's origin (what the app writes to a file),
// and a read may be a constructor, whose new object holds what is kept
// (new FileInputStream(file)). With Key (an argument, "arg0"), what a
// write stores under a constant string there is read back only by reads
// with the same constant there, or with none the code shows (a
// preference's key).
type Store struct {
	ID        string   `json:"id"`
	Writes    []string `json:"writes,omitempty"`
	Reads     []string `json:"reads,omitempty"`
	Component string   `json:"component,omitempty"`
	Callbacks []string `json:"callbacks,omitempty"`
	Origin    string   `json:"origin,omitempty"`
	Key       string   `json:"key,omitempty"`
	// Files, for a keyed store, are the calls opening one of its files
	// (getSharedPreferences(name, mode)): their first String argument, a
	// constant, names it; one with no String argument opens the default
	// file (getDefaultSharedPreferences). A write or read on an object
	// such a call made, or made from it by a call returning the writes'
	// receiver type (edit()), is keyed by its file too.
	Files []string `json:"files,omitempty"`
	Pos   Pos      `json:"-"`
}

// Component store keys.
const (
	ComponentIntent   = "intent"
	ComponentReceiver = "receiver"
)

// SavedState is a component's saved instance state: what a Save callback
// of a subclass of Class puts into its Bundle parameter, the framework
// hands back in the Bundle parameter of the Restore callbacks.
type SavedState struct {
	Class   string   `json:"class"`
	Save    []string `json:"save"`
	Restore []string `json:"restore"`
	Pos     Pos      `json:"-"`
}

// Incognito names incognito state: boolean calls and fields whose folded
// member name contains one of Contains or equals one of Exact, and
// boolean preference reads whose constant key does.
type Incognito struct {
	Contains []string `json:"contains,omitempty"`
	Exact    []string `json:"exact,omitempty"`
	// Normal names the constant of normal browsing in an enum that also
	// has an incognito constant (BrowsingMode.NORMAL beside PRIVATE): a
	// mode equal to it is not incognito mode.
	Normal            []string `json:"normal,omitempty"`
	PreferenceGetters []string `json:"preferenceGetters,omitempty"`
	// StateTypes hold a boolean (AtomicBoolean, a LiveData): a field or a
	// call's result of such a type, named like incognito mode, is the
	// state as a boolean one is.
	StateTypes []string `json:"stateTypes,omitempty"`
	// PreferenceSetters store a boolean (argument 2) under a key
	// (argument 1): a preference, an intent extra. StateArguments take
	// the state as their last boolean parameter (WebView's private
	// browsing). Either says the app has an incognito mode, and where
	// the value came from (a field, a getter's field) is its state.
	PreferenceSetters []string `json:"preferenceSetters,omitempty"`
	StateArguments    []string `json:"stateArguments,omitempty"`
	// Lookups ask a container whether it holds something (Set.contains,
	// Map.containsKey): asked of a container named like incognito mode
	// (a field, or the getter returning it: incognitoTabs.contains(tab)),
	// the answer is the state.
	Lookups []string `json:"lookups,omitempty"`
	// TrackerSwitches turn a tracker SDK's collection on or off by their
	// first boolean argument (setAnalyticsCollectionEnabled): given a
	// value false in incognito mode (!incognito), and none true then, the
	// tracker APIs of the switch's class send nothing in incognito mode.
	TrackerSwitches []string `json:"trackerSwitches,omitempty"`
	IgnorePackages  []string `json:"ignorePackages,omitempty"`
}

// EntryPoints says which app methods the framework calls.
type EntryPoints struct {
	LifecyclePrefixes []string `json:"lifecyclePrefixes,omitempty"`
	CallbackPackages  []string `json:"callbackPackages,omitempty"`
	CallbackTypes     []string `json:"callbackTypes,omitempty"`
	CallbackMethods   []string `json:"callbackMethods,omitempty"`
	// ManifestOnlyTypes are framework base classes the system instantiates
	// only when the manifest declares (and enables) the subclass.
	ManifestOnlyTypes []string `json:"manifestOnlyTypes,omitempty"`
	// InstantiatedTypes are framework base classes whose subclasses the
	// framework makes itself, from XML or by reflection (views from
	// layouts, fragments, workers): their callbacks are entry points.
	InstantiatedTypes []string `json:"instantiatedTypes,omitempty"`
	// UserActions name the callbacks the framework calls when the user
	// acts (onClick): what runs only from them is the user's doing.
	UserActions []string `json:"userActions,omitempty"`
}

// Dispatch is a framework call that runs an app method of an object the
// app made (AsyncTask.execute runs doInBackground).
type Dispatch struct {
	Call string `json:"call"`
	// Target names the method that runs; Annotation instead says it is
	// any app method declared with that annotation whose one parameter
	// takes the object the flow passes (an event bus's subscribers) or,
	// with no flow, every method of the object declared with it (a
	// WebView's @JavascriptInterface bridge), and Prefix any public method
	// whose one parameter takes the object and whose name begins with it
	// (EventBus 2's onEvent methods).
	Target string `json:"target,omitempty"`
	// Then names the method of the same object that runs after Target
	// and is given what Target returns as its first argument (AsyncTask's
	// onPostExecute gets doInBackground's result).
	Then       string `json:"then,omitempty"`
	Annotation string `json:"annotation,omitempty"`
	Prefix     string `json:"prefix,omitempty"`
	// Object is whose method runs: "recv" (the default), "argN", a type
	// descriptor naming the first declared argument of that type
	// (Handler.post's Runnable), "maker": the object whose call made the
	// receiver (the Handler whose obtainMessage made the Message that
	// sendToTarget sends), "literal:argN": an app class named by a class
	// literal where declared argument N was made, whose method runs with
	// that argument as its object (a WorkRequest built from
	// OneTimeWorkRequest.Builder(Upload.class) runs Upload.doWork),
	// "made-with:TYPE": the argument of that type given to the
	// constructor that made the receiver, where the code shows it (a
	// Handler made with a Handler.Callback runs the callback's
	// handleMessage), "maker-made-with:TYPE": that argument of the
	// maker's constructor (a plain Handler's obtainMessage made the
	// Message), "provider:argN": the app's content provider whose
	// authority the content URI in argument N names (content://auth/...,
	// parsed from a constant or its CONTENT_URI field), or "unknown" (see
	// Type).
	Object string `json:"object,omitempty"`
	Flow   string `json:"flow,omitempty"`
	// Type is the framework type whose app subclasses run Target when the
	// code does not show the object's class (Messenger.send runs a
	// Handler's handleMessage); the call's own class by default.
	Type string `json:"type,omitempty"`
	Pos  Pos    `json:"-"`
}

// SourceByID returns the source with that id, or nil.
func (c *CodePaths) SourceByID(id string) *Source {
	for _, s := range c.Sources {
		if s.ID == id {
			return s
		}
	}
	return nil
}
