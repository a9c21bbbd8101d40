package finding

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

// Suppressed is a finding the filter set aside: a user accepted it in the
// project file's ignore entries, or an earlier report (the baseline)
// already had it. It is not shown by default and not counted for the
// gate, but writers that can show suppressions (SARIF) list it.
type Suppressed struct {
	Finding
	// Kind is why: "ignore" (an ignore entry) or "baseline".
	Kind string `json:"suppressionKind"`
	// Justification names the entry or baseline that suppressed it.
	Justification string `json:"justification"`
}

// Suppression kinds.
const (
	SuppressedByIgnore   = "ignore"
	SuppressedByBaseline = "baseline"
)

// Location names where a string was seen. Entry is the archive path, with
// nested containers joined by "!" (`inner.apk!classes2.dex`). Class and
// Method are set for dex code. Offset is the code-unit address of the
// instruction for dex code, the byte offset for native libraries, the line
// number for text assets, and -1 when there is none.
type Location struct {
	Entry  string `json:"entry"`
	Class  string `json:"class,omitempty"`
	Method string `json:"method,omitempty"`
	Offset int    `json:"offset"`
}

func (l Location) String() string {
	s := l.Entry
	if l.Class != "" {
		s += " " + l.Class
		if l.Method != "" {
			s += "->" + l.Method
		}
	}
	switch {
	case l.Offset < 0:
	case l.Method != "" || isBinaryEntry(l.Entry):
		s += fmt.Sprintf(" @0x%x", l.Offset)
	default:
		s += fmt.Sprintf(":%d", l.Offset)
	}
	return s
}

func isBinaryEntry(entry string) bool { return len(entry) > 3 && entry[len(entry)-3:] == ".so" }

// StringRecord is one string `apkscan strings` lists, with its origin
// (dex, resource, asset, native, manifest) and place.
type StringRecord struct {
	Origin   string   `json:"origin"`
	Location Location `json:"location"`
	Value    string   `json:"value"`
}

// DiffSchemaVersion versions the diff document.
const DiffSchemaVersion = 1

// Diff is what changed between two builds, item by item: the document
// `apkscan diff` writes.
type Diff struct {
	Old     Target     `json:"old"`
	New     Target     `json:"new"`
	Added   []DiffItem `json:"added"`
	Removed []DiffItem `json:"removed"`
	// Tool and Rules are the newer side's, for writers (SARIF) that
	// describe the added items as results.
	Tool  Tool       `json:"-"`
	Rules []RuleInfo `json:"-"`
}

// DiffItem is one thing a result says about an app, at the grain a person
// compares releases: a tracker by name, an endpoint or permission by its
// value, an exported component by name, a code path by finding id.
type DiffItem struct {
	Kind     string   `json:"kind"`
	Key      string   `json:"key"`
	Severity Severity `json:"severity"`
	Rules    []string `json:"rules"`
	Title    string   `json:"title"`
	// Finding is the highest-severity finding the item came from, with
	// only the places that name this item.
	Finding Finding `json:"-"`
}

// DiffKindCodePath is the kind of a code-path item; its key is already a
// finding id.
const DiffKindCodePath = "code-path"

// Max returns the highest severity among the added items (0 when none).
func (d *Diff) Max() Severity {
	var m Severity
	for _, it := range d.Added {
		m = max(m, it.Severity)
	}
	return m
}

// AddedResult is a result holding one finding per added item (the places
// that name it), for writers such as SARIF.
func (d *Diff) AddedResult() *Result {
	r := &Result{SchemaVersion: SchemaVersion, Tool: d.Tool, Target: d.New,
		Findings: []Finding{}, Diagnostics: []Diagnostic{}, Rules: d.Rules}
	for _, it := range d.Added {
		f := it.Finding
		if it.Kind != DiffKindCodePath {
			// One finding can yield several items; each needs its own
			// stable fingerprint for code scanning to track it.
			h := sha256.Sum256([]byte(it.Kind + "\x00" + it.Key))
			f.ID = hex.EncodeToString(h[:8])
		}
		old := d.Old.VersionName
		if old == "" {
			old = d.Old.Path
		}
		f.Message = "added since " + old + ": " + it.Key
		r.Findings = append(r.Findings, f)
	}
	return r
}
