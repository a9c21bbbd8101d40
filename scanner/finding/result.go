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
}

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
	// Path is set for code-path findings: the steps from an entry point to
	// the sink, in order (entry method, each call with its offset, the
	// source, guard reads, the sink). Each step's Value says what it is.
	Path []Step `json:"path,omitempty"`
}

// Step is one step of a code path.
type Step struct {
	Evidence
	// Kind names the step: entry, call, source, guard, encode, sink.
	Kind string `json:"kind"`
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
	// state that some branch tests (from the code-path stage): the evidence
	// that an app has such a mode, also when it respects it.
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
