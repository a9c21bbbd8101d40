package diff

import (
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/finding"
)

func res(fs ...finding.Finding) *finding.Result { return &finding.Result{Findings: fs} }

func endpoint(id, v string) finding.Finding {
	return finding.Finding{ID: id, Rule: "endpoint-x", Category: "endpoint", Severity: finding.SeverityLow,
		Evidence: []finding.Evidence{{Value: v}}}
}

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
	lists := func(id string, places ...[2]string) finding.Finding {
		f := finding.Finding{ID: id, Rule: "bundled-blocklist", Category: "blocklist", Severity: finding.SeverityInfo}
		for _, p := range places {
			f.Evidence = append(f.Evidence, finding.Evidence{Entry: p[0], Value: p[1]})
		}
		return f
	}
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
		{"one-item-two-rules-keeps-max", res(), res(hostA, hostB), "endpoint x.example", "", finding.SeverityHigh},
		{"removed", res(perm("a", "FINE"), path), res(), "", "permission FINE,code-path p1", 0},
		// The same host over http and https, or at another path, is one endpoint.
		{"endpoint-by-host", res(endpoint("e1", "http://X.example/a")), res(endpoint("e1", "https://x.example/b?q=1")), "", "", 0},
		// A block list is an item by its entry: its host count may change.
		{"blocklist-by-entry", res(lists("b1", [2]string{"assets/hosts.txt", "2361 hosts"})),
			res(lists("b2", [2]string{"assets/hosts.txt", "2400 hosts"}, [2]string{"res/raw/f.txt", "30 hosts"})),
			"blocklist res/raw/f.txt", "", finding.SeverityInfo},
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
			ar := d.AddedResult()
			if len(ar.Findings) != len(d.Added) {
				t.Errorf("AddedResult has %d findings for %d items", len(ar.Findings), len(d.Added))
			}
		})
	}
}

func join(its []finding.DiffItem) string {
	var s []string
	for _, it := range its {
		s = append(s, it.Kind+" "+it.Key)
	}
	return strings.Join(s, ",")
}
