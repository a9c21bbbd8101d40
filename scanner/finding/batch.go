package finding

import "fmt"

// ExitInput is the exit code an error record carries: the code a
// single-app scan of that input exits with.
const ExitInput = 3

// Record is one app's line in a batch's output: a Result, or an
// ErrorRecord for an app that could not be read as a whole.
type Record struct {
	Result *Result
	Error  *ErrorRecord
	// Skipped is set for an app of another shard or one a resumed run
	// already recorded: it is counted, never written.
	Skipped bool
}

// ErrorRecord is the JSONL line for an app that could not be read as a
// whole. Diagnostics carries what a partial read saw.
type ErrorRecord struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
	Error  string `json:"error"`
	Exit   int    `json:"exit"`
	// Limit is "memory" or "time" when a resource limit stopped the scan
	// (a child out of memory, a time budget overrun) rather than its input.
	Limit       string       `json:"limit,omitempty"`
	Diagnostics []Diagnostic `json:"diagnostics,omitempty"`
}

// Path returns the app path the record is about.
func (r Record) Path() string {
	if r.Error != nil {
		return r.Error.Path
	}
	if r.Result != nil {
		return r.Result.Target.Path
	}
	return ""
}

// SHA256 returns the app's content hash ("" for an unreadable file).
func (r Record) SHA256() string {
	if r.Error != nil {
		return r.Error.SHA256
	}
	if r.Result != nil {
		return r.Result.Target.SHA256
	}
	return ""
}

// Document is what the record's JSONL line holds.
func (r Record) Document() any {
	if r.Error != nil {
		return r.Error
	}
	return r.Result
}

// Tally counts a batch's outcomes: its closing line and its exit code.
type Tally struct {
	// FailOn is the gate; 0 means none.
	FailOn                           Severity
	Apps, Failed, Gated, OK, Skipped int
}

// Add counts one record.
func (t *Tally) Add(r Record) {
	if r.Skipped {
		t.Skipped++
		return
	}
	t.Apps++
	switch {
	case r.Error != nil || r.Result == nil:
		t.Failed++
	case t.FailOn > 0 && r.Result.Max() >= t.FailOn:
		t.Gated++
	default:
		t.OK++
	}
}

func (t Tally) String() string {
	s := fmt.Sprintf("%s: %d ok, %d failed to read", Count(t.Apps, "app", "apps"), t.OK, t.Failed)
	if t.FailOn > 0 {
		s += fmt.Sprintf(", %d with findings at or above %s", t.Gated, t.FailOn)
	}
	if t.Skipped > 0 {
		s += fmt.Sprintf("; %d skipped (other shard or already recorded)", t.Skipped)
	}
	return s
}

// Summary is corpus statistics over a batch's records: the document
// `apkscan summarize` writes. Apps are counted once per sha256.
type Summary struct {
	Apps     int            `json:"apps"`
	Scanned  int            `json:"scanned"`
	Failed   int            `json:"failed"`
	Trackers []TrackerCount `json:"trackers"`
	Hosts    []HostCount    `json:"hosts"`
	// IncognitoBypass lists the apps with at least one incognito-bypass finding.
	IncognitoBypass []AppRef      `json:"incognitoBypass"`
	Failures        []ErrorRecord `json:"failures"`
}

// TrackerCount is one tracker's prevalence: apps whose code defines the
// SDK's classes (the SDK is really there), and apps with any evidence
// (manifest entries, strings, referenced types included).
type TrackerCount struct {
	Name           string `json:"name"`
	DefinedClasses int    `json:"appsDefinedClasses"`
	AnyLevel       int    `json:"appsAnyLevel"`
}

// HostCount is how many apps carry a URL with this host in some finding's evidence.
type HostCount struct {
	Host string `json:"host"`
	Apps int    `json:"apps"`
}

// AppRef names one app with how many findings of interest it has.
type AppRef struct {
	Path     string `json:"path"`
	Package  string `json:"package"`
	SHA256   string `json:"sha256"`
	Findings int    `json:"findings"`
}
