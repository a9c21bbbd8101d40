package finding

// Evidence is one place a finding was seen, precise enough to check by hand:
// the archive entry (nested containers joined with "!"), and for dex code the
// class descriptor, method (name + descriptor) and code-unit offset.
type Evidence struct {
	Entry  string `json:"entry"`
	Class  string `json:"class,omitempty"`
	Method string `json:"method,omitempty"`
	// Offset is the code-unit address of the instruction in Method, or nil.
	Offset *int   `json:"offset,omitempty"`
	Value  string `json:"value,omitempty"`
	// Owner says whose code a dex place of a fact finding is in: "app",
	// or the name of the bundled tracker SDK whose package holds it.
	Owner string `json:"owner,omitempty"`
	// Reach says whether an entry point reaches the place's method
	// through the app's call graph (Reach* constants); empty inside an
	// SDK, whose code the call graph does not follow.
	Reach string `json:"reach,omitempty"`
}

// Owner of app code (see Evidence.Owner).
const OwnerApp = "app"

// Reachability of an evidence place (see Evidence.Reach).
const (
	ReachReachable   = "reachable"
	ReachUnreachable = "unreachable"
	// ReachUnknown: the code-path stage did not run (--no-code-paths) or
	// stopped at its budget.
	ReachUnknown = "not analysed"
)

// Tracker evidence levels, strongest first. Only EvidenceDefinedClasses (and
// later EvidenceCalled) mean the SDK's code is present in the app.
const (
	EvidenceCalled          = "called"
	EvidenceDefinedClasses  = "defined-classes"
	EvidenceReferencedTypes = "referenced-types"
	EvidenceManifest        = "manifest"
	EvidenceNativeLib       = "native-lib"
	EvidenceStrings         = "strings"
)

// Present reports whether a tracker's own code is in the app (its classes
// are defined there, and perhaps called); any weaker evidence only
// mentions it.
func Present(t *Tracker) bool {
	return t != nil && (t.Evidence == EvidenceCalled || t.Evidence == EvidenceDefinedClasses)
}

// Tracker describes how a tracker finding matched.
type Tracker struct {
	Name     string `json:"name"`
	ExodusID int    `json:"exodusId,omitempty"`
	// Evidence is the strongest evidence level seen (see Evidence* constants).
	Evidence string `json:"evidence"`
	// Levels lists every evidence level seen, strongest first.
	Levels []string `json:"levels,omitempty"`
	// DefinedClasses counts the SDK classes defined in the app.
	DefinedClasses int `json:"definedClasses,omitempty"`
	// Examples names a few of the matched classes.
	Examples []string `json:"examples,omitempty"`
	// Reads lists what the SDK's own code reads (identifier rules'
	// `reads`, e.g. "ANDROID_ID"): such reads are folded into the SDK's
	// finding, with their places among its evidence.
	Reads []string `json:"reads,omitempty"`
}

// Finding is one rule matched against one app.
type Finding struct {
	// ID is a stable fingerprint: it depends on the rule and what matched,
	// never on offsets or dex file order, so a rebuild of the same app matches.
	ID       string     `json:"id"`
	Rule     string     `json:"rule"`
	Category string     `json:"category"`
	Severity Severity   `json:"severity"`
	Title    string     `json:"title"`
	Message  string     `json:"message"`
	Tracker  *Tracker   `json:"tracker,omitempty"`
	Evidence []Evidence `json:"evidence"`
	// Path is set for code-path findings: the call chain from an entry
	// point (entry, call steps), the source, the witness (each step that
	// moves the value, in data order), guard reads, and the sink. Each
	// step's Value says what it is.
	Path []Step `json:"path,omitempty"`
	// Flow counts what stands behind a code-path finding.
	Flow *Flow `json:"flow,omitempty"`
}

// Step is one step of a code path.
type Step struct {
	Evidence
	// Kind names the step. Control: entry, call (the chain from an entry
	// point), guard (an incognito read). Data, from source to sink: source,
	// move, arith, encode, model (a library call), alias (an object a call
	// returned is its receiver), arg (into an app method's parameter),
	// return, result (move-result), store, load (fields, arrays, stores,
	// saved instance state), dispatch (the framework runs an app method
	// later), argout (a callee wrote the value into an object the caller
	// passed), throw, catch, sink; cut stands for steps left out of a very
	// long witness.
	Kind string `json:"kind"`
	// Inst is the instruction at Offset as `dexdump -d` prints it after
	// the address, on data steps.
	Inst string `json:"inst,omitempty"`
	// From and To say where the value is before and after a data step: a
	// register of the step's method ("v3"), a field or key of the object in
	// a register ("v3.Lcls;->f", `v3["url"]`), "result" (a call's pending
	// result), "thrown", or a heap location ("Lcls;->field", "store:id",
	// "state:Lcls;" for a component's saved instance state).
	// One step's To is where the next step's From reads it, in the next
	// step's method.
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
}

// Flow summarises the code paths behind one code-path finding.
type Flow struct {
	// Paths counts the distinct witnesses found from the source statement
	// to the sink statement (different call sites, heap locations or
	// registers on the way), up to a bound.
	Paths int `json:"paths"`
	// Entries counts the entry points from which the source's method is
	// reached through the call graph (where every path starts), up to a
	// bound.
	Entries int `json:"entries"`
	// Pairs is set on a finding that groups the flows wholly inside one
	// SDK: how many source and sink statement pairs it stands for.
	Pairs int `json:"pairs,omitempty"`
	// Hosts are the hosts a network sink's request goes to, where the code
	// shows its address (a constant URL where the request or connection
	// is made), sorted; empty where it does not.
	Hosts []string `json:"hosts,omitempty"`
	// Examples are further witnesses, each a path like Finding.Path.
	Examples [][]Step `json:"examples,omitempty"`
}

// Tool identifies the scanner that produced a result.
type Tool struct {
	Name        string `json:"name"`
	Version     string `json:"version"`
	RulesDigest string `json:"rulesDigest"`
}

// Result is the document `apkscan scan` writes.
type Result struct {
	SchemaVersion int    `json:"schemaVersion"`
	Tool          Tool   `json:"tool"`
	Target        Target `json:"target"`
	// Config is the project file (.apkscan.yaml) the scan used, or "none".
	Config   string    `json:"config,omitempty"`
	Findings []Finding `json:"findings"`
	// Suppressed lists the findings the filter set aside (ignore entries,
	// baseline), with why; they are not in Findings.
	Suppressed  []Suppressed `json:"suppressed,omitempty"`
	Diagnostics []Diagnostic `json:"diagnostics"`
	// IncognitoChecks lists where the app reads an incognito/private-mode
	// state that some branch tests (from the code-path stage) or, when no
	// branch tests one, where it turns the mode on (a private WebView, a
	// preference stored under an incognito key): the evidence that an app
	// has such a mode, also when it respects it.
	IncognitoChecks []Evidence `json:"incognitoChecks,omitempty"`
	// Rules describes every rule that ran (for SARIF's tool.driver.rules and
	// for reports that explain what was checked), sorted by id.
	Rules []RuleInfo `json:"-"`
}

// RuleInfo is what reports need to know about one rule.
type RuleInfo struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Category    string   `json:"category"`
	Severity    Severity `json:"severity"`
	Description string   `json:"description"`
	References  []string `json:"references,omitempty"`
}

// Max returns the highest severity among the findings, or 0 when none.
func (r *Result) Max() Severity {
	var m Severity
	for _, f := range r.Findings {
		if f.Severity > m {
			m = f.Severity
		}
	}
	return m
}
