package baseline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/finding"
)

func res(fs ...finding.Finding) *finding.Result { return &finding.Result{Findings: fs} }

func TestCompare(t *testing.T) {
	perm := func(id string, vals ...string) finding.Finding {
		f := finding.Finding{ID: id, Rule: "permission-location", Category: "permission", Severity: finding.SeverityMedium}
		for _, v := range vals {
			f.Evidence = append(f.Evidence, finding.Evidence{Entry: "AndroidManifest.xml", Value: v})
		}
		return f
	}
	path := finding.Finding{ID: "p1", Rule: "incognito-x", Category: "incognito-bypass", Severity: finding.SeverityCritical,
		Path: []finding.Step{{Kind: "entry"}, {Kind: "sink"}}}
	hostA := finding.Finding{ID: "e1", Rule: "endpoint-a", Category: "endpoint", Severity: finding.SeverityLow,
		Evidence: []finding.Evidence{{Value: "https://x.example/t"}}}
	hostB := finding.Finding{ID: "e2", Rule: "endpoint-b", Category: "endpoint", Severity: finding.SeverityHigh,
		Evidence: []finding.Evidence{{Value: "https://x.example/t"}}}
	tests := []struct {
		name           string
		old, new       *finding.Result
		added, removed string
		max            finding.Severity
	}{
		{"same", res(perm("a", "COARSE")), res(perm("a", "COARSE")), "", "", 0},
		// The finding id changes when a value is added; the diff shows only the value.
		{"value-added-to-finding", res(perm("a", "COARSE")), res(perm("b", "COARSE", "FINE")), "permission FINE", "", finding.SeverityMedium},
		{"code-path-by-id", res(), res(path), "code-path p1", "", finding.SeverityCritical},
		{"one-item-two-rules-keeps-max", res(), res(hostA, hostB), "endpoint https://x.example/t", "", finding.SeverityHigh},
		{"removed", res(perm("a", "FINE"), path), res(), "", "permission FINE,code-path p1", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Compare(tt.old, tt.new)
			if got := join(d.Added); got != tt.added {
				t.Errorf("added %q, want %q", got, tt.added)
			}
			if got := join(d.Removed); got != tt.removed {
				t.Errorf("removed %q, want %q", got, tt.removed)
			}
			if d.Max() != tt.max {
				t.Errorf("Max %v, want %v", d.Max(), tt.max)
			}
			ar := d.AddedResult(finding.Tool{Name: "apkscan"}, nil)
			if len(ar.Findings) != len(d.Added) {
				t.Errorf("AddedResult has %d findings for %d items", len(ar.Findings), len(d.Added))
			}
		})
	}
}

func join(its []Item) string {
	var s []string
	for _, it := range its {
		s = append(s, it.Kind+" "+it.Key)
	}
	return strings.Join(s, ",")
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, body, wantErr string
		report              bool
	}{
		{"ok", `{"schemaVersion":1,"findings":[{"id":"a","rule":"r","severity":"low"}]}`, "", true},
		{"leading-space", "\n  {\"schemaVersion\":1}", "", true},
		{"wrong-schema", `{"schemaVersion":7}`, "schemaVersion 7, want 1", true},
		{"bad-severity", `{"schemaVersion":1,"findings":[{"id":"a","rule":"r","severity":"huge"}]}`, "unknown severity", true},
		{"no-id", `{"schemaVersion":1,"findings":[{"rule":"r","severity":"low"}]}`, "findings[0]: no id", true},
		{"zip", "PK\x03\x04", "not an apkscan JSON report", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, tt.name)
			if err := os.WriteFile(p, []byte(tt.body), 0o644); err != nil {
				t.Fatal(err)
			}
			if IsReport(p) != tt.report {
				t.Errorf("IsReport = %v", !tt.report)
			}
			_, err := Load(p)
			if (err == nil) != (tt.wantErr == "") || (err != nil && !strings.Contains(err.Error(), tt.wantErr)) {
				t.Errorf("Load error %v, want %q", err, tt.wantErr)
			}
		})
	}
}

func TestFilter(t *testing.T) {
	r := res(finding.Finding{ID: "a"}, finding.Finding{ID: "b"}, finding.Finding{ID: "c"})
	if n := Filter(r, res(finding.Finding{ID: "b"}, finding.Finding{ID: "z"})); n != 1 || len(r.Findings) != 2 || len(r.Diagnostics) != 1 {
		t.Errorf("Filter removed %d, left %v", n, r.Findings)
	}
}
