package filter

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/finding"
)

func res(fs ...finding.Finding) *finding.Result { return &finding.Result{Findings: fs} }

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
			_, err := LoadReport(p)
			if (err == nil) != (tt.wantErr == "") || (err != nil && !strings.Contains(err.Error(), tt.wantErr)) {
				t.Errorf("Load error %v, want %q", err, tt.wantErr)
			}
		})
	}
}

func TestBaseline(t *testing.T) {
	r := res(finding.Finding{ID: "a"}, finding.Finding{ID: "b"}, finding.Finding{ID: "c"})
	out := Apply(r, Options{Baseline: res(finding.Finding{ID: "b"}, finding.Finding{ID: "z"}), BaselineFile: "old.json"})
	if out.Baselined != 1 || len(r.Findings) != 2 || len(r.Diagnostics) != 1 {
		t.Fatalf("baselined %d, left %v, diagnostics %v", out.Baselined, r.Findings, r.Diagnostics)
	}
	if len(r.Suppressed) != 1 || r.Suppressed[0].ID != "b" || r.Suppressed[0].Kind != finding.SuppressedByBaseline ||
		r.Suppressed[0].Justification != "in the baseline old.json" {
		t.Errorf("suppressed %+v", r.Suppressed)
	}
	if got := r.Diagnostics[0].Message; got != "1 finding already in the baseline is not shown" {
		t.Errorf("diagnostic %q", got)
	}
}
